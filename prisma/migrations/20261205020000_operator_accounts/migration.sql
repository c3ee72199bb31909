-- Operators run the service (SPEC §15, issue 11): accounts disabled with a reason, email changes
-- confirmed at the new address, and the agents' notification preferences.

-- Email changes are confirmed by a link sent to the new address (SPEC §15 « Mon compte »).
ALTER TYPE "TokenPurpose" ADD VALUE 'EMAIL_CHANGE';

ALTER TABLE "users"
    -- Why and when an agent disabled the account; kept after reactivation only in the audit log.
    ADD COLUMN "disabled_reason" TEXT,
    ADD COLUMN "disabled_at" TIMESTAMPTZ(3),
    -- The address waiting for its confirmation link; the account keeps its email until then.
    ADD COLUMN "pending_email" TEXT,
    -- Agents' notifications (SPEC §15), each can be switched off.
    ADD COLUMN "notify_ccs_alerts" BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN "notify_account_requests" BOOLEAN NOT NULL DEFAULT true,
    -- When this agent was last told about new account requests: at most one email an hour.
    ADD COLUMN "account_requests_notified_at" TIMESTAMPTZ(3),
    ADD CONSTRAINT "users_pending_email_lower_check" CHECK ("pending_email" = lower("pending_email")),
    ADD CONSTRAINT "users_disabled_reason_check" CHECK ("disabled_reason" IS NULL OR "status" = 'DISABLED');
