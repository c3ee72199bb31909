import { checkPasswordRules, passwordSchema, passwordStrength, setPasswordSchema } from '@/lib/validation/password';
import { isCommonPassword } from '@/lib/validation/common-passwords';

describe('password policy (SPEC §4, §14)', () => {
  it('accepts a password meeting every rule', () => {
    expect(passwordSchema.safeParse('Demo-Renfort-2026!').success).toBe(true);
  });

  it.each([
    ['too short', 'Ab1!ab1!ab1', 'au moins 12 caractères'],
    ['no upper-case', 'demo-renfort-2026!', 'au moins 1 majuscule'],
    ['no lower-case', 'DEMO-RENFORT-2026!', 'au moins 1 minuscule'],
    ['no digit', 'Demo-Renfort-deux!', 'au moins 1 chiffre'],
    ['no special character', 'DemoRenfort2026x', 'au moins 1 caractère spécial'],
  ])('refuses a password with %s', (_case, password, missing) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(missing);
  });

  it('refuses more than 128 characters but accepts 128', () => {
    const longest = 'Renfort-Crise-2026!'.padEnd(128, 'Solide-Et-Long-42');
    expect(longest).toHaveLength(128);
    expect(passwordSchema.safeParse(longest).success).toBe(true);
    expect(passwordSchema.safeParse(`${longest}x`).success).toBe(false);
  });

  it('refuses common passwords dressed up to meet the rules', () => {
    expect(isCommonPassword('Motdepasse2024!')).toBe(true);
    expect(isCommonPassword('Azertyuiop123$')).toBe(true);
    expect(isCommonPassword('Password!!!!12')).toBe(true);
    expect(passwordSchema.safeParse('Azertyuiop123$').error?.issues[0]?.message).toContain('trop courant');
    expect(isCommonPassword('Demo-Renfort-2026!')).toBe(false);
  });

  it('ticks the live rules one by one', () => {
    const rules = Object.fromEntries(checkPasswordRules('abcD1').map((rule) => [rule.id, rule.ok]));
    expect(rules).toEqual({ length: false, upper: true, lower: true, digit: true, special: false });
  });

  it('scores strength: weak for short or common, strong for long and varied', () => {
    expect(passwordStrength('')).toBe(0);
    expect(passwordStrength('Azertyuiop123$')).toBe(0);
    expect(passwordStrength('abc')).toBe(0);
    expect(passwordStrength('Demo-Renfort-2026!')).toBe(3);
    expect(passwordStrength('Un-Renfort-Solide-Pour-2026!')).toBe(4);
  });

  it('requires the confirmation to match', () => {
    const result = setPasswordSchema.safeParse({ token: 'x'.repeat(43), password: 'Demo-Renfort-2026!', confirmation: 'Demo-Renfort-2027!' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['confirmation']);
  });
});
