-- The candidacy life cycle of SPEC §10, issue 12 (docs/decisions/029): the volunteer may decline a
-- reservation, and two assignments of one volunteer never overlap in dates.

-- PROPOSED | CONTACTED → DECLINED, by the volunteer (« Je ne suis pas disponible pour cette mission »).
-- PostgreSQL cannot use an enum value in the transaction that adds it: nothing below names it, and the
-- transition guard that does comes in the next migration (20261206010100_candidacy_transitions).
ALTER TYPE "CandidacyStatus" ADD VALUE 'DECLINED';

-- No overlapping assignments. An exclusion constraint reads the columns of its own row only, so each
-- candidacy carries the dates of its mission as a period, which triggers keep equal to them: on insert,
-- on any update (so no writer can set another value), and when a mission's dates change. The constraint
-- is checked against rows of concurrent transactions too: of two overlapping assignments committed at
-- the same instant, the second waits for the first and then fails with SQLSTATE 23P01.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "candidacies" ADD COLUMN "period" DATERANGE;

CREATE FUNCTION "candidacies_set_period"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  SELECT daterange(m."start_date", m."end_date", '[]') INTO NEW."period" FROM "missions" m WHERE m."id" = NEW."mission_id";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "candidacies_period" BEFORE INSERT OR UPDATE ON "candidacies"
  FOR EACH ROW EXECUTE FUNCTION "candidacies_set_period"();

-- The update rewrites nothing itself: the trigger above recomputes each row's period from the mission.
CREATE FUNCTION "missions_dates_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "candidacies" SET "period" = NULL WHERE "mission_id" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "missions_dates_updated" AFTER UPDATE OF "start_date", "end_date" ON "missions"
  FOR EACH ROW WHEN (OLD."start_date" IS DISTINCT FROM NEW."start_date" OR OLD."end_date" IS DISTINCT FROM NEW."end_date")
  EXECUTE FUNCTION "missions_dates_changed"();

-- Existing rows get their period once (through the trigger); then the constraint, which fails here if
-- the data already holds overlapping assignments.
UPDATE "candidacies" SET "period" = NULL;

ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_no_overlapping_assignments"
  EXCLUDE USING gist ("professional_id" WITH =, "period" WITH &&) WHERE ("status" = 'ASSIGNED');
