/**
 * Luhn (mod 10) key, used by FINESS, SIRET and the RPPS numbers our directory assigns.
 * From the rightmost digit, every second digit is doubled (minus 9 when above 9); the sum of all
 * digits must be a multiple of 10.
 */
const DIGITS = /^\d+$/;

/** Sum of the Luhn-weighted digits modulo 10 (0 for a valid number). */
export function luhnChecksum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10;
}

export function isLuhnValid(digits: string): boolean {
  return DIGITS.test(digits) && luhnChecksum(digits) === 0;
}

/** The digit to append to `payload` so that the whole number passes the Luhn check. */
export function computeLuhnCheckDigit(payload: string): string {
  if (!DIGITS.test(payload)) throw new TypeError('Luhn payload must contain digits only');
  return String((10 - luhnChecksum(`${payload}0`)) % 10);
}
