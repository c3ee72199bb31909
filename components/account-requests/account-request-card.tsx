import type { ReactNode } from 'react';
import type { PendingAccountRequest } from '@/lib/account-requests/list-pending-account-requests';
import { formatLongInstant } from '@/lib/dates/format';
import { RequestMissions } from '@/components/account-requests/request-missions';

/**
 * One pending request: who asks, for which establishment (FINESS or GID, category, region), what the
 * validation will do with an already known FINESS, and the missions. `children` holds the decisions.
 */
export function AccountRequestCard({ request, children }: { request: PendingAccountRequest; children?: ReactNode }) {
  const { requester, establishment } = request;
  const titleId = `request-${request.id}-title`;
  return (
    <article aria-labelledby={titleId} className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6" data-testid="account-request">
      <header className="space-y-1">
        <h2 id={titleId} className="text-lg font-bold">
          {establishment.name}
        </h2>
        <p className="text-sm text-muted">Demande du {formatLongInstant(request.createdAt)}</p>
      </header>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <Item term="Demandeur">
          {requester.firstName} {requester.lastName}
          <span className="block break-all">{requester.email}</span>
          <span className="block">{requester.phone}</span>
        </Item>
        <Item term={establishment.identifierKind === 'FINESS' ? 'N° FINESS géographique' : 'GID'}>{establishment.identifier}</Item>
        <Item term="Catégorie établissement">{establishment.categoryLabel}</Item>
        <Item term="Adresse">
          {establishment.address}
          <span className="block">
            {establishment.postalCode} {establishment.city}
          </span>
        </Item>
        <Item term="Région de rattachement">{establishment.regionName}</Item>
        {request.existingEstablishment ? (
          <Item term="Établissement déjà inscrit">
            {request.existingEstablishment === 'OTHER_REGION'
              ? 'Ce numéro est déjà inscrit dans une autre région : seule son ARS ou le CCS peut y rattacher ce compte.'
              : `Le compte rejoindra « ${request.existingEstablishment.name} » et verra ses missions et candidats.`}
          </Item>
        ) : null}
      </dl>
      <div className="space-y-2">
        <h3 className="font-bold">Missions demandées</h3>
        <RequestMissions missions={request.missions} noImmediateNeed={request.noImmediateNeed} label={`Missions demandées par ${establishment.name}`} />
      </div>
      {children}
    </article>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
