import 'server-only';
import type { TransactionClient } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import { missionLabel } from '@/lib/candidacies/propose';
import { getRegion } from '@/lib/reference/regions';

/**
 * SPEC §15: every active CCS agent who keeps « Alerte CCS » on is emailed when an ARS raises it — queued
 * in the alert's own transaction (docs/ARCHITECTURE.md convention 8). Returns how many were queued.
 */
export async function emailCcsAgentsOfAlert(tx: TransactionClient, missionId: string): Promise<number> {
  const [mission, agents] = await Promise.all([
    tx.mission.findUniqueOrThrow({
      where: { id: missionId },
      select: { professionCode: true, speciality: true, startDate: true, endDate: true, requestedCount: true, filledCount: true, establishment: { select: { name: true, city: true, regionCode: true } } },
    }),
    tx.user.findMany({ where: { role: 'CCS', status: 'ACTIVE', notifyCcsAlerts: true }, select: { email: true, firstName: true }, orderBy: { email: 'asc' } }),
  ]);
  const profession = missionLabel(mission);
  const props = {
    arsName: getRegion(mission.establishment.regionCode)?.arsName ?? `ARS ${mission.establishment.regionCode}`,
    establishmentName: mission.establishment.name,
    city: mission.establishment.city,
    missionLabel: mission.speciality ? `${profession} (${mission.speciality})` : profession,
    startDate: mission.startDate,
    endDate: mission.endDate,
    requestedCount: mission.requestedCount,
    filledCount: mission.filledCount,
    missionUrl: `${appUrl()}/ccs/missions/${missionId}`,
  };
  for (const agent of agents) {
    await enqueueEmail(tx, { to: agent.email, template: 'ccs-alert-raised', props: { ...props, firstName: agent.firstName } });
  }
  return agents.length;
}
