import 'server-only';
import { prisma } from '@/lib/db';
import type { Civility, PracticeMode, Sex } from '@/lib/generated/prisma/enums';
import { countryName } from '@/lib/rpps/shared/countries';
import { isIsoDay } from '@/lib/dates/days';
import { formatLongDay } from '@/lib/dates/format';
import { CIVILITY_LABELS, NOT_PROVIDED, PRACTICE_MODE_LABELS, SEX_LABELS } from '@/lib/rpps/shared/labels';
import { checkPhone, formatStoredPhone } from '@/lib/rpps/shared/phone-codes';
import { rppsProfessionLabel } from '@/lib/rpps/shared/professions';
import { rppsRoleLabel } from '@/lib/rpps/shared/roles';
import type { DraftValues } from '@/lib/validation/rpps';
import type { RecordChange, StoredRequestData } from './request-data';

// « Récapitulatif de l'enregistrement » (guide, image 10) and the content of update requests, as label /
// value rows. Values a draft does not have yet read « Non renseigné ».

export interface SummaryRow {
  label: string;
  value: string;
}

export interface SummarySection {
  title: string;
  rows: SummaryRow[];
}

const str = (values: DraftValues | undefined, key: string): string => {
  const value = values?.[key];
  return typeof value === 'string' ? value.trim() : '';
};
const orNone = (value: string | null | undefined) => value || NOT_PROVIDED;
const date = (value: string | null | undefined) => (value && isIsoDay(value) ? formatLongDay(value) : NOT_PROVIDED);
const label = <K extends string>(labels: Record<K, string>, value: string) => (value in labels ? labels[value as K] : NOT_PROVIDED);

async function establishmentLabel(id: string | null | undefined): Promise<string> {
  if (!id) return NOT_PROVIDED;
  const row = await prisma.establishment.findUnique({ where: { id }, select: { finess: true, siret: true, name: true } });
  return row ? `${row.finess ?? row.siret ?? ''} - ${row.name}` : NOT_PROVIDED;
}

function phoneOf(contact: DraftValues | undefined): string {
  const national = str(contact, 'mobilePhone');
  if (!national) return NOT_PROVIDED;
  const phone = checkPhone(str(contact, 'mobilePhoneCountry') || 'FR', national);
  return phone.ok ? formatStoredPhone(phone.e164) : national;
}

export async function describeRegistration(data: StoredRequestData): Promise<SummarySection[]> {
  const { civilStatus: civil, contact, situation } = data;
  const communeCode = str(civil, 'birthCommuneCode');
  const commune = str(civil, 'birthCommuneName');
  const firstNames = [str(civil, 'firstNames'), str(civil, 'secondFirstName'), str(civil, 'thirdFirstName')].filter(Boolean).join(', ');
  const country = str(civil, 'birthCountry');
  return [
    {
      title: 'État civil',
      rows: [
        { label: 'Civilité', value: label<Civility>(CIVILITY_LABELS, str(civil, 'civility')) },
        { label: 'Sexe', value: label<Sex>(SEX_LABELS, str(civil, 'sex')) },
        { label: 'Nom de naissance', value: orNone(str(civil, 'birthLastName')) },
        { label: "Nom d'usage", value: orNone(str(civil, 'usageLastName')) },
        { label: 'Prénoms', value: orNone(firstNames) },
        { label: 'Date de naissance', value: date(str(civil, 'birthDate')) },
        { label: 'Pays de naissance', value: country ? countryName(country) : NOT_PROVIDED },
        { label: 'Commune de naissance', value: commune ? (communeCode ? `${commune} (${communeCode})` : commune) : NOT_PROVIDED },
      ],
    },
    {
      title: 'Données de contact',
      rows: [
        { label: 'Adresse email', value: orNone(str(contact, 'email')) },
        { label: 'Téléphone mobile', value: phoneOf(contact) },
      ],
    },
    {
      title: 'Situation professionnelle',
      rows: [
        { label: "Nom d'exercice", value: orNone(str(situation, 'practiceLastName')) },
        { label: "Prénom d'exercice", value: orNone(str(situation, 'practiceFirstName')) },
        { label: 'Établissement', value: await establishmentLabel(str(situation, 'establishmentId')) },
        { label: 'Date de prise de fonction', value: date(str(situation, 'startDate')) },
        { label: 'Date de fin de fonction', value: date(str(situation, 'endDate')) },
        { label: 'Profession', value: str(situation, 'professionCode') ? rppsProfessionLabel(str(situation, 'professionCode')) : NOT_PROVIDED },
        { label: 'Rôle', value: str(situation, 'role') ? rppsRoleLabel(str(situation, 'role')) : NOT_PROVIDED },
        { label: "Mode d'exercice", value: label<PracticeMode>(PRACTICE_MODE_LABELS, str(situation, 'practiceMode')) },
      ],
    },
  ];
}

const arrow = (before: string | null, after: string | null) => `${orNone(before)} → ${orNone(after)}`;

type ContactValues = { email: string; mobilePhone: string | null };

function contactChange(before: ContactValues, after: ContactValues): SummarySection {
  return {
    title: 'Données de contact',
    rows: [
      { label: 'Adresse email', value: arrow(before.email, after.email) },
      {
        label: 'Téléphone mobile',
        value: arrow(before.mobilePhone && formatStoredPhone(before.mobilePhone), after.mobilePhone && formatStoredPhone(after.mobilePhone)),
      },
    ],
  };
}

type SituationValues = Extract<RecordChange, { kind: 'ADD_SITUATION' }>['situation'];

async function situationRows(situation: SituationValues): Promise<SummaryRow[]> {
  return [
    { label: 'Établissement', value: await establishmentLabel(situation.establishmentId) },
    { label: 'Date de prise de fonction', value: date(situation.startDate) },
    { label: 'Date de fin de fonction', value: date(situation.endDate) },
    { label: 'Profession', value: rppsProfessionLabel(situation.professionCode) },
    { label: 'Rôle', value: rppsRoleLabel(situation.role) },
    { label: "Mode d'exercice", value: situation.practiceMode ? PRACTICE_MODE_LABELS[situation.practiceMode] : NOT_PROVIDED },
  ];
}

/**
 * What an update request changed. `establishmentId` is the request's: for a closing, the situation's
 * own establishment, still shown once a later cancellation has removed the situation.
 */
export async function describeChange(change: RecordChange, establishmentId: string): Promise<SummarySection[]> {
  switch (change.kind) {
    case 'CONTACT':
      return [contactChange(change.before, change.after)];
    case 'PRACTICE_NAME':
      return [
        {
          title: 'Situation professionnelle',
          rows: [
            { label: "Nom d'exercice", value: arrow(change.before.practiceLastName, change.after.practiceLastName) },
            { label: "Prénom d'exercice", value: arrow(change.before.practiceFirstName, change.after.practiceFirstName) },
          ],
        },
      ];
    case 'CLOSE_SITUATION': {
      const situation = await prisma.practiceSituation.findUnique({ where: { id: change.situationId }, select: { establishmentId: true } });
      return [
        {
          title: "Fermeture de la situation d'exercice",
          rows: [
            { label: 'Établissement', value: await establishmentLabel(situation?.establishmentId ?? establishmentId) },
            { label: 'Date de fin de fonction', value: date(change.endDate) },
          ],
        },
      ];
    }
    case 'ADD_SITUATION':
      return [{ title: "Nouvelle situation d'exercice", rows: await situationRows(change.situation) }];
    case 'CANCEL_SITUATION':
      return [
        {
          title: "Annulation de la situation d'exercice",
          rows: [...(await situationRows(change.situation)), { label: "Motif de l'annulation", value: change.reason }],
        },
        ...(change.contact ? [contactChange(change.contact.before, change.contact.after)] : []),
      ];
  }
}
