import { Panel } from '@/components/ui/panel';
import type { OwnRecordView } from '@/lib/rpps/self-service';

/** The record as the directory holds it now, and the requests that changed it. */
export function OwnRecordSummary({ record }: { record: OwnRecordView }) {
  return (
    <>
      <Panel id="record" title={`${record.practiceFirstName} ${record.practiceLastName}`} lead={`Numéro RPPS : ${record.rppsNumber}`}>
        <dl className="grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-muted">Adresse email</dt>
            <dd data-testid="own-record-email">{record.contact.email}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">Téléphone mobile</dt>
            <dd>{record.contact.mobilePhone ?? 'Non renseigné'}</dd>
          </div>
        </dl>
        <h3 className="font-bold">Situations d’exercice</h3>
        <ul className="space-y-1">
          {record.situations.map((situation) => (
            <li key={situation.id}>
              {situation.profession} — {situation.establishment}, depuis le {situation.startDate}
              {situation.endDate ? ` jusqu’au ${situation.endDate}` : ''}
            </li>
          ))}
        </ul>
      </Panel>
      <Panel id="history" title="Mes demandes" titleSize="lg">
        {record.history.length === 0 ? (
          <p>Aucune demande.</p>
        ) : (
          <ul className="divide-y" data-testid="own-record-history">
            {record.history.map((request) => (
              <li key={request.id} className="py-2">
                <span className="font-bold">{request.number}</span> — {request.procedure}, le {request.date} :{' '}
                <span>{request.status}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
