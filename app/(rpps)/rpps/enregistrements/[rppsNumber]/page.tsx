import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SummarySections } from '@/components/rpps/summary-sections';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getRecordView } from '@/lib/rpps/records';
import { getRequestDetail } from '@/lib/rpps/request-detail';
import { NOT_PROVIDED } from '@/lib/rpps/shared/labels';

export const metadata: Metadata = { title: 'Enregistrement RPPS' };

/**
 * A registered person (guide §5, images 3 and 4): état civil (read-only for good), contact data and
 * practice names with « Modifier », each situation with « Fermer la situation » and « Annuler la
 * situation » (decision 033), « Ajouter une situation », and the history of the requests of the
 * manager's establishments.
 */
export default async function RecordPage({ params, searchParams }: { params: Promise<{ rppsNumber: string }>; searchParams: Promise<{ demande?: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const { rppsNumber } = await params;
  const record = await getRecordView(actor, rppsNumber);
  if (!record) notFound();
  const { demande } = await searchParams;
  const justFiled = demande ? await getRequestDetail(actor, demande) : null;
  const base = `/rpps/enregistrements/${record.rppsNumber}`;
  const civil = record.civil;
  return (
    <div className="space-y-6">
      <PageTitle lead={`RPPS : ${record.rppsNumber}`}>
        {record.practiceFirstName} {record.practiceLastName}
      </PageTitle>
      {justFiled ? (
        <Alert tone="success" title={`Demande n° ${justFiled.number} : ${justFiled.statusLabel}`}>
          {justFiled.procedureLabel}. Le numéro RPPS du professionnel ne change pas.
        </Alert>
      ) : null}
      <h2 className="text-xl font-bold">Informations personnelles</h2>
      <SummarySections
        headingLevel={3}
        sections={[
          {
            title: 'État civil',
            rows: [
              { label: 'Civilité', value: civil.civility },
              { label: 'Sexe', value: civil.sex },
              { label: 'Nom de naissance', value: civil.birthLastName },
              { label: "Nom d'usage", value: civil.usageLastName ?? NOT_PROVIDED },
              { label: 'Prénoms', value: civil.firstNames },
              { label: 'Date de naissance', value: civil.birthDate },
              { label: 'Pays de naissance', value: civil.birthCountry },
              { label: 'Commune de naissance', value: civil.birthCommune },
            ],
          },
        ]}
      />
      <p className="text-sm text-muted">L&apos;état civil ne peut pas être modifié après l&apos;enregistrement.</p>
      <SummarySections
        headingLevel={3}
        sections={[
          {
            title: 'Données de contact',
            rows: [
              { label: 'Adresse email', value: record.contact.email },
              { label: 'Téléphone mobile', value: record.contact.mobilePhone ?? NOT_PROVIDED },
            ],
          },
        ]}
      />
      <Link href={`${base}/contact`} className={buttonClasses('secondary')}>
        Modifier les données de contact
      </Link>

      <h2 className="text-xl font-bold">Exercice professionnel</h2>
      <SummarySections
        headingLevel={3}
        sections={[
          {
            title: 'Situation professionnelle',
            rows: [
              { label: "Nom d'exercice", value: record.practiceLastName },
              { label: "Prénom d'exercice", value: record.practiceFirstName },
            ],
          },
        ]}
      />
      <Link href={`${base}/nom-exercice`} className={buttonClasses('secondary')}>
        Modifier le nom et le prénom d&apos;exercice
      </Link>
      {record.situations.map((situation, index) => (
        <section key={situation.id} aria-labelledby={`situation-${situation.id}`} className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <h3 id={`situation-${situation.id}`} className="text-lg font-bold">
            Situation d&apos;exercice n° {index + 1}
          </h3>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(12rem,auto)_1fr]">
            <dt className="font-medium">Établissement :</dt>
            <dd>{situation.establishment}</dd>
            <dt className="font-medium">Profession :</dt>
            <dd>{situation.profession}</dd>
            <dt className="font-medium">Rôle :</dt>
            <dd>{situation.role}</dd>
            <dt className="font-medium">Mode d&apos;exercice :</dt>
            <dd>{situation.practiceMode ?? NOT_PROVIDED}</dd>
            <dt className="font-medium">Date de prise de fonction :</dt>
            <dd>{situation.startDate}</dd>
            <dt className="font-medium">Date de fin de fonction :</dt>
            <dd data-testid="situation-end">{situation.endDate ?? NOT_PROVIDED}</dd>
          </dl>
          <div className="flex flex-col gap-3 sm:flex-row">
            {situation.canClose ? (
              <Link
                href={`${base}/situations/${situation.id}/fermeture`}
                className={buttonClasses('secondary')}
                aria-label={`Fermer la situation n° ${index + 1}`}
              >
                Fermer la situation
              </Link>
            ) : null}
            {situation.canCancel ? (
              <Link
                href={`${base}/situations/${situation.id}/annulation`}
                className={buttonClasses('secondary')}
                aria-label={`Annuler la situation n° ${index + 1}`}
              >
                Annuler la situation
              </Link>
            ) : null}
          </div>
        </section>
      ))}
      <Link href={`${base}/situations/nouvelle`} className={buttonClasses('primary')}>
        Ajouter une situation
      </Link>

      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-xl font-bold">
          Historique des demandes
        </h2>
        {record.history.length === 0 ? (
          <p>Aucune demande de vos établissements pour ce professionnel.</p>
        ) : (
          <ul className="space-y-2">
            {record.history.map((request) => (
              <li key={request.id} className="rounded-lg bg-white p-3 shadow-sm">
                <Link href={`/rpps/demandes/${request.id}`} className="text-brand underline">
                  {request.number}
                </Link>{' '}
                — {request.procedure} — {request.status} — {request.date}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
