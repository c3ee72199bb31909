import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/ui/page-title';
import { requireAreaActor } from '@/lib/auth/session';
import { getRecordView } from '@/lib/rpps/records';
import { phoneCountryOptions } from '@/lib/rpps/shared/phone-codes';
import { ContactForm } from '../../_components/contact-form';

export const metadata: Metadata = { title: 'Modifier les données de contact' };

export default async function ContactPage({ params }: { params: Promise<{ rppsNumber: string }> }) {
  const actor = await requireAreaActor('RPPS_MANAGER');
  const record = await getRecordView(actor, (await params).rppsNumber);
  if (!record) notFound();
  return (
    <div className="space-y-4">
      <PageTitle
        lead={`${record.practiceFirstName} ${record.practiceLastName} — RPPS : ${record.rppsNumber}. Ces données restent confidentielles : elles servent à informer le professionnel et à activer sa e-CPS.`}
      >
        Modifier les données de contact
      </PageTitle>
      <ContactForm
        defaults={{
          rppsNumber: record.rppsNumber,
          email: record.contact.email,
          mobilePhoneCountry: record.contact.phoneCountry,
          mobilePhone: record.contact.phoneNational,
        }}
        phoneCountries={phoneCountryOptions()}
      />
    </div>
  );
}
