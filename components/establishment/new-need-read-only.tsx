import { FormSection } from '@/components/professional/form-section';
import { TextField } from '@/components/ui/text-field';
import { getFinessCategory } from '@/lib/reference/finess-categories';
import { getRegion } from '@/lib/reference/regions';
import type { NewNeedContext, NewNeedEstablishment } from '@/lib/missions/new-need';

// The shapes « Nouveau besoin » reads (lib/missions/new-need); type-only, so nothing server-side reaches the client.
export type NewNeedRequester = NewNeedContext['requester'];
export type NewNeedEstablishmentInfo = NewNeedEstablishment;

/** A pre-filled field the user cannot change (SPEC §6.3): still a labelled input, read-only. */
function ReadOnly({ label, value, id, wide = false }: { label: string; value: string; id: string; wide?: boolean }) {
  return <TextField label={label} id={id} value={value} readOnly className={`[&_input]:bg-gray-50 [&_input]:text-muted ${wide ? 'sm:col-span-2' : ''}`} />;
}

/** « Information du demandeur »: the signed-in account, as the ARS validated it. */
export function RequesterSection({ requester }: { requester: NewNeedRequester }) {
  return (
    <FormSection id="requester" title="Information du demandeur">
      <div className="grid gap-4 sm:grid-cols-2">
        <ReadOnly label="Nom" id="requester-lastName" value={requester.lastName} />
        <ReadOnly label="Prénom" id="requester-firstName" value={requester.firstName} />
        <ReadOnly label="Courriel" id="requester-email" value={requester.email} />
        <ReadOnly label="Téléphone" id="requester-phone" value={requester.phone ?? ''} />
      </div>
    </FormSection>
  );
}

/** The chosen establishment's identity, read-only (changed only by the ARS). */
export function EstablishmentDetails({ establishment }: { establishment: NewNeedEstablishmentInfo }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <ReadOnly wide label="Catégorie établissement" id="establishment-category" value={getFinessCategory(establishment.category)?.label ?? establishment.category} />
      {establishment.finess ? (
        <ReadOnly label="N° FINESS géographique" id="establishment-finess" value={establishment.finess} />
      ) : (
        <ReadOnly label="GID" id="establishment-gid" value={establishment.gid ?? ''} />
      )}
      <ReadOnly label="Nom établissement" id="establishment-name" value={establishment.name} />
      <ReadOnly label="Adresse" id="establishment-address" value={establishment.address} />
      <ReadOnly label="Code postal" id="establishment-postalCode" value={establishment.postalCode} />
      <ReadOnly label="Ville" id="establishment-city" value={establishment.city} />
      <ReadOnly label="Région de rattachement" id="establishment-region" value={getRegion(establishment.regionCode)?.name ?? establishment.regionCode} />
    </div>
  );
}
