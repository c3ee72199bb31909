/**
 * @jest-environment node
 */
import { validateAdeli } from '@/lib/identifiers/adeli';
import { normaliseFiness, validateFiness } from '@/lib/identifiers/finess';
import { computeLuhnCheckDigit, isLuhnValid, luhnChecksum } from '@/lib/identifiers/luhn';
import { validateProfessionalIdentifier } from '@/lib/identifiers/professional-identifier';
import { generateRppsNumber, isDirectoryRppsNumber, validateRpps } from '@/lib/identifiers/rpps';
import { validateSiret } from '@/lib/identifiers/siret';
import { isUuid } from '@/lib/identifiers/uuid';
import { adeliSchema, finessSchema, rppsSchema, siretSchema } from '@/lib/identifiers/zod';

describe('luhn', () => {
  it('accepts the textbook example and rejects a one-digit change', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(luhnChecksum('79927398713')).toBe(0);
  });

  it('computes the check digit', () => {
    expect(computeLuhnCheckDigit('7992739871')).toBe('3');
    expect(computeLuhnCheckDigit('8000000001')).toBe('0');
    expect(computeLuhnCheckDigit('60010604')).toBe('1');
  });

  it('rejects anything but digits', () => {
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('7992 7398 713')).toBe(false);
    expect(() => computeLuhnCheckDigit('12a')).toThrow(TypeError);
  });
});

describe('FINESS', () => {
  it.each(['600106041', '010002350', '750526014', '970421038', '970211207'])('accepts %s', (finess) => {
    expect(validateFiness(finess)).toEqual({ ok: true, value: finess });
  });

  it('restores the leading zero a spreadsheet dropped, and strips spaces', () => {
    expect(normaliseFiness('10002350')).toBe('010002350');
    expect(validateFiness(' 10002350 ')).toEqual({ ok: true, value: '010002350' });
    expect(validateFiness('750 526 014')).toEqual({ ok: true, value: '750526014' });
  });

  it('checks only the format for Corsica', () => {
    expect(validateFiness('2A0000012')).toEqual({ ok: true, value: '2A0000012' });
    expect(validateFiness('2b1234567')).toEqual({ ok: true, value: '2B1234567' });
  });

  it.each([
    ['', 'REQUIRED'],
    ['   ', 'REQUIRED'],
    ['1234567', 'LENGTH'],
    ['7505260141', 'LENGTH'],
    ['75052601A', 'FORMAT'],
    ['2C0000012', 'FORMAT'],
    ['A10002350', 'FORMAT'],
    ['000000000', 'DEPARTMENT'],
    ['200000004', 'DEPARTMENT'],
    ['960000002', 'DEPARTMENT'],
    ['980000000', 'DEPARTMENT'],
    ['750526015', 'CHECKSUM'],
    ['600106042', 'CHECKSUM'],
    ['010002530', 'CHECKSUM'],
  ])('rejects "%s" (%s)', (finess, reason) => {
    const result = validateFiness(finess);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/numéro FINESS/);
    }
  });
});

describe('RPPS', () => {
  it('accepts any well-formed 11-digit number', () => {
    expect(validateRpps('10001234567')).toEqual({ ok: true, value: '10001234567' });
    expect(validateRpps(' 100 0123 4567 ')).toEqual({ ok: true, value: '10001234567' });
  });

  it.each([
    ['', 'REQUIRED'],
    ['1000123456', 'LENGTH'],
    ['100012345678', 'LENGTH'],
    ['1000123456a', 'FORMAT'],
  ])('rejects "%s" (%s)', (rpps, reason) => {
    const result = validateRpps(rpps);
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('generates 11-digit numbers with the directory prefix and a Luhn key', () => {
    expect(generateRppsNumber(1)).toBe('80000000010');
    expect(generateRppsNumber(123456789)).toBe(`8123456789${computeLuhnCheckDigit('8123456789')}`);
    expect(generateRppsNumber(BigInt(42))).toBe(generateRppsNumber(42));
    const generated = new Set<string>();
    for (let n = 1; n <= 5000; n += 1) {
      const rpps = generateRppsNumber(n);
      expect(rpps).toMatch(/^8\d{10}$/);
      expect(validateRpps(rpps).ok).toBe(true);
      generated.add(rpps);
    }
    expect(generated.size).toBe(5000);
  });

  it('refuses sequence values it cannot encode', () => {
    for (const bad of [0, -1, 1.5, 1_000_000_000, Number.NaN]) {
      expect(() => generateRppsNumber(bad)).toThrow(RangeError);
    }
  });

  it('recognises numbers the directory assigns, not national or mistyped ones', () => {
    expect(isDirectoryRppsNumber(generateRppsNumber(77))).toBe(true);
    expect(isDirectoryRppsNumber('80000000010')).toBe(true);
    expect(isDirectoryRppsNumber('80000000011')).toBe(false);
    // Luhn-valid but national range (prefix 1).
    expect(isDirectoryRppsNumber('10000000017')).toBe(false);
    expect(isDirectoryRppsNumber('8000000001')).toBe(false);
  });
});

describe('ADELI', () => {
  it('accepts 9 digits', () => {
    expect(validateAdeli('751234567')).toEqual({ ok: true, value: '751234567' });
  });

  it.each([
    ['', 'REQUIRED'],
    ['75123456', 'LENGTH'],
    ['7512345678', 'LENGTH'],
    ['75123456X', 'FORMAT'],
  ])('rejects "%s" (%s)', (adeli, reason) => {
    expect(validateAdeli(adeli)).toMatchObject({ ok: false, reason });
  });
});

describe('SIRET', () => {
  it('accepts a valid SIRET', () => {
    expect(validateSiret('73282932000074')).toEqual({ ok: true, value: '73282932000074' });
    expect(validateSiret('732 829 320 00074')).toEqual({ ok: true, value: '73282932000074' });
  });

  it('accepts La Poste establishments by digit sum, and its head office by Luhn', () => {
    expect(validateSiret('35600000000001').ok).toBe(true);
    expect(validateSiret('35600000000048').ok).toBe(true);
    expect(validateSiret('35600000000002')).toMatchObject({ ok: false, reason: 'CHECKSUM' });
  });

  it.each([
    ['', 'REQUIRED'],
    ['7328293200007', 'LENGTH'],
    ['7328293200007A', 'FORMAT'],
    ['73282932000075', 'CHECKSUM'],
    // The La Poste rule must not leak to other SIRENs: digit sum 15, Luhn invalid.
    ['35600000100000', 'CHECKSUM'],
  ])('rejects "%s" (%s)', (siret, reason) => {
    expect(validateSiret(siret)).toMatchObject({ ok: false, reason });
  });
});

describe('professional identifier', () => {
  it('follows the chosen type', () => {
    expect(validateProfessionalIdentifier('NONE', 'whatever')).toEqual({ ok: true, value: null });
    expect(validateProfessionalIdentifier('RPPS', '10001234567')).toEqual({ ok: true, value: '10001234567' });
    expect(validateProfessionalIdentifier('RPPS', '751234567').ok).toBe(false);
    expect(validateProfessionalIdentifier('ADELI', '751234567')).toEqual({ ok: true, value: '751234567' });
    expect(validateProfessionalIdentifier('ADELI', undefined)).toMatchObject({ ok: false, reason: 'REQUIRED' });
  });
});

describe('zod schemas', () => {
  it('output the normalised value', () => {
    expect(finessSchema.parse('10002350')).toBe('010002350');
    expect(rppsSchema.parse('10001234567')).toBe('10001234567');
    expect(adeliSchema.parse('751234567')).toBe('751234567');
    expect(siretSchema.parse('73282932000074')).toBe('73282932000074');
  });

  it('carry the French message', () => {
    const result = finessSchema.safeParse('12345');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Le numéro FINESS doit comporter 9 caractères.');
    expect(siretSchema.safeParse('73282932000075').error?.issues[0]?.message).toMatch(/SIRET/);
    expect(finessSchema.safeParse(undefined).error?.issues[0]?.message).toBe('Ce champ est obligatoire.');
  });
});

describe('isUuid', () => {
  it('accepts a row id and refuses anything a query should not see', () => {
    expect(isUuid('3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b')).toBe(true);
    expect(isUuid('3F2B8C1E-9A4D-4E6F-8B2A-1C3D5E7F9A0B')).toBe(true);
    for (const value of ['', 'not-a-uuid', '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0', "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b' OR '1'='1", ' 3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b']) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
