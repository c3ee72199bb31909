import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PreRegistrationDecision } from '../_components/pre-registration-decision';
import { SummarySections } from '@/components/rpps/summary-sections';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getRequestDetail } from '@/lib/rpps/request-detail';
import { RPPS_ROLES } from '@/lib/rpps/shared/roles';
import { decisionNote, originLead } from '../_components/origin-notes';

export const metadata: Metadata = { title: 'Demande RPPS' };

/** One request: its status, procedure and content; a pre-registration under review gets the decision. */
export default async function RequestPage({ params, searchParams }: { params: Promise<{ requestId: string }>; searchParams: Promise<{ corrigee?: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const { requestId } = await params;
  const request = await getRequestDetail(actor, requestId);
  if (!request) notFound();
  const note = decisionNote(request);
  const corrected = (await searchParams).corrigee === '1' && request.awaitsDecision;
  return (
    <div className="space-y-6">
      <PageTitle lead={originLead(request)}>
        Demande n° {request.number}
      </PageTitle>
      <p>
        <Link href="/rpps/demandes" className="text-brand underline">
          Retour à la liste des demandes
        </Link>
      </p>
      {note ? <Alert tone={note.tone}>{note.text}</Alert> : null}
      <section aria-labelledby="request-status" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="request-status" className="sr-only">
          Statut
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(12rem,auto)_1fr]">
          <dt className="font-medium">Statut :</dt>
          <dd data-testid="request-status">{request.statusLabel}</dd>
          <dt className="font-medium">Procédure :</dt>
          <dd>{request.procedureLabel}</dd>
          <dt className="font-medium">N° RPPS :</dt>
          <dd data-testid="request-rpps">
            {request.recordNumber ? (
              <Link href={`/rpps/enregistrements/${request.recordNumber}`} className="text-brand underline">
                {request.rppsNumber}
              </Link>
            ) : (
              request.rppsNumber
            )}
          </dd>
          <dt className="font-medium">Date de la demande :</dt>
          <dd>{request.date}</dd>
          {request.decidedOn ? (
            <>
              <dt className="font-medium">Date de la décision :</dt>
              <dd>{request.decidedOn}</dd>
            </>
          ) : null}
        </dl>
        {request.refusalReason ? (
          <div className="mt-4">
            <Alert tone="warning" title="Motif">
              {request.refusalReason}
            </Alert>
          </div>
        ) : null}
      </section>
      {request.awaitsDecision ? (
        <>
          {corrected ? <Alert tone="success">Vos corrections sont enregistrées. Vérifiez la demande, puis validez-la ou refusez-la.</Alert> : null}
          <Alert tone="info" title="Vérifiez l'exactitude des informations saisies par le professionnel">
            Rencontrez le professionnel pour vérifier ses données personnelles et professionnelles avant de valider sa demande. Vous pouvez corriger ses données
            de contact et sa situation d&apos;exercice ; l&apos;état civil ne peut pas être modifié.
          </Alert>
          <SummarySections sections={request.sections} />
          <Link href={`/rpps/demandes/${request.id}/correction`} className={buttonClasses('secondary')}>
            Corriger les données de contact et d&apos;exercice
          </Link>
          <PreRegistrationDecision requestId={request.id} roles={RPPS_ROLES.map((role) => ({ value: role.code, label: role.label }))} />
        </>
      ) : (
        <SummarySections sections={request.sections} />
      )}
    </div>
  );
}
