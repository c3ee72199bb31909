-- Candidate search at a million volunteers (SPEC §14, docs/PERFORMANCE.md). The search filters and ranks
-- tens of thousands of volunteers per mission; looking up each one's periods, candidacies and account
-- would cost several index probes per row. These columns carry that state on the volunteer's own row,
-- and triggers keep them exact: no application code writes them.

ALTER TABLE "professionals"
  -- Union of the availability periods, both ends included; '{}' when there is none.
  ADD COLUMN "availability" DATEMULTIRANGE NOT NULL DEFAULT '{}'::datemultirange,
  -- Holds a PROPOSED or CONTACTED candidacy.
  ADD COLUMN "reserved" BOOLEAN NOT NULL DEFAULT false,
  -- Last end date of the missions the volunteer is ASSIGNED to.
  ADD COLUMN "assigned_until" DATE,
  -- The account is ACTIVE (not disabled).
  ADD COLUMN "account_active" BOOLEAN NOT NULL DEFAULT true;

-- Rows whose value is already right are not rewritten (a bulk import that sets it itself stays cheap).
CREATE FUNCTION "refresh_professional_availability"(ids TEXT[]) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "professionals" p
  SET "availability" = computed.value
  FROM (
    SELECT x.id, COALESCE(
      (SELECT range_agg(daterange(ap."start_date", ap."end_date", '[]'))
       FROM "availability_periods" ap WHERE ap."professional_id" = x.id),
      '{}'::datemultirange) AS value
    FROM unnest(ids) AS x(id)
  ) computed
  WHERE p."id" = computed.id AND p."availability" IS DISTINCT FROM computed.value;
$$;

CREATE FUNCTION "refresh_professional_engagement"(ids TEXT[]) RETURNS VOID LANGUAGE sql AS $$
  UPDATE "professionals" p
  SET "reserved" = computed.reserved, "assigned_until" = computed.assigned_until
  FROM (
    SELECT x.id,
      EXISTS (SELECT 1 FROM "candidacies" c
              WHERE c."professional_id" = x.id AND c."status" IN ('PROPOSED', 'CONTACTED')) AS reserved,
      (SELECT max(m."end_date") FROM "candidacies" c JOIN "missions" m ON m."id" = c."mission_id"
       WHERE c."professional_id" = x.id AND c."status" = 'ASSIGNED') AS assigned_until
    FROM unnest(ids) AS x(id)
  ) computed
  WHERE p."id" = computed.id
    AND (p."reserved", p."assigned_until") IS DISTINCT FROM (computed.reserved, computed.assigned_until);
$$;

-- Statement-level triggers with transition tables: a bulk insert of 100 000 periods refreshes each
-- volunteer once, not once per row. (A transition table allows one event per trigger, hence three.)
CREATE FUNCTION "availability_periods_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_professional_availability"(ARRAY(SELECT DISTINCT "professional_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_professional_availability"(ARRAY(SELECT DISTINCT "professional_id" FROM old_rows));
  ELSE
    PERFORM "refresh_professional_availability"(ARRAY(
      SELECT "professional_id" FROM new_rows UNION SELECT "professional_id" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "availability_periods_inserted" AFTER INSERT ON "availability_periods"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "availability_periods_changed"();
CREATE TRIGGER "availability_periods_updated" AFTER UPDATE ON "availability_periods"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "availability_periods_changed"();
CREATE TRIGGER "availability_periods_deleted" AFTER DELETE ON "availability_periods"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "availability_periods_changed"();

CREATE FUNCTION "candidacies_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_professional_engagement"(ARRAY(SELECT DISTINCT "professional_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_professional_engagement"(ARRAY(SELECT DISTINCT "professional_id" FROM old_rows));
  ELSE
    PERFORM "refresh_professional_engagement"(ARRAY(
      SELECT "professional_id" FROM new_rows UNION SELECT "professional_id" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "candidacies_inserted" AFTER INSERT ON "candidacies"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "candidacies_changed"();
CREATE TRIGGER "candidacies_updated" AFTER UPDATE ON "candidacies"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "candidacies_changed"();
CREATE TRIGGER "candidacies_deleted" AFTER DELETE ON "candidacies"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "candidacies_changed"();

-- A mission whose end date moves moves the « Affecté » period of its volunteers.
CREATE FUNCTION "missions_end_date_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_professional_engagement"(ARRAY(
    SELECT c."professional_id" FROM "candidacies" c JOIN new_rows n ON n."id" = c."mission_id"
    WHERE c."status" = 'ASSIGNED'));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "missions_end_date_updated" AFTER UPDATE ON "missions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "missions_end_date_changed"();

-- A disabled account disappears from every search at once.
CREATE FUNCTION "users_status_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "professionals" SET "account_active" = (NEW."status" = 'ACTIVE') WHERE "user_id" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "users_status_updated" AFTER UPDATE OF "status" ON "users"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "users_status_changed"();

-- The volunteers an establishment can contact, by the two criteria every search has: region and
-- profession. The partial condition leaves out, once for all, those who cannot be contacted; the
-- INCLUDE columns are everything the search filters and ranks on, so the pool of a mission is read from
-- the index alone (an index-only scan), not from tens of thousands of scattered table pages.
CREATE INDEX "professionals_searchable_idx" ON "professionals"("region_code", "profession_code")
  INCLUDE ("id", "user_id", "department_code", "mobilisation", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude")
  WHERE "available" AND "account_active" AND NOT "reserved";
-- The national pool: volunteers of any region who chose « Nationale » mobilisation.
CREATE INDEX "professionals_national_searchable_idx" ON "professionals"("profession_code")
  INCLUDE ("id", "user_id", "region_code", "department_code", "has_vehicle", "available_weekends",
           "ehpad_experience", "icu_experience", "vaccination_experience", "assigned_until", "availability",
           "longitude", "latitude")
  WHERE "available" AND "account_active" AND NOT "reserved" AND "mobilisation" = 'NATIONAL';

-- Existing rows get their search state once; the triggers keep it from now on.
SELECT "refresh_professional_availability"(ARRAY(SELECT "id" FROM "professionals"));
SELECT "refresh_professional_engagement"(ARRAY(SELECT "id" FROM "professionals"));
UPDATE "professionals" p SET "account_active" = (u."status" = 'ACTIVE') FROM "users" u WHERE u."id" = p."user_id";
