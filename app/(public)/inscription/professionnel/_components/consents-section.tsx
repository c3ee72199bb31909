import Link from 'next/link';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { FormSection } from '@/components/professional/form-section';
import type { ProfessionalSignUpInput } from '@/lib/validation/professional';

/** Consent to the terms and to the processing of personal data (SPEC §5.1), both required. */
export function ConsentsSection({ register, errors }: { register: UseFormRegister<ProfessionalSignUpInput>; errors: FieldErrors<ProfessionalSignUpInput> }) {
  return (
    <FormSection id="consentements" title="Consentements">
      <p className="text-sm">
        Lisez les{' '}
        <Link href="/mentions-legales" target="_blank" className="text-brand underline">
          conditions d&apos;utilisation et la politique de données personnelles (nouvel onglet)
        </Link>
        .
      </p>
      <CheckboxField
        label="J'accepte les conditions d'utilisation de Renfort RH Crise*"
        required
        error={errors.termsAccepted?.message}
        {...register('termsAccepted')}
      />
      <CheckboxField
        label="J'accepte le traitement de mes données personnelles pour l'organisation des renforts*"
        required
        error={errors.dataConsent?.message}
        {...register('dataConsent')}
      />
    </FormSection>
  );
}
