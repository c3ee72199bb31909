import type { FieldError, FieldErrors } from 'react-hook-form';
import type { MissionsFormValues } from '@/components/missions/missions-form-bindings';

type Touched = { missions?: (Partial<Record<string, boolean>> | undefined)[] };
type Loose = Record<string, unknown>;

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/**
 * react-hook-form validates the whole `missions` list after « Ajouter une mission » or « Supprimer »
 * (useFieldArray's effect, in every mode but onBlur/onSubmit), which would flag every empty field of a
 * mission the user has not even reached — and leave a stale message on a select that was changed without
 * being left. Shown instead: the errors of fields the user has left, those the server sent, and all of
 * them once the user asked (« Valider » or « Voir les champs à compléter »). `isValid`, which drives
 * « Valider », is untouched.
 */
export function visibleMissionErrors(errors: FieldErrors<MissionsFormValues>, touched: Touched, showAll: boolean): FieldErrors<MissionsFormValues> {
  const list = errors.missions;
  if (showAll || !list) return errors;
  const filtered: Loose = {};
  for (const [key, value] of Object.entries(list as Loose)) {
    const index = Number(key);
    if (Number.isNaN(index) || typeof value !== 'object' || value === null) {
      filtered[key] = value; // the list's own message (« Ajoutez au moins une mission. »)
      continue;
    }
    const fields: Loose = {};
    for (const [field, error] of Object.entries(value as Loose)) {
      if (isFieldError(error) && (error.type === 'server' || touched.missions?.[index]?.[field])) fields[field] = error;
    }
    if (Object.keys(fields).length > 0) filtered[key] = fields;
  }
  // Same shape as react-hook-form's (an array-like keyed by index, plus root/message): a plain object
  // read through `errors.missions?.[index]?.field`, which is all the mission fields do.
  return { ...errors, missions: filtered as FieldErrors<MissionsFormValues>['missions'] };
}
