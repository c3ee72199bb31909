-- Availability check-ins (SPEC §5.2, issue 12 point 2, docs/decisions/031): a volunteer who is Disponible
-- and has not confirmed their availability for the period the CCS sets is asked « Êtes-vous toujours
-- disponible ? » by email, with two one-click links.

-- The links of the check-in email: a purpose of their own, so that no other flow accepts them.
ALTER TYPE "TokenPurpose" ADD VALUE 'AVAILABILITY_CHECKIN';

ALTER TABLE "professionals"
    -- The last time the volunteer stated their availability: sign-up, the switch, their periods, « Ma
    -- fiche », « Je suis toujours disponible » in their area, or an answer to a check-in.
    ADD COLUMN "availability_confirmed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- The last check-in email sent; unanswered while it is later than availability_confirmed_at.
    ADD COLUMN "availability_checkin_sent_at" TIMESTAMPTZ(3);

-- Existing volunteers: their record's last change is the best trace of their last word (the column's
-- default stamped them all with the time of this migration).
UPDATE "professionals" SET "availability_confirmed_at" = LEAST("updated_at", CURRENT_TIMESTAMP);

-- The check-in job reads the volunteers due (the later of the two dates older than the period) among
-- those who may be Disponible, oldest first: a range scan of this index, not of a million rows a tick.
-- GREATEST ignores a NULL sent date. The rest of « Disponible » (a period not over, no current
-- assignment) depends on the day, so it cannot be in the predicate: its columns are INCLUDEd, so that the
-- volunteers due by date but Indisponible by their periods are skipped without reading the table.
CREATE INDEX "professionals_checkin_due_idx" ON "professionals"
  (GREATEST("availability_confirmed_at", "availability_checkin_sent_at"))
  INCLUDE ("id", "availability_confirmed_at", "availability_checkin_sent_at", "availability", "assigned_until")
  WHERE "available" AND "account_active" AND NOT "reserved";

-- The candidate ranking's last tie-break (recently confirmed first, docs/decisions/016 and 031) reads the
-- confirmation date: it joins the INCLUDE columns of the two search indexes, so that the pool of a
-- mission stays an index-only scan.
DROP INDEX "professionals_searchable_idx";
CREATE INDEX "professionals_searchable_idx" ON "professionals"("region_code", "profession_code")
  INCLUDE ("id", "user_id", "department_code", "mobilisation", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude", "availability_confirmed_at")
  WHERE "available" AND "account_active" AND NOT "reserved";
DROP INDEX "professionals_national_searchable_idx";
CREATE INDEX "professionals_national_searchable_idx" ON "professionals"("profession_code")
  INCLUDE ("id", "user_id", "region_code", "department_code", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude", "availability_confirmed_at")
  WHERE "available" AND "account_active" AND NOT "reserved" AND "mobilisation" = 'NATIONAL';

-- Settings the CCS sets for the whole country (SPEC §5.2): one row, always there.
CREATE TABLE "national_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    -- Days without a confirmation after which a Disponible volunteer is asked again.
    "checkin_period_days" INTEGER NOT NULL DEFAULT 14,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "national_settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "national_settings_single_row_check" CHECK ("id" = 1),
    -- At least the 7 days a check-in link is valid (a new check-in cancels the previous link), at most 90.
    CONSTRAINT "national_settings_checkin_period_check" CHECK ("checkin_period_days" BETWEEN 7 AND 90)
);
INSERT INTO "national_settings" ("id") VALUES (1);
