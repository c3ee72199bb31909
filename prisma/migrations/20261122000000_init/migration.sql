-- Initial schema of Renfort RH Crise, written by hand in the layout `prisma migrate` produces
-- (docs/decisions/002-hand-written-migrations.md). The constraints at the end are the invariants the
-- database itself guarantees; Prisma's schema language cannot express them.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PROFESSIONAL', 'ESTABLISHMENT', 'ARS', 'CCS', 'RPPS_MANAGER');
CREATE TYPE "UserStatus" AS ENUM ('AWAITING_VALIDATION', 'ACTIVE', 'DISABLED');
CREATE TYPE "TokenPurpose" AS ENUM ('ACTIVATION', 'PASSWORD_RESET');
CREATE TYPE "AccountRequestStatus" AS ENUM ('PENDING', 'VALIDATED', 'REFUSED');
CREATE TYPE "ActivityType" AS ENUM ('EMPLOYEE', 'LIBERAL', 'STUDENT', 'RETIRED', 'UNEMPLOYED', 'OTHER');
CREATE TYPE "IdentifierType" AS ENUM ('RPPS', 'ADELI', 'NONE');
CREATE TYPE "Mobilisation" AS ENUM ('LOCAL', 'DEPARTMENTAL', 'REGIONAL', 'NATIONAL');
CREATE TYPE "DocumentKind" AS ENUM ('IDENTITY', 'DIPLOMA');
CREATE TYPE "MissionStatus" AS ENUM ('OPEN', 'ARCHIVED');
CREATE TYPE "CandidacyStatus" AS ENUM ('PROPOSED', 'CONTACTED', 'ASSIGNED', 'REFUSED', 'WITHDRAWN', 'EXPIRED');
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'DEAD');
CREATE TYPE "RppsRequestStatus" AS ENUM ('ENTERED_BY_PROFESSIONAL', 'REGISTRATION_IN_PROGRESS', 'ABANDONED_BY_PROFESSIONAL', 'SENT_TO_RPPS', 'REFUSED_BY_AUTHORITY', 'RPPS_VALIDATED', 'REFUSED_BY_RPPS', 'UNDER_REVIEW', 'SENT_TO_RPPS_BY_PROFESSIONAL', 'TECHNICAL_REJECTION');
CREATE TYPE "RppsProcedure" AS ENUM ('INITIAL_REGISTRATION', 'ADD_SITUATION', 'CANCEL_SITUATION', 'UPDATE_INFORMATION', 'CLOSE_SITUATION', 'CHANGE_PRACTICE_NAME');
CREATE TYPE "Civility" AS ENUM ('MR', 'MRS');
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');
CREATE TYPE "PracticeMode" AS ENUM ('EMPLOYEE', 'LIBERAL', 'VOLUNTEER');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "phone" TEXT,
    "region_code" TEXT,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "last_login_at" TIMESTAMPTZ(3),
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "establishment_memberships" (
    "user_id" TEXT NOT NULL,
    "establishment_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "establishment_memberships_pkey" PRIMARY KEY ("user_id","establishment_id")
);

-- CreateTable
CREATE TABLE "one_time_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "one_time_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "regions" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reservation_delay_hours" INTEGER NOT NULL DEFAULT 72,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "professions" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "eligible_to_vaccinate" BOOLEAN NOT NULL DEFAULT false,
    "has_specialities" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "professions_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "establishments" (
    "id" TEXT NOT NULL,
    "finess" TEXT,
    "gid" TEXT,
    "siret" TEXT,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "establishments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account_requests" (
    "id" TEXT NOT NULL,
    "status" "AccountRequestStatus" NOT NULL DEFAULT 'PENDING',
    "user_id" TEXT,
    "email" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "finess" TEXT,
    "gid" TEXT,
    "establishment_name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "no_immediate_need" BOOLEAN NOT NULL DEFAULT false,
    "missions" JSONB NOT NULL DEFAULT '[]',
    "refusal_reason" TEXT,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "professionals" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "profession_code" TEXT NOT NULL,
    "speciality" TEXT,
    "activity_type" "ActivityType" NOT NULL,
    "identifier_type" "IdentifierType" NOT NULL,
    "identifier_number" TEXT,
    "employer" TEXT,
    "has_vehicle" BOOLEAN NOT NULL DEFAULT false,
    "ehpad_experience" BOOLEAN NOT NULL DEFAULT false,
    "icu_experience" BOOLEAN NOT NULL DEFAULT false,
    "vaccination_experience" BOOLEAN NOT NULL DEFAULT false,
    "available_weekdays" BOOLEAN NOT NULL DEFAULT true,
    "available_weekends" BOOLEAN NOT NULL DEFAULT false,
    "mobilisation" "Mobilisation" NOT NULL,
    "comment" VARCHAR(255),
    "available" BOOLEAN NOT NULL DEFAULT true,
    "terms_accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "data_consent_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "professionals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "availability_periods" (
    "id" TEXT NOT NULL,
    "professional_id" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,

    CONSTRAINT "availability_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" TEXT NOT NULL,
    "professional_id" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "missions" (
    "id" TEXT NOT NULL,
    "establishment_id" TEXT NOT NULL,
    "created_by_id" TEXT,
    "profession_code" TEXT NOT NULL,
    "speciality" TEXT,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "requested_count" INTEGER NOT NULL,
    "filled_count" INTEGER NOT NULL DEFAULT 0,
    "details" VARCHAR(255),
    "needs_vehicle" BOOLEAN NOT NULL DEFAULT false,
    "needs_weekend" BOOLEAN NOT NULL DEFAULT false,
    "needs_ehpad_experience" BOOLEAN NOT NULL DEFAULT false,
    "needs_icu_experience" BOOLEAN NOT NULL DEFAULT false,
    "vaccination_support" BOOLEAN NOT NULL DEFAULT false,
    "status" "MissionStatus" NOT NULL DEFAULT 'OPEN',
    "archived_at" TIMESTAMPTZ(3),
    "ccs_alert_at" TIMESTAMPTZ(3),
    "national_pool_opened_at" TIMESTAMPTZ(3),
    "first_assigned_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "missions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "candidacies" (
    "id" TEXT NOT NULL,
    "professional_id" TEXT NOT NULL,
    "mission_id" TEXT NOT NULL,
    "status" "CandidacyStatus" NOT NULL,
    "proposed_by_id" TEXT,
    "proposed_at" TIMESTAMPTZ(3),
    "contacted_by_id" TEXT,
    "contacted_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "expiry_warned_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "candidacies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "crisis_modes" (
    "id" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "all_professions" BOOLEAN NOT NULL DEFAULT true,
    "profession_codes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "started_by_id" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_by_id" TEXT,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "crisis_modes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_outbox" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "provider_id" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rpps_records" (
    "id" TEXT NOT NULL,
    "rpps_number" TEXT NOT NULL,
    "civility" "Civility" NOT NULL,
    "sex" "Sex" NOT NULL,
    "birth_last_name" TEXT NOT NULL,
    "usage_last_name" TEXT,
    "first_names" TEXT NOT NULL,
    "second_first_name" TEXT,
    "third_first_name" TEXT,
    "birth_date" DATE NOT NULL,
    "birth_country" TEXT NOT NULL,
    "birth_commune_code" TEXT,
    "birth_commune_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "mobile_phone" TEXT,
    "practice_last_name" TEXT NOT NULL,
    "practice_first_name" TEXT NOT NULL,
    "identity_verified" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rpps_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice_situations" (
    "id" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "establishment_id" TEXT NOT NULL,
    "profession_code" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "practice_mode" "PracticeMode",
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "practice_situations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rpps_requests" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "procedure" "RppsProcedure" NOT NULL,
    "status" "RppsRequestStatus" NOT NULL,
    "establishment_id" TEXT NOT NULL,
    "record_id" TEXT,
    "created_by_id" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "current_step" INTEGER NOT NULL DEFAULT 1,
    "meeting_confirmed" BOOLEAN NOT NULL DEFAULT false,
    "refusal_reason" TEXT,
    "abandon_token_hash" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rpps_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE INDEX "users_role_status_idx" ON "users"("role", "status");
CREATE INDEX "establishment_memberships_establishment_id_idx" ON "establishment_memberships"("establishment_id");
CREATE UNIQUE INDEX "one_time_tokens_token_hash_key" ON "one_time_tokens"("token_hash");
CREATE INDEX "one_time_tokens_user_id_purpose_idx" ON "one_time_tokens"("user_id", "purpose");
CREATE UNIQUE INDEX "establishments_finess_key" ON "establishments"("finess");
CREATE UNIQUE INDEX "establishments_gid_key" ON "establishments"("gid");
CREATE INDEX "establishments_region_code_idx" ON "establishments"("region_code");
CREATE INDEX "establishments_name_idx" ON "establishments"("name");
CREATE UNIQUE INDEX "account_requests_user_id_key" ON "account_requests"("user_id");
CREATE INDEX "account_requests_region_code_status_idx" ON "account_requests"("region_code", "status");
CREATE UNIQUE INDEX "professionals_user_id_key" ON "professionals"("user_id");
CREATE INDEX "professionals_region_code_profession_code_idx" ON "professionals"("region_code", "profession_code");
CREATE INDEX "professionals_profession_code_idx" ON "professionals"("profession_code");
CREATE INDEX "professionals_identifier_number_idx" ON "professionals"("identifier_number");
CREATE INDEX "availability_periods_professional_id_idx" ON "availability_periods"("professional_id");
CREATE UNIQUE INDEX "documents_storage_key_key" ON "documents"("storage_key");
CREATE UNIQUE INDEX "documents_professional_id_kind_key" ON "documents"("professional_id", "kind");
CREATE INDEX "missions_establishment_id_status_idx" ON "missions"("establishment_id", "status");
CREATE INDEX "missions_status_end_date_idx" ON "missions"("status", "end_date");
CREATE INDEX "candidacies_mission_id_status_idx" ON "candidacies"("mission_id", "status");
CREATE INDEX "candidacies_professional_id_status_idx" ON "candidacies"("professional_id", "status");
CREATE INDEX "crisis_modes_region_code_idx" ON "crisis_modes"("region_code");
CREATE INDEX "email_outbox_status_next_attempt_at_idx" ON "email_outbox"("status", "next_attempt_at");
CREATE INDEX "email_outbox_to_created_at_idx" ON "email_outbox"("to", "created_at");
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at");
CREATE UNIQUE INDEX "rpps_records_rpps_number_key" ON "rpps_records"("rpps_number");
CREATE INDEX "rpps_records_practice_last_name_idx" ON "rpps_records"("practice_last_name");
CREATE INDEX "practice_situations_record_id_idx" ON "practice_situations"("record_id");
CREATE INDEX "practice_situations_establishment_id_idx" ON "practice_situations"("establishment_id");
CREATE UNIQUE INDEX "rpps_requests_number_key" ON "rpps_requests"("number");
CREATE UNIQUE INDEX "rpps_requests_abandon_token_hash_key" ON "rpps_requests"("abandon_token_hash");
CREATE INDEX "rpps_requests_establishment_id_created_at_idx" ON "rpps_requests"("establishment_id", "created_at");
CREATE INDEX "rpps_requests_record_id_idx" ON "rpps_requests"("record_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "establishment_memberships" ADD CONSTRAINT "establishment_memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "establishment_memberships" ADD CONSTRAINT "establishment_memberships_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "one_time_tokens" ADD CONSTRAINT "one_time_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_profession_code_fkey" FOREIGN KEY ("profession_code") REFERENCES "professions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "availability_periods" ADD CONSTRAINT "availability_periods_professional_id_fkey" FOREIGN KEY ("professional_id") REFERENCES "professionals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "documents" ADD CONSTRAINT "documents_professional_id_fkey" FOREIGN KEY ("professional_id") REFERENCES "professionals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "missions" ADD CONSTRAINT "missions_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "missions" ADD CONSTRAINT "missions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "missions" ADD CONSTRAINT "missions_profession_code_fkey" FOREIGN KEY ("profession_code") REFERENCES "professions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_professional_id_fkey" FOREIGN KEY ("professional_id") REFERENCES "professionals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_mission_id_fkey" FOREIGN KEY ("mission_id") REFERENCES "missions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_contacted_by_id_fkey" FOREIGN KEY ("contacted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "crisis_modes" ADD CONSTRAINT "crisis_modes_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "crisis_modes" ADD CONSTRAINT "crisis_modes_started_by_id_fkey" FOREIGN KEY ("started_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "crisis_modes" ADD CONSTRAINT "crisis_modes_ended_by_id_fkey" FOREIGN KEY ("ended_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "practice_situations" ADD CONSTRAINT "practice_situations_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "rpps_records"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "practice_situations" ADD CONSTRAINT "practice_situations_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rpps_requests" ADD CONSTRAINT "rpps_requests_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rpps_requests" ADD CONSTRAINT "rpps_requests_record_id_fkey" FOREIGN KEY ("record_id") REFERENCES "rpps_records"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "rpps_requests" ADD CONSTRAINT "rpps_requests_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── Invariants beyond Prisma's schema language (tests/integration/constraints.test.ts) ─────────────

-- One email = one account, case-insensitively: emails are stored lower-case and trimmed.
ALTER TABLE "users" ADD CONSTRAINT "users_email_lower_check" CHECK ("email" = lower(btrim("email")) AND "email" LIKE '%_@_%');
-- An ARS account belongs to a region.
ALTER TABLE "users" ADD CONSTRAINT "users_ars_region_check" CHECK ("role" <> 'ARS' OR "region_code" IS NOT NULL);
ALTER TABLE "users" ADD CONSTRAINT "users_session_version_check" CHECK ("session_version" >= 0);

-- A FINESS is 9 characters (digits, or 2A/2B followed by digits); a vaccination centre may give a GID instead.
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_finess_format_check" CHECK ("finess" IS NULL OR "finess" ~ '^([0-9]{2}|2A|2B)[0-9]{7}$');
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_identifier_check" CHECK ("finess" IS NOT NULL OR "gid" IS NOT NULL);
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_siret_format_check" CHECK ("siret" IS NULL OR "siret" ~ '^[0-9]{14}$');
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_identifier_check" CHECK ("finess" IS NOT NULL OR "gid" IS NOT NULL);
ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_refusal_check" CHECK ("status" <> 'REFUSED' OR "refusal_reason" IS NOT NULL);

-- Identifiers well-formed: RPPS 11 digits, ADELI 9 digits, none when the type is NONE.
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_identifier_check" CHECK (
  ("identifier_type" = 'NONE' AND "identifier_number" IS NULL)
  OR ("identifier_type" = 'RPPS' AND "identifier_number" IS NOT NULL AND "identifier_number" ~ '^[0-9]{11}$')
  OR ("identifier_type" = 'ADELI' AND "identifier_number" IS NOT NULL AND "identifier_number" ~ '^[0-9]{9}$')
);
-- Available on week days, on week-ends, or both.
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_availability_days_check" CHECK ("available_weekdays" OR "available_weekends");
ALTER TABLE "availability_periods" ADD CONSTRAINT "availability_periods_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "documents" ADD CONSTRAINT "documents_size_check" CHECK ("size_bytes" > 0 AND "size_bytes" <= 5242880);

-- A mission asks for at least one person and is never filled beyond what it asked for.
ALTER TABLE "missions" ADD CONSTRAINT "missions_dates_check" CHECK ("end_date" >= "start_date");
ALTER TABLE "missions" ADD CONSTRAINT "missions_requested_count_check" CHECK ("requested_count" >= 1);
ALTER TABLE "missions" ADD CONSTRAINT "missions_filled_count_check" CHECK ("filled_count" >= 0 AND "filled_count" <= "requested_count");
ALTER TABLE "missions" ADD CONSTRAINT "missions_archived_check" CHECK (("status" = 'ARCHIVED') = ("archived_at" IS NOT NULL));

-- At most one PROPOSED or CONTACTED candidacy per volunteer: when several establishments contact the same
-- volunteer at the same instant, exactly one insert succeeds (SPEC §6.4, §10).
CREATE UNIQUE INDEX "candidacies_one_reservation_per_professional" ON "candidacies"("professional_id") WHERE "status" IN ('PROPOSED', 'CONTACTED');
-- A volunteer is assigned at most once to the same mission.
CREATE UNIQUE INDEX "candidacies_one_assignment_per_mission" ON "candidacies"("professional_id", "mission_id") WHERE "status" = 'ASSIGNED';
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_proposed_check" CHECK ("status" <> 'PROPOSED' OR "proposed_at" IS NOT NULL);

-- At most one active crisis mode per region.
CREATE UNIQUE INDEX "crisis_modes_one_active_per_region" ON "crisis_modes"("region_code") WHERE "ended_at" IS NULL;
ALTER TABLE "crisis_modes" ADD CONSTRAINT "crisis_modes_professions_check" CHECK ("all_professions" OR cardinality("profession_codes") > 0);

ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_attempts_check" CHECK ("attempts" >= 0);
ALTER TABLE "rate_limit_counters" ADD CONSTRAINT "rate_limit_counters_count_check" CHECK ("count" >= 0);
ALTER TABLE "regions" ADD CONSTRAINT "regions_reservation_delay_check" CHECK ("reservation_delay_hours" BETWEEN 1 AND 720);

-- The RPPS number is 11 digits and never changes once assigned; a practice situation ends after it starts.
ALTER TABLE "rpps_records" ADD CONSTRAINT "rpps_records_rpps_number_format_check" CHECK ("rpps_number" ~ '^[0-9]{11}$');
CREATE FUNCTION "rpps_number_is_permanent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."rpps_number" <> OLD."rpps_number" THEN
    RAISE EXCEPTION 'an RPPS number never changes' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "rpps_records_rpps_number_permanent" BEFORE UPDATE OF "rpps_number" ON "rpps_records"
  FOR EACH ROW EXECUTE FUNCTION "rpps_number_is_permanent"();
ALTER TABLE "practice_situations" ADD CONSTRAINT "practice_situations_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "rpps_requests" ADD CONSTRAINT "rpps_requests_number_format_check" CHECK ("number" ~ '^P[0-9]{8}[0-9]+$');
ALTER TABLE "rpps_requests" ADD CONSTRAINT "rpps_requests_step_check" CHECK ("current_step" BETWEEN 1 AND 5);

-- Sequences behind the RPPS numbers our directory assigns and the request numbers (never reused).
CREATE SEQUENCE "rpps_number_seq" START WITH 1 NO CYCLE;
CREATE SEQUENCE "rpps_request_number_seq" START WITH 1 NO CYCLE;

-- The 18 regions, one ARS each (INSEE codes). Reference data the rest of the schema refers to.
INSERT INTO "regions" ("code", "name") VALUES
  ('84', 'Auvergne-Rhône-Alpes'), ('27', 'Bourgogne-Franche-Comté'), ('53', 'Bretagne'),
  ('24', 'Centre-Val de Loire'), ('94', 'Corse'), ('44', 'Grand Est'), ('32', 'Hauts-de-France'),
  ('11', 'Île-de-France'), ('28', 'Normandie'), ('75', 'Nouvelle-Aquitaine'), ('76', 'Occitanie'),
  ('52', 'Pays de la Loire'), ('93', 'Provence-Alpes-Côte d''Azur'), ('01', 'Guadeloupe'),
  ('02', 'Martinique'), ('03', 'Guyane'), ('04', 'La Réunion'), ('06', 'Mayotte');
