// The columns of the two import files, with the header texts each one is recognised by (compared
// without accents, case or punctuation). Client-safe: the imports page documents them from here, and
// the sample files of public/modeles/ use the first header of each column.

export const IMPORT_KINDS = ['etablissements', 'benevoles'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ColumnSpec<Field extends string = string> {
  field: Field;
  /** The header of the model file, shown in messages: « Colonne « e-mail » : … ». */
  label: string;
  /** Other headers accepted for the same column. */
  aliases: readonly string[];
  required: boolean;
  /** What the agency may write there, for the documentation table. */
  help: string;
}

/**
 * Annexe 2 of the ministerial instruction of 10 July 2020 (MINSANTE n°132), first sheet, columns A to K,
 * then « SIRET », which the Annexe has not: optional, so that its model files stay the ministry's.
 */
export const ESTABLISHMENT_COLUMNS = [
  { field: 'ars', label: 'ARS de rattachement', aliases: ['ARS', 'Région de rattachement', 'Région'], required: true, help: 'Nom de l’ARS, comme dans la deuxième feuille de l’Annexe 2 (« 14-ARS Occitanie », « ARS Occitanie » ou « Occitanie »), ou son numéro dans cette feuille (« 14 » pour l’ARS Occitanie, de 1 à 18).' },
  { field: 'finess', label: 'Finess géographique', aliases: ['FINESS', 'N° FINESS géographique', 'Numéro FINESS', 'GID'], required: true, help: '9 caractères ; un numéro de 8 chiffres (zéro initial perdu par le tableur) est complété. GID pour un centre de vaccination.' },
  { field: 'establishmentName', label: 'nom établissement', aliases: ['Nom de l’établissement', "Nom de l'etablissement", 'Etablissement'], required: true, help: '200 caractères au plus.' },
  { field: 'category', label: 'Type établissement', aliases: ['Catégorie établissement', 'Catégorie', 'Type'], required: true, help: 'Une valeur de la deuxième feuille de l’Annexe 2 (« 1-Établissements relevant de la loi hospitalière »… ou son numéro), ou « Centre de vaccination ».' },
  { field: 'address', label: 'adresse', aliases: [], required: true, help: '200 caractères au plus.' },
  { field: 'postalCode', label: 'CP', aliases: ['Code postal'], required: true, help: '5 chiffres (un code de 4 chiffres est complété d’un zéro).' },
  { field: 'city', label: 'ville', aliases: [], required: true, help: '' },
  { field: 'lastName', label: 'nom', aliases: ['Nom du contact'], required: true, help: 'Nom de la personne titulaire du compte.' },
  { field: 'firstName', label: 'prenom', aliases: ['Prénom du contact'], required: true, help: '' },
  { field: 'email', label: 'e-mail', aliases: ['email', 'mail', 'courriel', 'adresse mail', 'adresse email'], required: true, help: 'L’identifiant du compte. Une même adresse sur plusieurs lignes donne un seul compte rattaché à plusieurs établissements.' },
  { field: 'phone', label: 'telephone', aliases: ['tel', 'téléphone du contact'], required: true, help: '10 chiffres, ou +indicatif.' },
  { field: 'siret', label: 'SIRET', aliases: ['N° SIRET', 'Numéro SIRET', 'SIRET établissement', 'SIRET de l’établissement'], required: false, help: 'Facultatif, hors Annexe 2. 14 chiffres (espaces acceptés). Utile aux gestionnaires RPPS+ pour retrouver un établissement sans FINESS ; un établissement déjà enregistré avec un autre SIRET garde le sien.' },
] as const satisfies readonly ColumnSpec[];

export type EstablishmentField = (typeof ESTABLISHMENT_COLUMNS)[number]['field'];

/** Volunteers registered elsewhere (e.g. the ministry's previous platform): the fields of the sign-up form. */
export const VOLUNTEER_COLUMNS = [
  { field: 'lastName', label: 'Nom', aliases: [], required: true, help: '' },
  { field: 'firstName', label: 'Prénom', aliases: ['Prenom'], required: true, help: '' },
  { field: 'email', label: 'Courriel', aliases: ['email', 'e-mail', 'mail', 'adresse mail'], required: true, help: 'L’identifiant du compte ; une adresse déjà connue n’est pas réimportée.' },
  { field: 'phone', label: 'Téléphone', aliases: ['tel'], required: true, help: '10 chiffres, ou +indicatif.' },
  { field: 'postalCode', label: 'Code postal', aliases: ['CP'], required: true, help: '5 chiffres.' },
  { field: 'city', label: 'Ville', aliases: [], required: true, help: '' },
  { field: 'region', label: 'Région', aliases: ['Région de mobilisation', 'ARS'], required: true, help: 'Région où la personne souhaite être mobilisée en priorité (« Occitanie » ou « ARS Occitanie »).' },
  { field: 'profession', label: 'Profession', aliases: [], required: true, help: 'Un libellé de la liste du formulaire d’inscription (« Infirmier (IDE) », « Aide-soignant »…).' },
  { field: 'speciality', label: 'Spécialité', aliases: ['Specialite'], required: false, help: 'Pour les médecins : un libellé de la liste (« Médecine générale »…).' },
  { field: 'activityType', label: "Type d'activité", aliases: ['Type activité'], required: true, help: 'Salarié, Libéral, Étudiant, Retraité, Sans emploi ou Autre.' },
  { field: 'identifierType', label: "Type d'identifiant", aliases: [], required: true, help: 'RPPS, ADELI ou Aucun.' },
  { field: 'identifierNumber', label: "Numéro d'identifiant", aliases: ['Identifiant', 'Numéro RPPS'], required: false, help: 'RPPS : 11 chiffres ; ADELI : 9 chiffres.' },
  { field: 'employer', label: 'Employeur', aliases: [], required: false, help: '' },
  { field: 'hasVehicle', label: 'Véhicule personnel', aliases: ['Véhicule'], required: false, help: 'oui / non (vide : non), comme les colonnes suivantes.' },
  { field: 'ehpadExperience', label: 'Expérience en EHPAD', aliases: ['EHPAD'], required: false, help: 'oui / non.' },
  { field: 'icuExperience', label: 'Expérience en réanimation', aliases: ['Réanimation'], required: false, help: 'oui / non.' },
  { field: 'vaccinationExperience', label: 'Expérience en vaccination', aliases: ['Vaccination'], required: false, help: 'oui / non.' },
  { field: 'availableWeekdays', label: 'Disponible en semaine', aliases: ['Semaine'], required: false, help: 'oui / non ; au moins une des deux disponibilités.' },
  { field: 'availableWeekends', label: 'Disponible le week-end', aliases: ['Week-end', 'Weekend'], required: false, help: 'oui / non.' },
  { field: 'mobilisation', label: 'Mobilisation', aliases: [], required: true, help: 'Locale, Départementale, Régionale ou Nationale.' },
  { field: 'startDate', label: 'Date de début', aliases: ['Début de disponibilité'], required: true, help: 'JJ/MM/AAAA : début de la période de disponibilité.' },
  { field: 'endDate', label: 'Date de fin', aliases: ['Fin de disponibilité'], required: false, help: 'JJ/MM/AAAA ; vide : sans date de fin.' },
  { field: 'comment', label: 'Commentaire', aliases: ['Message'], required: false, help: '255 caractères au plus.' },
] as const satisfies readonly ColumnSpec[];

export type VolunteerField = (typeof VOLUNTEER_COLUMNS)[number]['field'];

export const MODEL_FILES: Record<ImportKind, { href: string; label: string }[]> = {
  etablissements: [
    { href: '/modeles/annexe2-comptes-etablissements.xlsx', label: 'Modèle Annexe 2 (.xlsx)' },
    { href: '/modeles/annexe2-comptes-etablissements.csv', label: 'Modèle Annexe 2 (.csv)' },
  ],
  benevoles: [{ href: '/modeles/benevoles.csv', label: 'Modèle bénévoles (.csv)' }],
};
