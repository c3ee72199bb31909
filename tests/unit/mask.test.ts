import { maskEmail, phoneEnding } from '@/lib/mail/mask';

describe('maskEmail', () => {
  it('keeps the first letter and the domain only', () => {
    expect(maskEmail('nathalie.martin@exemple.fr')).toBe('n***@exemple.fr');
    expect(maskEmail('Lucie.Bonnet+rpps@sous.domaine.fr')).toBe('L***@sous.domaine.fr');
  });

  it('shows nothing of a one-letter name, and hides the length of any name', () => {
    expect(maskEmail('n@exemple.fr')).toBe('***@exemple.fr');
    expect(maskEmail('no@exemple.fr')).toBe('n***@exemple.fr');
    expect(maskEmail('nathalie-marie-dupont@exemple.fr')).toBe('n***@exemple.fr');
  });

  it('masks what is not an address as a whole', () => {
    expect(maskEmail('pas-une-adresse')).toBe('p***');
  });
});

describe('phoneEnding', () => {
  it('gives the last two digits of a stored or typed number', () => {
    expect(phoneEnding('+33611223344')).toBe('44');
    expect(phoneEnding('06 11 22 33 45')).toBe('45');
  });
});
