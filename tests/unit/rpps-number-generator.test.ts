import { isLuhnValid } from '@/lib/identifiers/luhn';
import { generateRppsNumber, isDirectoryRppsNumber, validateRpps } from '@/lib/identifiers/rpps';
import { formatRequestNumber } from '@/lib/rpps/request-number';
import { parisToday } from '@/lib/dates/days';

// Numbers of the built-in RPPS directory (SPEC §8): 11 digits, '8' + the sequence + a Luhn key; and
// request numbers « P + yyyymmdd + sequence ». Uniqueness under concurrency is proven on the real
// database (tests/integration/rpps-registration.test.ts); here, the arithmetic.

describe('generateRppsNumber', () => {
  it('builds 8 + the 9-digit sequence + a Luhn key', () => {
    expect(generateRppsNumber(1)).toBe('80000000010');
    expect(generateRppsNumber(123_456_789)).toMatch(/^8123456789\d$/);
    expect(generateRppsNumber(BigInt(42))).toBe(generateRppsNumber(42));
  });

  it('gives 11-digit numbers with a valid key that our directory recognises, all different', () => {
    const values = [1, 2, 9, 10, 99, 1000, 65_535, 999_999_999, ...Array.from({ length: 500 }, (_, index) => 1_000_000 + index * 7919)];
    const numbers = values.map((value) => generateRppsNumber(value));
    for (const number of numbers) {
      expect(number).toMatch(/^8\d{10}$/);
      expect(isLuhnValid(number)).toBe(true);
      expect(isDirectoryRppsNumber(number)).toBe(true);
      expect(validateRpps(number)).toEqual({ ok: true, value: number });
    }
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('catches any single mistyped digit with the key', () => {
    const number = generateRppsNumber(31_415_926);
    for (let position = 0; position < 11; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const typed = `${number.slice(0, position)}${digit}${number.slice(position + 1)}`;
        if (typed !== number) expect(isDirectoryRppsNumber(typed)).toBe(false);
      }
    }
  });

  it('never collides with a national number (they begin with 1)', () => {
    expect(isDirectoryRppsNumber('10101010101')).toBe(false);
  });

  it.each([0, -1, 1.5, 1_000_000_000, Number.NaN])('refuses the sequence value %p', (value) => {
    expect(() => generateRppsNumber(value)).toThrow(RangeError);
  });
});

describe('request numbers', () => {
  it('are P + the day + the sequence on 6 digits, as in the guide (P20220905011141)', () => {
    expect(formatRequestNumber('2022-09-05', 11_141)).toBe('P20220905011141');
    expect(formatRequestNumber('2026-01-31', 1)).toBe('P20260131000001');
  });

  it('grow past 999 999 rather than wrap, and always fit the database check', () => {
    expect(formatRequestNumber('2026-01-31', 1_234_567n)).toBe('P202601311234567');
    for (const value of [1, 999_999, 1_000_000, 98_765_432_100]) expect(formatRequestNumber('2026-12-01', value)).toMatch(/^P[0-9]{8}[0-9]+$/);
  });

  it('refuse a sequence value below 1 or a malformed day', () => {
    expect(() => formatRequestNumber('2026-01-31', 0)).toThrow(RangeError);
    expect(() => formatRequestNumber('31/01/2026', 1)).toThrow(RangeError);
  });

  it('use the day in France, not the server clock in UTC', () => {
    expect(parisToday(new Date('2022-09-04T22:30:00Z'))).toBe('2022-09-05');
    expect(parisToday(new Date('2022-12-31T22:59:00Z'))).toBe('2022-12-31');
    expect(parisToday(new Date('2022-12-31T23:00:00Z'))).toBe('2023-01-01');
  });
});
