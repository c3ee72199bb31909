import { z } from '@/lib/validation/zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/errors';
import { missionSchema, type MissionData } from '@/lib/validation/mission';
import { ACCOUNT_REQUEST_MESSAGES } from '@/lib/account-requests/messages';

// The missions of a request wait in `account_requests.missions` (JSON) until the ARS validates it. They
// are stored as the schema's output and read back through the same schema, so that a row written by an
// older version, by hand or by an import is checked again before it becomes Mission rows.

/** JSON has no `undefined`: the schema's `null`s (no speciality, no details) go back to "absent". */
const storedMissionSchema = z.preprocess(
  (value) => (value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) : value),
  missionSchema,
);

export function toStoredMissions(missions: readonly MissionData[]): Prisma.InputJsonValue {
  return missions.map((mission) => ({ ...mission }));
}

/** Throws a DomainError when the stored value is not a list of valid missions (the caller's transaction then rolls back). */
export function parseStoredMissions(json: unknown): MissionData[] {
  const missions = readStoredMissions(json);
  if (!missions) throw new DomainError(ACCOUNT_REQUEST_MESSAGES.unreadableMissions);
  return missions;
}

/** For display: never throws; null for a corrupt row, so that one bad row cannot break the whole queue. */
export function readStoredMissions(json: unknown): MissionData[] | null {
  const parsed = z.array(storedMissionSchema).safeParse(json);
  return parsed.success ? parsed.data : null;
}
