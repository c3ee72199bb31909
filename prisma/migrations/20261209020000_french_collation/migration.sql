-- Names sort in French alphabetical order (docs/decisions/039). The database's own collation is C.UTF-8,
-- which orders by code point: every capital before every small letter, every accented letter after « z »
-- — « Zola » came before « de la Fontaine », « Élodie » and « Île-de-France ». The columns people read
-- in sorted lists (names of people, establishments, regions, professions) take an ICU collation for
-- French instead; their indexes are rebuilt with it, so a sort by name is still read from an index.
-- Deterministic: equality stays byte equality, and LIKE / ILIKE work as before.
-- ICU ships with PostgreSQL's binaries and with every managed PostgreSQL.
CREATE COLLATION IF NOT EXISTS "french" (provider = icu, locale = 'fr');

-- PostgreSQL does not change the type of a column a trigger names: the trigger that copies the account's
-- names onto the volunteer's row (migration 20261207010000) is dropped, then created again as it was.
-- Those copies (`professionals.search_*`) keep the byte order: they serve the « contient » filters, which
-- the trigram indexes answer and ILIKE checks, at half the cost of ICU's case folding (0.34 against
-- 0.61 µs a name); the candidate search sorts them with COLLATE "french" (lib/candidates/search.ts).
DROP TRIGGER "users_names_updated" ON "users";

ALTER TABLE "users"
  ALTER COLUMN "first_name" TYPE TEXT COLLATE "french",
  ALTER COLUMN "last_name" TYPE TEXT COLLATE "french";
ALTER TABLE "establishments" ALTER COLUMN "name" TYPE TEXT COLLATE "french";
ALTER TABLE "regions" ALTER COLUMN "name" TYPE TEXT COLLATE "french";
ALTER TABLE "professions" ALTER COLUMN "label" TYPE TEXT COLLATE "french";
ALTER TABLE "account_requests"
  ALTER COLUMN "first_name" TYPE TEXT COLLATE "french",
  ALTER COLUMN "last_name" TYPE TEXT COLLATE "french",
  ALTER COLUMN "establishment_name" TYPE TEXT COLLATE "french";
ALTER TABLE "rpps_records"
  ALTER COLUMN "practice_first_name" TYPE TEXT COLLATE "french",
  ALTER COLUMN "practice_last_name" TYPE TEXT COLLATE "french";

CREATE TRIGGER "users_names_updated" AFTER UPDATE OF "last_name", "first_name" ON "users"
  FOR EACH ROW WHEN (OLD."last_name" IS DISTINCT FROM NEW."last_name" OR OLD."first_name" IS DISTINCT FROM NEW."first_name")
  EXECUTE FUNCTION "users_names_changed"();
