// Bounded admission for work that holds a scarce resource (a database connection for a whole
// transaction): at most `maxActive` run at once, the next ones wait in line, and a request that would
// wait too long — or find the line full — is refused at once instead of piling up until every caller
// times out (docs/decisions/036-sign-up-surge-and-scale-out.md). Per process: each app server protects
// its own connection pool.

export class OverloadedError extends Error {
  constructor() {
    super('Too many requests in progress');
    this.name = 'OverloadedError';
  }
}

export interface AdmissionLimits {
  /** How many run at once. */
  maxActive: number;
  /** How many may wait for a place. */
  maxQueued: number;
  /** How long one may wait before it is refused. */
  maxWaitMs: number;
}

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

export class AdmissionGate {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits) {}

  /** Runs `work` once admitted; rejects with OverloadedError, without running it, when it cannot be. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  /** What is running and waiting now (for tests and logs). */
  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.queue.length };
  }

  private enter(): Promise<void> {
    if (this.active < this.limits.maxActive && this.queue.length === 0) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.queue.length >= this.limits.maxQueued) return Promise.reject(new OverloadedError());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        // The place is handed over by leave(): `active` already counts it.
        admit: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(new OverloadedError());
        }, this.limits.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  private leave(): void {
    const next = this.queue.shift();
    if (next) next.admit();
    else this.active -= 1;
  }
}
