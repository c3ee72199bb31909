import type { Metadata } from 'next';
import type { Actor } from '@/lib/access/actor';
import { notFound } from 'next/navigation';
import { choosingState } from '@/components/candidates/choosing-notices';
import { requireAreaActor } from '@/lib/auth/session';
import { listMissionCandidacies } from '@/lib/candidacies/mission-follow-up';
import { getMissionForChoosing, type MissionForChoosing } from '@/lib/candidates/mission-search';
import { parseCandidateQuery } from '@/lib/candidates/query';
import { searchCandidatesOfMission } from '@/lib/candidates/search';
import { isUuid } from '@/lib/identifiers/uuid';
import type { SearchParams } from '@/lib/url/query-params';
import { ChoosingView } from './_components/choosing-view';
import { ArchivedView, FilledView } from './_components/follow-up-views';
import { MissionHeader } from './_components/mission-header';

export const metadata: Metadata = { title: 'Mission de renfort' };

/**
 * A mission of the account's establishments (SPEC §6.2, §6.4): « Choisir » while positions remain (the
 * map and the candidates, filtered by the URL); once filled, the volunteers still « Contacté » to refuse;
 * once archived, its assignments and history, read-only. Another FINESS's mission is a 404.
 */
export default async function MissionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const mission = await getMissionForChoosing(actor, id);
  if (!mission) notFound();
  const state = choosingState(mission);
  const now = new Date();

  return (
    <div className="space-y-6">
      <MissionHeader mission={mission} />
      {state === 'open' ? await choosing(mission, searchParams, now) : await followUp(actor, mission, state, now)}
    </div>
  );
}

async function choosing(mission: MissionForChoosing, searchParams: Promise<SearchParams>, now: Date) {
  const query = parseCandidateQuery(await searchParams);
  const result = await searchCandidatesOfMission(mission, query, now);
  return <ChoosingView mission={mission} query={query} result={result} now={now.toISOString()} />;
}

async function followUp(actor: Actor, mission: MissionForChoosing, state: 'filled' | 'archived', now: Date) {
  const candidacies = await listMissionCandidacies(actor, mission.id);
  return state === 'filled' ? <FilledView missionId={mission.id} candidacies={candidacies} now={now.toISOString()} /> : <ArchivedView candidacies={candidacies} now={now} />;
}
