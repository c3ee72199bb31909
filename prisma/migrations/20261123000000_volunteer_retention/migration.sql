-- SPEC §14: a volunteer's data is kept 2 years after their last activity, then they are warned by email
-- and anonymised (docs/decisions/021-volunteer-retention.md). The warning's time tells the job when the
-- grace period ends; an activity after it cancels it.
ALTER TABLE "users" ADD COLUMN "retention_warned_at" TIMESTAMPTZ(3);
ALTER TABLE "users" ADD COLUMN "anonymised_at" TIMESTAMPTZ(3);

-- An anonymised account can never sign in again and keeps no way to reach its former holder.
ALTER TABLE "users" ADD CONSTRAINT "users_anonymised_check" CHECK (
  "anonymised_at" IS NULL OR ("status" = 'DISABLED' AND "password_hash" IS NULL AND "phone" IS NULL)
);

-- The job runs every tick: it reads the volunteers not yet anonymised whose last activity is older than
-- the cut-off, oldest first, without walking the ever-growing set of anonymised ones.
CREATE INDEX "users_retention_idx" ON "users" ("last_activity_at") WHERE "role" = 'PROFESSIONAL' AND "anonymised_at" IS NULL;
