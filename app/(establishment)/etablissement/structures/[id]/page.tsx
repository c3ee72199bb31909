import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getEstablishmentForActor } from '@/lib/establishments/detail';

export const metadata: Metadata = { title: 'Établissement' };

export default async function EstablishmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAreaActor('ESTABLISHMENT');
  const { id } = await params;
  const establishment = await getEstablishmentForActor(actor, id);
  if (!establishment) notFound();
  return (
    <div className="space-y-4">
      <PageTitle lead={establishment.category}>{establishment.name}</PageTitle>
      <dl className="grid gap-2 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{establishment.finess ? 'N° FINESS géographique' : 'GID'}</dt>
        <dd data-testid="establishment-identifier">{establishment.finess ?? establishment.gid}</dd>
        <dt className="font-medium">Adresse</dt>
        <dd>
          {establishment.address}, {establishment.postalCode} {establishment.city}
        </dd>
        <dt className="font-medium">Région de rattachement</dt>
        <dd>{establishment.regionName}</dd>
        <dt className="font-medium">Missions ouvertes</dt>
        <dd>{establishment.openMissions}</dd>
        <dt className="font-medium">Comptes rattachés</dt>
        <dd>
          <ul>
            {establishment.accounts.map((account) => (
              <li key={account.email}>
                {account.firstName} {account.lastName} ({account.email})
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </div>
  );
}
