import Link from 'next/link';
import { PageTitle } from '@/components/ui/page-title';
import { CandidateSheet } from '@/components/establishment/candidate-sheet';
import type { VolunteerSheet } from '@/lib/professionals/regulator-sheet';
import { VolunteerCandidacies } from '@/components/regulation/volunteer-candidacies';

/** The body of `/ars/benevoles/[id]` and `/ccs/benevoles/[id]`: the sheet an establishment sees, and where the volunteer is engaged. */
export function VolunteerSheetPage({ base, found }: { base: '/ars' | '/ccs'; found: VolunteerSheet }) {
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <p>
        <Link href={`${base}/benevoles`} className="text-brand underline">
          Retour aux bénévoles
        </Link>
      </p>
      <PageTitle lead="Fiche du bénévole : coordonnées, profession, disponibilités, documents et candidatures.">
        {found.sheet.firstName} {found.sheet.lastName}
      </PageTitle>
      <CandidateSheet sheet={found.sheet} />
      <VolunteerCandidacies rows={found.candidacies} base={base} />
    </div>
  );
}
