'use client';

import { FileField } from '@/components/ui/file-field';
import { FormSection } from '@/components/professional/form-section';
import { ACCEPTED_UPLOAD_TYPES } from '@/lib/storage/upload-rules';
import type { useSignUpFiles } from './use-sign-up-files';

const HINT = 'Facultatif. PDF, DOC, DOCX, JPG ou PNG, 5 Mo au plus.';

/** « Pièce d'identité » and « Diplôme » (SPEC §5.1), optional. */
export function DocumentsSection({ uploads }: { uploads: ReturnType<typeof useSignUpFiles> }) {
  return (
    <FormSection id="pieces" title="Pièces justificatives">
      <FileField
        label="Pièce d'identité"
        id="identityDocument"
        name="identityDocument"
        accept={ACCEPTED_UPLOAD_TYPES}
        hint={HINT}
        file={uploads.files.identityDocument}
        error={uploads.errors.identityDocument}
        ref={uploads.bindInput('identityDocument')}
        onChange={(event) => uploads.choose('identityDocument', event.target.files?.[0] ?? null)}
        onClear={() => uploads.clear('identityDocument')}
      />
      <FileField
        label="Diplôme"
        id="diploma"
        name="diploma"
        accept={ACCEPTED_UPLOAD_TYPES}
        hint={HINT}
        file={uploads.files.diploma}
        error={uploads.errors.diploma}
        ref={uploads.bindInput('diploma')}
        onChange={(event) => uploads.choose('diploma', event.target.files?.[0] ?? null)}
        onClear={() => uploads.clear('diploma')}
      />
    </FormSection>
  );
}
