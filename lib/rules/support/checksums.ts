/**
 * Validators for personal identifiers (rules README §A). Algorithms re-implemented from the
 * standards (GB 11643-1999 ISO 7064 MOD 11-2, Luhn), not copied from any library.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** Province codes of GB/T 2260, plus 81/82/83 for HK/Macau/Taiwan residence permits. */
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '),
);

/** A real calendar date, not before 1900 and not after `today`. */
export function isRealDate(year: number, month: number, day: number, today = new Date()): boolean {
  if (year < 1900) return false;
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day && t.getTime() <= today.getTime();
}

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** 'valid', 'bad-checksum' (structure and date right, check character wrong) or 'invalid'. */
export function checkId18(value: string): 'valid' | 'bad-checksum' | 'invalid' {
  const s = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s) || !PROVINCES.has(s.slice(0, 2))) return 'invalid';
  if (!isRealDate(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14))) return 'invalid';
  return idCheckChar(s) === s[17] ? 'valid' : 'bad-checksum';
}

/** The 15-digit first-generation number: province, real 19YY date, no check digit. */
export function checkId15(value: string): boolean {
  if (!/^\d{15}$/.test(value) || !PROVINCES.has(value.slice(0, 2))) return false;
  return isRealDate(1900 + +value.slice(6, 8), +value.slice(8, 10), +value.slice(10, 12));
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, k = 0; i >= 0; i--, k++) {
    let v = digits.charCodeAt(i) - 48;
    if (k % 2) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** Mainland mobile: 11 digits on a 13x–19x segment (permissive, §A.4: strict lists go stale). */
export function isMobile(digits: string): boolean {
  return /^1[3-9]\d{9}$/.test(digits);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Unified social credit code (GB 32100-2015): an organisation, never personal data (§A.7). */
export function checkUscc(value: string): boolean {
  const s = value.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(s[i]) * USCC_WEIGHTS[i];
  return USCC_CHARS[(31 - (sum % 31)) % 31] === s[17];
}
