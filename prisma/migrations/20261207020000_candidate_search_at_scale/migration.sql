-- The candidate search at a million volunteers (issue 13, docs/decisions/037): every value the search
-- computes per pool row and that does not depend on the mission is computed once, when the row is
-- written, and joins the INCLUDE columns of the two search indexes — the pool stays an index-only scan.
--
-- 1. The account's names: sorting a pool by « Nom » or filtering it by a name read every pool row's
--    account from `users` (16 000 look-ups for the Île-de-France nurses, ~150 ms). Copied onto the
--    volunteer's row, kept by triggers like `account_active`; `users` stays the record.
ALTER TABLE "professionals"
  ADD COLUMN "search_last_name" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "search_first_name" TEXT NOT NULL DEFAULT '';

UPDATE "professionals" p SET "search_last_name" = u."last_name", "search_first_name" = u."first_name"
FROM "users" u WHERE u."id" = p."user_id";

-- A new volunteer row takes its account's names, whatever the insert says.
CREATE FUNCTION "professionals_copy_names"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  SELECT u."last_name", u."first_name" INTO NEW."search_last_name", NEW."search_first_name"
  FROM "users" u WHERE u."id" = NEW."user_id";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "professionals_names_copied" BEFORE INSERT OR UPDATE OF "user_id", "search_last_name", "search_first_name" ON "professionals"
  FOR EACH ROW EXECUTE FUNCTION "professionals_copy_names"();

-- A renamed (or anonymised) account is renamed in every search at once.
CREATE FUNCTION "users_names_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "professionals" SET "search_last_name" = NEW."last_name", "search_first_name" = NEW."first_name"
  WHERE "user_id" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "users_names_updated" AFTER UPDATE OF "last_name", "first_name" ON "users"
  FOR EACH ROW WHEN (OLD."last_name" IS DISTINCT FROM NEW."last_name" OR OLD."first_name" IS DISTINCT FROM NEW."first_name")
  EXECUTE FUNCTION "users_names_changed"();

-- 2. The day of the last confirmation in Paris (the ranking's last tie-break, decision 031): a time
--    zone conversion per row cost as much as the rest of the ranking.
-- 3. The volunteer's place on the map's Web Mercator grid, in 2^26 units per side of the world: the map's
--    cell at any zoom level is then a bit shift (decision 037), not a logarithm and two trigonometric
--    functions per row. NULL without a known place.
-- Generated columns: PostgreSQL computes them, nothing else can write them. Nullable for Prisma, which
-- cannot express a generated column and would otherwise require them on every insert.
ALTER TABLE "professionals"
  ADD COLUMN "availability_confirmed_on" DATE
    GENERATED ALWAYS AS ((("availability_confirmed_at" AT TIME ZONE 'Europe/Paris'))::date) STORED,
  ADD COLUMN "map_x" INTEGER
    GENERATED ALWAYS AS (floor(("longitude" + 180.0) / 360.0 * 67108864.0)::integer) STORED,
  -- (least() and greatest() ignore a NULL argument: an unknown latitude is tested first.)
  ADD COLUMN "map_y" INTEGER
    GENERATED ALWAYS AS (CASE WHEN "latitude" IS NULL THEN NULL ELSE
      floor((1.0 - ln(tan(radians(least(85.0, greatest(-85.0, "latitude"))))
        + 1.0 / cos(radians(least(85.0, greatest(-85.0, "latitude"))))) / pi()) / 2.0 * 67108864.0)::integer END) STORED;

DROP INDEX "professionals_searchable_idx";
CREATE INDEX "professionals_searchable_idx" ON "professionals"("region_code", "profession_code")
  INCLUDE ("id", "user_id", "department_code", "mobilisation", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude", "availability_confirmed_on", "search_last_name", "search_first_name", "map_x", "map_y")
  WHERE "available" AND "account_active" AND NOT "reserved";
DROP INDEX "professionals_national_searchable_idx";
CREATE INDEX "professionals_national_searchable_idx" ON "professionals"("profession_code")
  INCLUDE ("id", "user_id", "region_code", "department_code", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude", "availability_confirmed_on", "search_last_name", "search_first_name", "map_x", "map_y")
  WHERE "available" AND "account_active" AND NOT "reserved" AND "mobilisation" = 'NATIONAL';
