import { z } from '@/lib/validation/zod';

// The one place that reads process.env (docs/ARCHITECTURE.md, conventions). Parsed lazily so that `next build` does not need
// runtime secrets, and re-parsed in tests that change the environment.

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.string().url().optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Renfort RH Crise <ne-pas-repondre@renfort-rh-crise.fr>'),
  /** `outbox` keeps emails for the dev mailbox even in production (SPEC §13). */
  MAIL_TRANSPORT: z.enum(['outbox', 'resend']).optional(),
  BLOB_READ_WRITE_TOKEN: z.string().min(1).optional(),
  UPLOADS_DIR: z.string().default('.data/uploads'),
  CRON_SECRET: z.string().min(16).optional(),
  /** Set by the test runner: lifts the rate limits that a test suite would otherwise hit. */
  RATE_LIMIT_DISABLED: booleanFlag,
  /** Who may tell the client's address (lib/auth/client-ip.ts): `none`, `vercel` or `hops:N`. */
  TRUSTED_PROXY: z
    .string()
    .regex(/^(none|vercel|hops:[1-9])$/, 'TRUSTED_PROXY: none, vercel or hops:N (1 to 9)')
    .optional(),
  /** Set by Vercel on its deployments. */
  VERCEL: booleanFlag,
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Where users write for help (SPEC §15): every page footer, every email, the sign-in and error pages. */
  SUPPORT_EMAIL: z.string().email('SUPPORT_EMAIL: an email address').default('support@renfort-rh-crise.fr'),
  /** The data protection officer, on the privacy notice (SPEC §15). */
  DPO_EMAIL: z.string().email('DPO_EMAIL: an email address').default('dpo@renfort-rh-crise.fr'),
  /** Who hosts the app, its database and files, as the privacy notice names them; derived from the deployment when unset. */
  HOSTING_PROVIDER: z.string().trim().min(3).max(500).optional(),
  /** Who delivers the emails, as the privacy notice names them; derived from RESEND_API_KEY when unset. */
  MAIL_PROVIDER: z.string().trim().min(3).max(500).optional(),
  /**
   * Pro Santé Connect and ProConnect (SPEC §16, docs/decisions/038): each provider is on when its three
   * variables are set, and its button hidden otherwise. `npm run dev` and the tests point them at the
   * local provider (scripts/local-oidc/).
   */
  PSC_ISSUER: z.string().url().optional(),
  PSC_CLIENT_ID: z.string().min(1).optional(),
  PSC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The real PSC asks for `eidas1`; the local provider takes none. */
  PSC_ACR_VALUES: z.string().min(1).optional(),
  PROCONNECT_ISSUER: z.string().url().optional(),
  PROCONNECT_CLIENT_ID: z.string().min(1).optional(),
  PROCONNECT_CLIENT_SECRET: z.string().min(1).optional(),
  /** The real ProConnect signs its userinfo answer (RS256); the local provider answers plain JSON. */
  PROCONNECT_USERINFO_SIGNED_ALG: z.string().min(1).optional(),
  /** Establishment accounts may sign in with ProConnect too (SPEC §16: optional); `false` keeps it to agents. */
  PROCONNECT_ESTABLISHMENTS: z.enum(['true', 'false', '1', '0']).default('true').transform((value) => value === 'true' || value === '1'),
});

export type Env = z.output<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  // An empty variable (`MAIL_TRANSPORT=`) means "not set", as deployment dashboards often leave them.
  if (!cached) cached = envSchema.parse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== '')));
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** The public URL of the app: links in emails are built from it, never from the Host header. */
export function appUrl(): string {
  const { APP_URL, NEXTAUTH_URL, PORT } = env();
  return (APP_URL ?? NEXTAUTH_URL ?? `http://localhost:${PORT}`).replace(/\/$/, '');
}

export function isProduction(): boolean {
  return env().NODE_ENV === 'production';
}

/** The dev mailbox exists outside production, or when emails are explicitly kept in the outbox. */
export function devMailboxEnabled(): boolean {
  return !isProduction() || env().MAIL_TRANSPORT === 'outbox';
}

/** The support address (SPEC §15). */
export function supportEmail(): string {
  return env().SUPPORT_EMAIL;
}

/** The data protection officer's address (SPEC §15). */
export function dpoEmail(): string {
  return env().DPO_EMAIL;
}
