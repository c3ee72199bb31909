// Common French first and last names (INSEE frequency lists), for realistic demo data.
export const FIRST_NAMES = [
  'Marie', 'Jean', 'Camille', 'Nicolas', 'Julie', 'Thomas', 'Sophie', 'Pierre', 'Laura', 'Antoine',
  'Emma', 'Lucas', 'Chloé', 'Hugo', 'Léa', 'Louis', 'Manon', 'Gabriel', 'Sarah', 'Arthur', 'Inès',
  'Nathalie', 'Philippe', 'Isabelle', 'Christophe', 'Sandrine', 'Stéphane', 'Céline', 'Olivier',
  'Aurélie', 'Mathieu', 'Élodie', 'Julien', 'Karima', 'Mehdi', 'Fatou', 'Yann', 'Nadia', 'Rémi',
  'Margaux', 'Baptiste', 'Anaïs', 'Florian', 'Pauline', 'Kevin', 'Amandine', 'Bruno', 'Valérie',
] as const;

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guerin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Benali', 'Nguyen', 'Diallo', 'Hoarau', 'Payet', 'Rivière', 'Castel', 'Ollivier', 'Le Gall', 'Quéré',
] as const;
