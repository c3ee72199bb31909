// The French messages of the imports (SPEC §7.1), in one place so that tests and screens agree.

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Beyond this the preview is unreadable and the all-or-nothing transaction too long: split the file. */
export const MAX_IMPORT_ROWS = 2_000;
/** An xlsx of 5 MB holds far less than this once inflated; more is a zip bomb, not a spreadsheet. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;

export const IMPORT_MESSAGES = {
  empty: 'Le fichier est vide.',
  tooLarge: 'Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.',
  refused: "Ce fichier n'est pas accepté : formats autorisés XLSX (Excel) et CSV.",
  oldExcel: 'Ancien format Excel (.xls) : enregistrez le fichier au format .xlsx ou .csv.',
  unreadable: "Le fichier n'a pas pu être lu : vérifiez qu'il s'agit bien d'un classeur .xlsx ou d'un fichier .csv.",
  tooManyRows: `Le fichier contient plus de ${MAX_IMPORT_ROWS.toLocaleString('fr-FR')} lignes : découpez-le en plusieurs fichiers.`,
  noRows: "Le fichier ne contient aucune ligne à importer sous la ligne d'en-têtes.",
  missingColumns: (labels: string[]) => `Colonnes introuvables : ${labels.map((label) => `« ${label} »`).join(', ')}. La première ligne du tableau doit contenir les en-têtes du modèle.`,
  changedSincePreview: "Le fichier n'est plus celui de l'aperçu : prévisualisez-le à nouveau avant d'importer.",
  concurrentCreation: 'Un compte a été créé entre-temps avec une adresse du fichier : prévisualisez à nouveau.',
  existingAccount: 'Déjà importé / compte existant : aucune création pour cette ligne.',
  otherRegion: (arsName: string) => `Ligne de l'${arsName} : seule cette ARS ou le CCS peut l'importer.`,
  otherRegionEstablishment: (arsName: string) => `Ce FINESS est déjà enregistré pour l'${arsName} : seule cette ARS ou le CCS peut y rattacher des comptes.`,
  duplicateLine: (line: number) => `Doublon de la ligne ${line} : ligne ignorée.`,
  duplicateEmail: (line: number) => `Courriel déjà présent à la ligne ${line} : un courriel correspond à un seul compte.`,
  sameAccount: (line: number) => `Même compte que la ligne ${line} : il sera aussi rattaché à cet établissement.`,
  existingEstablishment: 'Établissement déjà enregistré : le compte y sera rattaché.',
  establishmentFromLine: (line: number) => `Établissement créé par la ligne ${line}.`,
  newEstablishment: 'Nouvel établissement.',
  siretKept: (siret: string) => `SIRET : l'établissement est déjà enregistré avec le SIRET ${siret}, qui est conservé.`,
  siretOfLine: (line: number, siret: string) => `SIRET : celui de la ligne ${line} (${siret}) est retenu pour cet établissement.`,
} as const;
