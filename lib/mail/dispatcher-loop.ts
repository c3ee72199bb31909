import { env, isProduction } from '@/lib/env';
import { dispatchPendingEmails, type DispatchOptions, type DispatchResult } from './dispatcher';
import type { EmailSender } from './senders';

export interface DispatcherLoopOptions {
  intervalMs?: number;
  batchSize?: number;
  sender?: EmailSender;
  log?: Pick<Console, 'error' | 'warn'>;
  /** Injectable for tests; defaults to the real dispatcher. */
  dispatch?: (options: DispatchOptions) => Promise<DispatchResult>;
}

export interface DispatcherLoop {
  /** Runs one round now (the timer does the same every interval). */
  tick(): Promise<void>;
  stop(): void;
}

const DEFAULT_INTERVAL_MS = 5_000;
const DEFAULT_BATCH_SIZE = 20;
// A full batch means more may be waiting: drain a backlog in one tick, within reason.
const MAX_ROUNDS_PER_TICK = 10;

// On globalThis so that a dev-server reload of this module does not start a second loop.
const holder = globalThis as typeof globalThis & { __renfortMailDispatcher?: DispatcherLoop };

/**
 * Delivers the outbox every few seconds from this process (call it once at server start, e.g. from
 * `instrumentation.ts`). Idempotent per process; several processes are fine, the dispatcher's claim is
 * concurrency-safe. The timer is unref'd so it never keeps a process alive.
 */
export function startDispatcherLoop(options: DispatcherLoopOptions = {}): DispatcherLoop {
  if (holder.__renfortMailDispatcher) return holder.__renfortMailDispatcher;
  const log = options.log ?? console;
  const dispatch = options.dispatch ?? dispatchPendingEmails;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  warnIfEmailsGoNowhere(log);

  let busy = false;
  async function tick(): Promise<void> {
    // A slow round (provider timeouts) must not overlap with the next one.
    if (busy) return;
    busy = true;
    try {
      for (let round = 0; round < MAX_ROUNDS_PER_TICK; round += 1) {
        const result = await dispatch({ sender: options.sender, batchSize });
        if (result.claimed < batchSize) break;
      }
    } catch (error) {
      // Database down or mail misconfigured: emails stay PENDING, the next tick tries again.
      log.error('[mail] outbox dispatch failed:', error);
    } finally {
      busy = false;
    }
  }

  const timer = setInterval(() => void tick(), options.intervalMs ?? DEFAULT_INTERVAL_MS);
  timer.unref();
  const loop: DispatcherLoop = {
    tick,
    stop() {
      clearInterval(timer);
      if (holder.__renfortMailDispatcher === loop) delete holder.__renfortMailDispatcher;
    },
  };
  holder.__renfortMailDispatcher = loop;
  return loop;
}

function warnIfEmailsGoNowhere(log: Pick<Console, 'warn'>): void {
  const { RESEND_API_KEY, MAIL_TRANSPORT } = env();
  if (isProduction() && !RESEND_API_KEY && MAIL_TRANSPORT !== 'outbox') {
    log.warn('[mail] RESEND_API_KEY is not set: emails are kept in the outbox and not delivered.');
  }
}
