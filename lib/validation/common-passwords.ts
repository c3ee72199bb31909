// Passwords (and their stems) that appear at the top of every leaked-password list. Our rules already
// demand 12 mixed characters, so the check looks at the stem left once digits and symbols are removed:
// "Motdepasse2024!" and "Azertyuiop123$" are refused. Short and local on purpose: it runs in the browser
// for the strength meter as well as on the server.
const COMMON_STEMS = new Set([
  'password', 'passw', 'motdepasse', 'motdepass', 'azerty', 'azertyuiop', 'qwerty', 'qwertyuiop',
  'abcdef', 'abcdefgh', 'abc', 'bonjour', 'soleil', 'doudou', 'loulou', 'chouchou', 'marseille',
  'france', 'paris', 'iloveyou', 'jetaime', 'admin', 'administrateur', 'welcome', 'bienvenue',
  'letmein', 'monkey', 'dragon', 'football', 'baseball', 'master', 'sunshine', 'princess', 'starwars',
  'secret', 'changeme', 'test', 'azertyui', 'qwertz', 'hello', 'salut', 'coucou', 'nicolas', 'julien',
  'camille', 'thomas', 'chocolat', 'pokemon', 'superman', 'batman', 'trustno', 'whatever', 'freedom',
  'renfortrhcrise', 'renfort', 'santepubliquefrance', 'hopital', 'infirmier', 'infirmiere', 'medecin',
]);

export function isCommonPassword(password: string): boolean {
  const stem = password
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
  return stem.length === 0 || COMMON_STEMS.has(stem) || /^(.)\1+$/.test(stem);
}
