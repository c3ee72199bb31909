// The publisher and data controller named by the legal notice and the privacy notice (SPEC §15): the
// ministry's crisis centre that launched the platform (seed 003, instruction MINSANTE n° 132 of 10/07/2020).

export const PUBLISHER = {
  name: 'Ministère chargé de la santé — Direction générale de la santé (DGS), Centre de crise sanitaire (CCS)',
  address: '14 avenue Duquesne, 75350 Paris 07 SP',
  publicationDirector: 'Le directeur général de la santé',
} as const;

export const CNIL = {
  complaintUrl: 'https://www.cnil.fr/fr/adresser-une-plainte',
  address: 'Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07',
} as const;
