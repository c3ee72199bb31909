import { getRegion } from '@/lib/reference/regions';

// An audit row's details (JSON written by each writeAudit caller) as one short French line. Secrets never
// show: no caller writes a password hash or a token today, but a key that names one is dropped whatever
// its value, and so is the IP address of sign-in rows (personal data an ARS has no use for, decision 026).

const HIDDEN_KEY = /password|hash|token|secret|^ip$/i;

const KEY_LABELS: Readonly<Record<string, string>> = {
  reason: 'Motif',
  regionCode: 'Région',
  category: 'Catégorie',
  missions: 'Missions',
  email: 'Adresse saisie',
  status: 'Statut',
  format: 'Format',
  kind: 'Type',
  count: 'Nombre',
  documents: 'Documents',
  from: 'Avant',
  to: 'Après',
  delayHours: 'Délai (h)',
  procedure: 'Procédure',
  number: 'Numéro',
  lines: 'Lignes',
  failures: 'Échecs',
  retryInSeconds: 'Attente (s)',
  batchSize: 'Missions créées',
  withdrawnProposals: 'Propositions retirées',
  releasedReservations: 'Réservations libérées',
  joinedExisting: 'Établissement existant',
  available: 'Disponible',
  checkin: 'Réponse à la relance',
  allProfessions: 'Toutes professions',
  professionCodes: 'Professions',
  missionId: 'Mission',
  professionalId: 'Bénévole',
  establishmentId: 'Établissement',
  userId: 'Compte',
  requestId: 'Demande',
  deletedUserId: 'Compte supprimé',
};

const MAX_TEXT = 80;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function valueText(key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (key === 'regionCode') return getRegion(value)?.name ?? value;
    // An id is for copying into the target filter, not for reading: its first characters suffice here.
    if (UUID.test(value)) return `${value.slice(0, 8)}…`;
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String);
    if (items.length === 0) return value.length > 0 ? String(value.length) : null;
    return items.length > 5 ? `${items.slice(0, 5).join(', ')}…` : items.join(', ');
  }
  return null; // nested objects: too long for a line
}

/** `Motif : Poste pourvu · Propositions retirées : 2`, or '' when nothing is worth showing. */
export function summariseDetails(details: unknown): string {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (HIDDEN_KEY.test(key)) continue;
    const text = valueText(key, value);
    if (text !== null && text !== '') parts.push(`${Object.hasOwn(KEY_LABELS, key) ? KEY_LABELS[key] : key} : ${text}`);
  }
  return parts.join(' · ');
}
