-- Sign-in hardening (SPEC §14, issue 10).

-- Failed sign-ins per account (and per known browser of an account): progressive delays instead of a
-- hard one-hour lock, so a stranger cannot keep an agent out; cleared by a password set through a link.
CREATE TABLE "login_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("key"),
    CONSTRAINT "login_throttles_failures_check" CHECK ("failures" >= 0)
);

-- One row per signed-in browser: signing out ends that session on the server, not only in the cookie.
CREATE TABLE "user_sessions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_sessions_ended_check" CHECK ("ended_at" IS NULL OR "ended_at" >= "created_at")
);

CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
