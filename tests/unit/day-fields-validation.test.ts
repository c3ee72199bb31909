import { missionSchema } from '@/lib/validation/mission';
import { availabilityPeriodSchema } from '@/lib/validation/professional';

// The days the forms send (SPEC §5.1 periods, §6.3 missions) are real calendar days: Date.parse takes
// 2026-02-31, which fromIsoDay would then store as 3 March. The field says « Date invalide. ».

const fieldMessages = (issues: { path: PropertyKey[]; message: string }[], field: string) =>
  issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);

const mission = (dates: { startDate: string; endDate: string }) => ({ ...dates, professionCode: 'NURSE', requestedCount: 1 });

describe('day fields', () => {
  it('refuses an impossible day in an availability period, on its field', () => {
    const start = availabilityPeriodSchema.safeParse({ startDate: '2026-02-31' });
    expect(start.success).toBe(false);
    expect(fieldMessages(start.error!.issues, 'startDate')).toEqual(['Date invalide.']);

    const end = availabilityPeriodSchema.safeParse({ startDate: '2026-02-01', endDate: '2026-04-31' });
    expect(end.success).toBe(false);
    expect(fieldMessages(end.error!.issues, 'endDate')).toEqual(['Date invalide.']);
  });

  it('keeps real days, a leap day and an open end in an availability period', () => {
    expect(availabilityPeriodSchema.parse({ startDate: '2028-02-29', endDate: '2028-03-31' })).toMatchObject({ startDate: '2028-02-29', endDate: '2028-03-31' });
    expect(availabilityPeriodSchema.parse({ startDate: '2026-12-31', endDate: '' })).toMatchObject({ endDate: null });
    expect(availabilityPeriodSchema.safeParse({ startDate: '31/12/2026' }).success).toBe(false);
  });

  it('refuses an impossible day in a mission, on its field', () => {
    const start = missionSchema.safeParse(mission({ startDate: '2026-02-29', endDate: '2026-03-10' }));
    expect(start.success).toBe(false);
    expect(fieldMessages(start.error!.issues, 'startDate')).toEqual(['Date invalide.']);

    const end = missionSchema.safeParse(mission({ startDate: '2026-06-01', endDate: '2026-06-31' }));
    expect(end.success).toBe(false);
    expect(fieldMessages(end.error!.issues, 'endDate')).toEqual(['Date invalide.']);
  });

  it('keeps a mission with real days and still asks for a missing one', () => {
    expect(missionSchema.safeParse(mission({ startDate: '2028-02-29', endDate: '2028-03-01' })).success).toBe(true);
    const missing = missionSchema.safeParse(mission({ startDate: '', endDate: '2026-03-01' }));
    expect(fieldMessages(missing.error!.issues, 'startDate')[0]).toBe('La date de début est obligatoire.');
  });
});
