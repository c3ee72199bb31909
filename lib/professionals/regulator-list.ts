import 'server-only';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/access/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { startOfUtcDay } from '@/lib/dates/days';
import { likePattern } from '@/lib/candidates/search';
import { isRegulator } from '@/lib/access/checks';
import { scopeSql } from '@/lib/access/scope-sql';
import { VOLUNTEERS_PAGE_SIZE, type VolunteerQuery, type VolunteerSort, type VolunteerTableStatus } from '@/lib/professionals/regulator-query';

// The volunteers table of an ARS (the volunteers who chose its region) or of the CCS (all), SPEC §7.2.
// It must stay fast with a million volunteers: the page's ids (LIMIT / OFFSET) and the count with the
// same filters run side by side, then the 40 rows' names and statuses are read by primary key — nothing
// else is ever loaded. Statuses come from the search columns the triggers keep on `professionals`
// (docs/decisions/016): `reserved`, `assigned_until`, `account_active`, `availability`; only a reserved
// row looks at its candidacy, to tell « En cours » from « Contacté ». The default order is the one of
// the (region_code, profession_code) index, so the first page costs an index scan, not a sort.
// The count stops at VOLUNTEER_COUNT_CAP (or at the end of the page shown, if further): an exact count
// of the country's million rows cost more than the page itself, and « plus de 10 000 » tells a regulator
// all they need to refine their filters (docs/decisions/034). A « contient » name filter reads the copy
// of the account's names the triggers keep on `professionals` (`search_last_name`, `search_first_name`,
// migration 20261207010000), served by trigram indexes: no filter nor count ever joins `users`.

export interface VolunteerRow {
  id: string;
  lastName: string;
  firstName: string;
  postalCode: string;
  regionCode: string;
  professionCode: string;
  speciality: string | null;
  /** First and last day of availability; both null when no period remains, end null when open-ended. */
  startDate: Date | null;
  endDate: Date | null;
  ehpadExperience: boolean;
  icuExperience: boolean;
  vaccinationExperience: boolean;
  hasVehicle: boolean;
  availableWeekends: boolean;
  identifierType: 'RPPS' | 'ADELI' | 'NONE';
  identifierNumber: string | null;
  mobilisation: 'LOCAL' | 'DEPARTMENTAL' | 'REGIONAL' | 'NATIONAL';
  status: VolunteerTableStatus;
  /** « Disponibilité confirmée le … » (SPEC §5.2). */
  availabilityConfirmedAt: Date;
}

export interface VolunteerList {
  rows: VolunteerRow[];
  /** How many match; when `capped`, more than this many do (the count stopped there). */
  total: number;
  capped: boolean;
  page: number;
  pageSize: number;
}

// SPEC §10, as volunteerStatus() of lib/professionals/status.ts decides it, over the search columns (the
// check-in job, lib/jobs/availability-checkins.ts, selects its Disponible volunteers with it too).
export function statusPredicate(status: VolunteerTableStatus, today: Date): Prisma.Sql {
  const assigned = Prisma.sql`(p.assigned_until IS NOT NULL AND p.assigned_until >= ${today}::date)`;
  const free = Prisma.sql`p.available AND p.account_active AND NOT isempty(p.availability)
    AND (upper_inf(p.availability) OR upper(p.availability) > ${today}::date)`;
  switch (status) {
    case 'CONTACTED':
      return Prisma.sql`p.reserved AND EXISTS (SELECT 1 FROM candidacies c WHERE c.professional_id = p.id AND c.status = 'CONTACTED')`;
    case 'PROPOSED':
      return Prisma.sql`p.reserved AND EXISTS (SELECT 1 FROM candidacies c WHERE c.professional_id = p.id AND c.status = 'PROPOSED')`;
    case 'ASSIGNED':
      return Prisma.sql`NOT p.reserved AND ${assigned}`;
    case 'DISPONIBLE':
      return Prisma.sql`NOT p.reserved AND NOT ${assigned} AND ${free}`;
    case 'INDISPONIBLE':
      return Prisma.sql`NOT p.reserved AND NOT ${assigned} AND NOT (${free})`;
  }
}

function statusExpression(today: Date): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN p.reserved THEN (SELECT CASE WHEN bool_or(c.status = 'CONTACTED') THEN 'CONTACTED' ELSE 'PROPOSED' END
                          FROM candidacies c WHERE c.professional_id = p.id AND c.status IN ('PROPOSED', 'CONTACTED'))
    WHEN p.assigned_until IS NOT NULL AND p.assigned_until >= ${today}::date THEN 'ASSIGNED'
    WHEN p.available AND p.account_active AND NOT isempty(p.availability)
         AND (upper_inf(p.availability) OR upper(p.availability) > ${today}::date) THEN 'DISPONIBLE'
    ELSE 'INDISPONIBLE' END`;
}

function filtersSql(actor: Actor, query: VolunteerQuery, today: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [scopeSql(actor, 'professional', { id: 'p.id', regionCode: 'p.region_code' })];
  if (query.region) parts.push(Prisma.sql`p.region_code = ${query.region}`);
  if (query.lastName) parts.push(Prisma.sql`p.search_last_name ILIKE ${likePattern(query.lastName)}`);
  if (query.firstName) parts.push(Prisma.sql`p.search_first_name ILIKE ${likePattern(query.firstName)}`);
  if (query.postalCode) parts.push(Prisma.sql`p.postal_code LIKE ${`${query.postalCode.replace(/[\\%_]/g, '')}%`}`);
  if (query.profession) parts.push(Prisma.sql`p.profession_code = ${query.profession}`);
  if (query.speciality) parts.push(Prisma.sql`p.speciality = ${query.speciality}`);
  if (query.start) parts.push(Prisma.sql`lower(p.availability) <= ${query.start}::date`);
  if (query.end) parts.push(Prisma.sql`(upper_inf(p.availability) OR upper(p.availability) > ${query.end}::date)`);
  if (query.ehpad !== undefined) parts.push(Prisma.sql`p.ehpad_experience = ${query.ehpad}`);
  if (query.icu !== undefined) parts.push(Prisma.sql`p.icu_experience = ${query.icu}`);
  if (query.vaccination !== undefined) parts.push(Prisma.sql`p.vaccination_experience = ${query.vaccination}`);
  if (query.vehicle !== undefined) parts.push(Prisma.sql`p.has_vehicle = ${query.vehicle}`);
  if (query.weekend !== undefined) parts.push(Prisma.sql`p.available_weekends = ${query.weekend}`);
  if (query.identifier) parts.push(Prisma.sql`p.identifier_number LIKE ${`${query.identifier.replace(/[\\%_\s]/g, '')}%`}`);
  if (query.mobilisation) parts.push(Prisma.sql`p.mobilisation = ${query.mobilisation}::"Mobilisation"`);
  if (query.status) parts.push(statusPredicate(query.status, today));
  return Prisma.join(parts, ' AND ');
}

// A cheap rank of the status for sorting, in the order of SPEC §10 (free, held, assigned, out of reach):
// column reads only, no candidacy look-up per row (« En cours » and « Contacté » share a rank).
function statusRankSql(today: Date): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN p.reserved THEN 2
    WHEN p.assigned_until IS NOT NULL AND p.assigned_until >= ${today}::date THEN 3
    WHEN p.available AND p.account_active AND NOT isempty(p.availability)
         AND (upper_inf(p.availability) OR upper(p.availability) > ${today}::date) THEN 1
    ELSE 4 END`;
}

/** Whether the order reads the account's names (the page's ids then come with a join on `users`). */
function sortsByName(sort: VolunteerSort): boolean {
  return sort === 'lastName' || sort === 'firstName';
}

function orderSql(sort: VolunteerSort, direction: 'asc' | 'desc', today: Date): Prisma.Sql {
  const dir = Prisma.raw(direction === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS LAST');
  // Names are never null: the plain order is the same, and it is the order of the name indexes read
  // forwards or backwards (DESC NULLS LAST would make PostgreSQL sort every account instead).
  const nameDir = Prisma.raw(direction === 'desc' ? 'DESC' : 'ASC');
  const columns: Record<VolunteerSort, Prisma.Sql> = {
    // The index's own order (region, profession code): the cheap default.
    region: Prisma.sql`p.region_code ${dir}, p.profession_code ${dir}`,
    lastName: Prisma.sql`u.last_name ${nameDir}, u.first_name ${nameDir}`,
    firstName: Prisma.sql`u.first_name ${nameDir}, u.last_name ${nameDir}`,
    postalCode: Prisma.sql`p.postal_code ${dir}`,
    // By profession code, the order of the (region_code, profession_code) and (profession_code) indexes:
    // the rows of one profession come together at the cost of an index scan, not a sort of the scope.
    profession: Prisma.sql`p.profession_code ${dir}`,
    speciality: Prisma.sql`p.speciality ${dir}`,
    startDate: Prisma.sql`lower(p.availability) ${dir}`,
    endDate: Prisma.sql`CASE WHEN upper_inf(p.availability) THEN 'infinity'::date ELSE upper(p.availability) END ${dir}`,
    ehpad: Prisma.sql`p.ehpad_experience ${dir}`,
    icu: Prisma.sql`p.icu_experience ${dir}`,
    vaccination: Prisma.sql`p.vaccination_experience ${dir}`,
    vehicle: Prisma.sql`p.has_vehicle ${dir}`,
    weekend: Prisma.sql`p.available_weekends ${dir}`,
    identifier: Prisma.sql`p.identifier_number ${dir}`,
    mobilisation: Prisma.sql`p.mobilisation ${dir}`,
    status: Prisma.sql`${statusRankSql(today)} ${dir}`,
  };
  // The id last: pages never overlap, whatever the ties.
  return Prisma.sql`${columns[sort]}, p.id`;
}

interface RawRow extends Omit<VolunteerRow, 'status'> {
  status: string;
}

/** The page's rows, by id: names and status computed for these 40 rows only. */
async function pageRows(ids: string[], today: Date): Promise<VolunteerRow[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.$queryRaw<RawRow[]>`
    SELECT p.id, u.last_name AS "lastName", u.first_name AS "firstName", p.postal_code AS "postalCode",
           p.region_code AS "regionCode", p.profession_code AS "professionCode", p.speciality,
           lower(p.availability) AS "startDate",
           CASE WHEN upper_inf(p.availability) THEN NULL ELSE upper(p.availability) - 1 END AS "endDate",
           p.ehpad_experience AS "ehpadExperience", p.icu_experience AS "icuExperience",
           p.vaccination_experience AS "vaccinationExperience", p.has_vehicle AS "hasVehicle",
           p.available_weekends AS "availableWeekends", p.identifier_type::text AS "identifierType",
           p.identifier_number AS "identifierNumber", p.mobilisation::text AS mobilisation,
           p.availability_confirmed_at AS "availabilityConfirmedAt",
           ${statusExpression(today)} AS status
    FROM professionals p JOIN users u ON u.id = p.user_id
    WHERE p.id = ANY(${ids}::text[])`;
  const byId = new Map(rows.map((row) => [row.id, { ...row, status: row.status as VolunteerTableStatus }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Counted exactly up to this many matching volunteers; beyond, the table says « plus de 10 000 ». */
export const VOLUNTEER_COUNT_CAP = 10_000;

/**
 * One page of the actor's volunteers, and how many match (up to `countCap`, lowered only by the tests);
 * any role but ARS/CCS gets nothing.
 */
export async function listVolunteers(actor: Actor, query: VolunteerQuery, now = new Date(), countCap = VOLUNTEER_COUNT_CAP): Promise<VolunteerList> {
  const empty = { rows: [], total: 0, capped: false, page: query.page, pageSize: VOLUNTEERS_PAGE_SIZE };
  if (!isRegulator(actor)) return empty;
  const today = startOfUtcDay(now);
  const where = filtersSql(actor, query, today);
  const offset = (query.page - 1) * VOLUNTEERS_PAGE_SIZE;
  const join = sortsByName(query.sort) ? Prisma.sql`JOIN users u ON u.id = p.user_id` : Prisma.empty;
  // Counted up to the cap, or to the end of the page shown when it lies further (that page's OFFSET
  // walks as many rows anyway): the last page of a capped count always has its rows.
  const countLimit = Math.max(countCap, offset + VOLUNTEERS_PAGE_SIZE);
  // The page's ids first, in order (the rows skipped by OFFSET cost an index entry, not a join), and the
  // count beside it; then the 40 rows' details.
  const [ids, counted] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM professionals p ${join}
      WHERE ${where}
      ORDER BY ${orderSql(query.sort, query.direction, today)}
      LIMIT ${VOLUNTEERS_PAGE_SIZE} OFFSET ${offset}`,
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
      FROM (SELECT FROM professionals p WHERE ${where} LIMIT ${countLimit + 1}) matching`,
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    rows: await pageRows(ids.map((row) => row.id), today),
    total: Math.min(total, countLimit),
    capped: total > countLimit,
    page: query.page,
    pageSize: VOLUNTEERS_PAGE_SIZE,
  };
}
