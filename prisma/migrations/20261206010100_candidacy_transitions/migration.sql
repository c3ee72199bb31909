-- The candidacy state machine of SPEC §10, kept by the database as well (docs/decisions/029): every
-- status a row is created with, and every change of status, must be a pair of this table — the very
-- table of lib/candidacies/transitions.ts (tests/integration/candidacy-lifecycle-db.test.ts holds the
-- two together). The application writes statuses through one function (lib/candidacies/change-status.ts);
-- this guard catches anything written around it. A separate migration: 'DECLINED' is usable only once the
-- migration that added it has committed.

-- `from_status` NULL: the status a candidacy is created with.
CREATE FUNCTION "candidacy_transition_allowed"("from_status" TEXT, "to_status" TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM (VALUES
      (NULL, 'PROPOSED'), (NULL, 'CONTACTED'),
      ('PROPOSED', 'CONTACTED'), ('PROPOSED', 'WITHDRAWN'), ('PROPOSED', 'DECLINED'),
      ('CONTACTED', 'ASSIGNED'), ('CONTACTED', 'REFUSED'), ('CONTACTED', 'EXPIRED'), ('CONTACTED', 'DECLINED')
    ) AS allowed("from_status", "to_status")
    WHERE allowed."from_status" IS NOT DISTINCT FROM $1 AND allowed."to_status" = $2)
$$;

-- An update that leaves the status as it was is no transition (it changes other columns).
CREATE FUNCTION "candidacies_check_transition"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  previous TEXT := CASE WHEN TG_OP = 'UPDATE' THEN OLD."status"::TEXT END;
BEGIN
  IF previous IS NOT DISTINCT FROM NEW."status"::TEXT THEN
    RETURN NEW;
  END IF;
  IF NOT "candidacy_transition_allowed"(previous, NEW."status"::TEXT) THEN
    RAISE EXCEPTION 'candidacy % cannot go from % to %', NEW."id", coalesce(previous, '(new)'), NEW."status"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'candidacies_status_transition';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "candidacies_status_transition" BEFORE INSERT OR UPDATE OF "status" ON "candidacies"
  FOR EACH ROW EXECUTE FUNCTION "candidacies_check_transition"();
