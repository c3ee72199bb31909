"use client";

import { useWatch } from "react-hook-form";
import { RadioGroupField } from "@/components/ui/radio-group-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  CERTIFIED_HINT,
  type RecordFormBindings,
} from "@/components/professional/record-form-bindings";
import {
  ACTIVITY_TYPE_CODES,
  ACTIVITY_TYPE_LABELS,
} from "@/lib/reference/activity-types";
import {
  IDENTIFIER_TYPE_CODES,
  IDENTIFIER_TYPE_LABELS,
} from "@/lib/reference/identifier-types";
import {
  MEDICAL_SPECIALITY_CODES,
  MEDICAL_SPECIALITY_LABELS,
} from "@/lib/reference/medical-specialities";
import { PROFESSIONS, getProfession } from "@/lib/reference/professions";

const PROFESSION_OPTIONS = PROFESSIONS.map((profession) => ({
  value: profession.code,
  label: profession.label,
}));
const SPECIALITY_OPTIONS = MEDICAL_SPECIALITY_CODES.map((code) => ({
  value: code,
  label: MEDICAL_SPECIALITY_LABELS[code],
}));
const ACTIVITY_OPTIONS = ACTIVITY_TYPE_CODES.map((code) => ({
  value: code,
  label: ACTIVITY_TYPE_LABELS[code],
}));
const IDENTIFIER_OPTIONS = IDENTIFIER_TYPE_CODES.map((code) => ({
  value: code,
  label: IDENTIFIER_TYPE_LABELS[code],
}));

const IDENTIFIER_HINTS = {
  RPPS: "Les 11 chiffres de votre numéro RPPS.",
  ADELI: "Les 9 chiffres de votre numéro ADELI.",
} as const;

/** « Profession* », « Spécialité » (doctors), « Type d'activité* », identifier and « Employeur ». */
export function ProfessionFields({
  register,
  control,
  errors,
  certified,
}: RecordFormBindings) {
  const [professionCode, identifierType] = useWatch({
    control,
    name: ["professionCode", "identifierType"],
  });
  const certifiedProfessions = certified?.professions ?? [];
  const hasSpecialities = professionCode
    ? (getProfession(professionCode)?.hasSpecialities ?? false)
    : false;

  return (
    <>
      {certifiedProfessions.length === 1 ? (
        // The value is the form's (set from what PSC certified); the server takes it from PSC again.
        <TextField
          label="Profession*"
          readOnly
          value={getProfession(certifiedProfessions[0]!)?.label ?? ""}
          hint={CERTIFIED_HINT}
          id="professionCode"
        />
      ) : (
        <SelectField
          label="Profession*"
          options={
            certifiedProfessions.length > 1
              ? PROFESSION_OPTIONS.filter((option) => certifiedProfessions.includes(option.value))
              : PROFESSION_OPTIONS
          }
          placeholder="Choisissez une profession"
          required
          hint={
            certifiedProfessions.length > 1
              ? `${CERTIFIED_HINT} Précisez votre spécialisation s’il y a lieu.`
              : "La profession que vous exercez ou que vous étudiez. Autorisé(e) à vacciner sans trouver votre profession : « Profession éligible pour vacciner »."
          }
          error={errors.professionCode?.message}
          {...register("professionCode")}
        />
      )}
      {hasSpecialities ? (
        <SelectField
          label="Spécialité"
          options={SPECIALITY_OPTIONS}
          placeholder="Aucune spécialité précisée"
          error={errors.speciality?.message}
          {...register("speciality")}
        />
      ) : null}
      <SelectField
        label="Type d'activité*"
        options={ACTIVITY_OPTIONS}
        placeholder="Choisissez un type d'activité"
        required
        hint="Étudiants : choisissez « Étudiant » ici et votre filière dans « Profession »."
        error={errors.activityType?.message}
        {...register("activityType")}
      />
      {certified?.identifier ? (
        <TextField
          label="Type d'identifiant*"
          readOnly
          value={IDENTIFIER_TYPE_LABELS.RPPS}
          hint={CERTIFIED_HINT}
          id="identifierType"
        />
      ) : (
        <RadioGroupField
          legend="Type d'identifiant*"
          options={IDENTIFIER_OPTIONS}
          inline
          required
          error={errors.identifierType?.message}
          {...register("identifierType")}
        />
      )}
      {identifierType === "RPPS" || identifierType === "ADELI" ? (
        <TextField
          label="Numéro d'identifiant"
          inputMode="numeric"
          autoComplete="off"
          required
          readOnly={certified?.identifier}
          hint={
            certified?.identifier
              ? CERTIFIED_HINT
              : IDENTIFIER_HINTS[identifierType]
          }
          error={errors.identifierNumber?.message}
          {...register("identifierNumber")}
        />
      ) : null}
      <TextField
        label="Employeur"
        autoComplete="organization"
        hint="Votre employeur actuel, ou le dernier si vous êtes retraité(e) ou sans emploi."
        error={errors.employer?.message}
        {...register("employer")}
      />
    </>
  );
}
