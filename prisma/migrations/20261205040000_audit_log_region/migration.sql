-- The journal of a region (SPEC §15, issue 11, docs/decisions/026): each audit row carries the region it
-- belongs to, derived once at insert time from the entity it records, so that an ARS reads its region's
-- journal with one indexed condition, and the ~60 writeAudit calls (and those still to come) stay
-- unchanged. NULL means national only (the CCS sees it): a failed sign-in with an unknown email, an act
-- on a CCS agent, an entity already deleted.
ALTER TABLE "audit_log" ADD COLUMN "region_code" TEXT;

-- The region of an audited entity; then the region written in the details (exports, imports, crisis
-- modes); then the acting user's own region. A region that does not exist is never returned.
CREATE FUNCTION "audit_region_code"("p_entity_type" TEXT, "p_entity_id" TEXT, "p_actor_id" TEXT, "p_details" JSONB)
RETURNS TEXT LANGUAGE plpgsql STABLE AS $$
DECLARE
  found TEXT;
BEGIN
  IF "p_entity_id" IS NOT NULL THEN
    CASE "p_entity_type"
      WHEN 'Mission' THEN
        SELECT e."region_code" INTO found FROM "missions" m JOIN "establishments" e ON e."id" = m."establishment_id" WHERE m."id" = "p_entity_id";
      WHEN 'Candidacy' THEN
        SELECT e."region_code" INTO found FROM "candidacies" c JOIN "missions" m ON m."id" = c."mission_id"
          JOIN "establishments" e ON e."id" = m."establishment_id" WHERE c."id" = "p_entity_id";
      WHEN 'AccountRequest' THEN
        SELECT r."region_code" INTO found FROM "account_requests" r WHERE r."id" = "p_entity_id";
      WHEN 'Establishment' THEN
        SELECT e."region_code" INTO found FROM "establishments" e WHERE e."id" = "p_entity_id";
      WHEN 'Professional' THEN
        SELECT p."region_code" INTO found FROM "professionals" p WHERE p."id" = "p_entity_id";
      WHEN 'Document' THEN
        SELECT p."region_code" INTO found FROM "documents" d JOIN "professionals" p ON p."id" = d."professional_id" WHERE d."id" = "p_entity_id";
      WHEN 'CrisisMode' THEN
        SELECT c."region_code" INTO found FROM "crisis_modes" c WHERE c."id" = "p_entity_id";
      WHEN 'Region' THEN
        SELECT r."code" INTO found FROM "regions" r WHERE r."code" = "p_entity_id";
      WHEN 'RppsRequest' THEN
        SELECT e."region_code" INTO found FROM "rpps_requests" q JOIN "establishments" e ON e."id" = q."establishment_id" WHERE q."id" = "p_entity_id";
      WHEN 'RppsRecord' THEN
        -- A record may practise in several establishments: the one of the request that changed it, else its
        -- earliest situation.
        SELECT e."region_code" INTO found FROM "rpps_requests" q JOIN "establishments" e ON e."id" = q."establishment_id"
          WHERE q."id" = "p_details"->>'requestId';
        IF found IS NULL THEN
          SELECT e."region_code" INTO found FROM "practice_situations" s JOIN "establishments" e ON e."id" = s."establishment_id"
            WHERE s."record_id" = "p_entity_id" ORDER BY s."start_date", s."id" LIMIT 1;
        END IF;
      WHEN 'User' THEN
        -- An ARS agent's region, a volunteer's chosen region, else the region of an establishment the account
        -- acts for (the first attached: an account of two regions is rare, and shows in the first one's).
        SELECT coalesce(u."region_code", p."region_code") INTO found FROM "users" u
          LEFT JOIN "professionals" p ON p."user_id" = u."id" WHERE u."id" = "p_entity_id";
        IF found IS NULL THEN
          SELECT e."region_code" INTO found FROM "establishment_memberships" em JOIN "establishments" e ON e."id" = em."establishment_id"
            WHERE em."user_id" = "p_entity_id" ORDER BY em."created_at", e."id" LIMIT 1;
        END IF;
      ELSE
        found := NULL;
    END CASE;
  END IF;
  IF found IS NULL AND jsonb_typeof("p_details"->'regionCode') = 'string' THEN
    SELECT r."code" INTO found FROM "regions" r WHERE r."code" = "p_details"->>'regionCode';
  END IF;
  IF found IS NULL AND "p_actor_id" IS NOT NULL THEN
    SELECT u."region_code" INTO found FROM "users" u WHERE u."id" = "p_actor_id";
  END IF;
  RETURN found;
END;
$$;

-- A row written with a region keeps it (the code may know better); the others get the derived one.
CREATE FUNCTION "audit_log_set_region"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."region_code" IS NULL THEN
    NEW."region_code" := "audit_region_code"(NEW."entity_type", NEW."entity_id", NEW."actor_id", NEW."details");
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "audit_log_region_code" BEFORE INSERT ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_set_region"();

-- Existing rows, as best the current data allows (a deleted entity falls back to its actor's region).
UPDATE "audit_log" SET "region_code" = "audit_region_code"("entity_type", "entity_id", "actor_id", "details");

-- The journal pages: an ARS's region newest first, and the CCS's whole log newest first.
CREATE INDEX "audit_log_region_code_created_at_idx" ON "audit_log"("region_code", "created_at" DESC);
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at" DESC);
