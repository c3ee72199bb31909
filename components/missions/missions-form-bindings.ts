import type { Control, FieldErrors, UseFormRegister, UseFormReturn } from 'react-hook-form';
import type { MissionInput } from '@/lib/validation/mission';
import { visibleMissionErrors } from '@/components/missions/visible-mission-errors';

/** Any form whose values hold a `missions` list of missionSchema inputs (account request, « Nouveau besoin »). */
export interface MissionsFormValues {
  missions: MissionInput[];
}

/** What the mission fields need from such a form, typed against the `missions` list alone. */
export interface MissionsFormBindings {
  register: UseFormRegister<MissionsFormValues>;
  control: Control<MissionsFormValues>;
  errors: FieldErrors<MissionsFormValues>;
}

/**
 * The bindings of a wider form (e.g. the account request adds the requester and the establishment).
 * react-hook-form's types are invariant in the form values, so a wider form is not assignable as such;
 * the mission fields only use `missions.*` names, which exist with the same types in every such form,
 * which makes this one cast sound. Call it during render (reading formState subscribes to what it reads).
 * The errors are those a user should see (visible-mission-errors.ts), in every form with missions.
 */
export function missionsFormBindings<Values extends MissionsFormValues, Context, Output>(
  form: Pick<UseFormReturn<Values, Context, Output>, 'register' | 'control' | 'formState'>,
): MissionsFormBindings {
  const { errors, touchedFields, submitCount } = form.formState;
  return {
    register: form.register as unknown as MissionsFormBindings['register'],
    control: form.control as unknown as MissionsFormBindings['control'],
    errors: visibleMissionErrors(errors as FieldErrors<MissionsFormValues>, touchedFields, submitCount > 0),
  };
}

/**
 * A new, empty mission. The profession is empty until chosen, whatever the type says: the select then
 * shows its placeholder, and the schema refuses the empty value with its French message.
 */
export function emptyMission(): MissionInput {
  return {
    startDate: '',
    endDate: '',
    professionCode: '' as MissionInput['professionCode'],
    speciality: '',
    requestedCount: 1,
    details: '',
    needsVehicle: false,
    needsWeekend: false,
    needsEhpadExperience: false,
    needsIcuExperience: false,
    vaccinationSupport: false,
  };
}
