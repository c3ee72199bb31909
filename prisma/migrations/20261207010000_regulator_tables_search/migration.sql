-- The regulators' tables at a million volunteers (issue 13, docs/decisions/034).

-- « Nom » and « Prénom » of the « Bénévoles » tables, and « Etablissement » of the « Missions » tables,
-- are « contient » filters: `ILIKE '%…%'`, which no B-tree can serve, so each one read every account.
-- A trigram GIN index answers `ILIKE` with the same semantics (case-insensitive, accents as typed): the
-- planner reads the posting lists of the pattern's trigrams, then rechecks the rows. pg_trgm ships with
-- PostgreSQL (and with the embedded binaries).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The names live on `users`, the scope (the region the volunteer chose) and every other filter on
-- `professionals`: an index on `users` alone still left an ARS's count joining each account whose name
-- matches (33 000 for « mar » at a million) to learn its region. So the volunteer's row carries a copy of
-- the account's names, as it carries `account_active` (migration 20261122010000), kept by triggers: no
-- application code writes them. The count of « Nom contient mar » in a region is then one table, two
-- bitmaps (trigrams, region) ANDed.
ALTER TABLE "professionals"
  ADD COLUMN "search_last_name" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "search_first_name" TEXT NOT NULL DEFAULT '';

-- A new volunteer row takes its account's names (the account is always written first).
CREATE FUNCTION "professionals_copy_names"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  SELECT u."last_name", u."first_name" INTO NEW."search_last_name", NEW."search_first_name"
  FROM "users" u WHERE u."id" = NEW."user_id";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "professionals_names" BEFORE INSERT OR UPDATE OF "user_id", "search_last_name", "search_first_name" ON "professionals"
  FOR EACH ROW EXECUTE FUNCTION "professionals_copy_names"();

-- A renamed (or anonymised) account renames its volunteer row at once.
CREATE FUNCTION "users_names_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "professionals" SET "search_last_name" = NEW."last_name", "search_first_name" = NEW."first_name" WHERE "user_id" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "users_names_updated" AFTER UPDATE OF "last_name", "first_name" ON "users"
  FOR EACH ROW WHEN (OLD."last_name" IS DISTINCT FROM NEW."last_name" OR OLD."first_name" IS DISTINCT FROM NEW."first_name")
  EXECUTE FUNCTION "users_names_changed"();

-- Existing rows get their names once (through the trigger, which reads the account).
UPDATE "professionals" SET "search_last_name" = '', "search_first_name" = '';

-- The « Statut : Affecté » filter: the few volunteers with an assignment, by region (an ARS) or all of
-- them (the CCS reads this small partial index whole), instead of a scan of every volunteer for the rare
-- match. Partial: the migration's own, as users_retention_idx (schema.prisma cannot declare it).
CREATE INDEX "professionals_assigned_idx" ON "professionals"("region_code", "assigned_until")
  WHERE "assigned_until" IS NOT NULL;

-- Declared in schema.prisma as @@index(type: Gin, ops: raw("gin_trgm_ops")).
CREATE INDEX "professionals_search_last_name_trgm_idx" ON "professionals" USING GIN ("search_last_name" gin_trgm_ops);
CREATE INDEX "professionals_search_first_name_trgm_idx" ON "professionals" USING GIN ("search_first_name" gin_trgm_ops);
CREATE INDEX "establishments_name_trgm_idx" ON "establishments" USING GIN ("name" gin_trgm_ops);

-- The « Indicateurs » page's volunteers (available today, registered) by region, department and
-- profession. Counting them means reading every volunteer (0.5 s and more at a million for the CCS), and
-- « available today » depends on the day, so no trigger can keep such counters. The jobs
-- (lib/jobs/run-jobs.ts) recompute this snapshot every few minutes in one transaction; the page reads it
-- (a few thousand rows) and says when it was computed (lib/indicators/volunteer-snapshot.ts).
CREATE TABLE "volunteer_figures" (
    "region_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "profession_code" TEXT NOT NULL,
    "available" INTEGER NOT NULL,
    "registered" INTEGER NOT NULL,
    CONSTRAINT "volunteer_figures_pkey" PRIMARY KEY ("region_code", "department_code", "profession_code")
);

-- When the snapshot was computed, and for which day: one row.
CREATE TABLE "volunteer_figures_refreshes" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,
    "day" DATE NOT NULL,
    CONSTRAINT "volunteer_figures_refreshes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "volunteer_figures_refreshes_single_check" CHECK ("id" = 1)
);
