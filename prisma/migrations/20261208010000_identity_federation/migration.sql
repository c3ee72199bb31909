-- Identity federation (SPEC §16, issue 14, docs/decisions/038): an account may be linked to one Pro Santé
-- Connect identity and one ProConnect identity; a first sign-in that needs a step more (the password
-- confirmed once, or the volunteer sign-up pre-filled with what PSC certifies) waits in
-- `federation_intents`, single-use and short-lived.

CREATE TYPE "IdentityProvider" AS ENUM ('PRO_SANTE_CONNECT', 'PROCONNECT');

CREATE TYPE "FederationIntentPurpose" AS ENUM ('LINK_WITH_PASSWORD', 'SIGN_UP');

CREATE TABLE "federated_identities" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "provider" "IdentityProvider" NOT NULL,
    "subject" TEXT NOT NULL,
    "rpps_number" TEXT,
    "linked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "federated_identities_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "federated_identities_provider_subject_key" ON "federated_identities"("provider", "subject");
CREATE UNIQUE INDEX "federated_identities_user_id_provider_key" ON "federated_identities"("user_id", "provider");

ALTER TABLE "federated_identities" ADD CONSTRAINT "federated_identities_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What PSC certifies is an RPPS number: only a PSC identity carries one, always 11 digits…
ALTER TABLE "federated_identities" ADD CONSTRAINT "federated_identities_rpps_check"
    CHECK (CASE "provider"
      WHEN 'PRO_SANTE_CONNECT' THEN "rpps_number" IS NOT NULL AND "rpps_number" ~ '^[0-9]{11}$'
      ELSE "rpps_number" IS NULL
    END);
-- …and one RPPS number belongs to one account: a second account claiming it is refused by the database
-- too, whatever race two first sign-ins run.
CREATE UNIQUE INDEX "federated_identities_one_account_per_rpps" ON "federated_identities"("rpps_number")
    WHERE "provider" = 'PRO_SANTE_CONNECT';

CREATE TABLE "federation_intents" (
    "id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "purpose" "FederationIntentPurpose" NOT NULL,
    "provider" "IdentityProvider" NOT NULL,
    "subject" TEXT NOT NULL,
    "user_id" TEXT,
    "claims" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "federation_intents_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "federation_intents_token_hash_key" ON "federation_intents"("token_hash");
CREATE INDEX "federation_intents_expires_at_idx" ON "federation_intents"("expires_at");

ALTER TABLE "federation_intents" ADD CONSTRAINT "federation_intents_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Linking by password names the account; a sign-up has none yet.
ALTER TABLE "federation_intents" ADD CONSTRAINT "federation_intents_purpose_check"
    CHECK (("purpose" = 'LINK_WITH_PASSWORD') = ("user_id" IS NOT NULL));

-- The CCS may require RPPS+ managers to sign in with Pro Santé Connect (SPEC §16).
ALTER TABLE "national_settings" ADD COLUMN "require_psc_for_rpps_managers" BOOLEAN NOT NULL DEFAULT false;
