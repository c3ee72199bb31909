/**
 * « Pays de naissance* »: ISO 3166-1 alpha-2 codes, named in French by the JavaScript runtime's ICU data
 * (Intl.DisplayNames), so no list of names has to be kept by hand.
 *
 * Left out on purpose: the overseas departments and Saint-Barthélemy / Saint-Martin (GP, MQ, GF, RE,
 * YT, BL, MF), whose communes are French communes — someone born in Fort-de-France chooses « France »
 * and finds their commune in the list — and uninhabited territories (AQ, BV, HM, UM). The other French
 * overseas collectivities (PF, NC, WF, PM, TF) are not in the commune index, so they stay countries of
 * their own with a commune typed freely.
 */
const CODES =
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BM BN BO BQ BR BS BT BW BY BZ CA CC CD CF CG CH ' +
  'CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GG GH GI GL GM ' +
  'GN GQ GR GS GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MP MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ ' +
  'OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE ZA ZM ZW';

export const FRANCE = 'FR';

export const COUNTRY_CODES = CODES.split(' ') as [string, ...string[]];

const COUNTRY_SET = new Set<string>(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return COUNTRY_SET.has(code);
}

const displayNames = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' });

export function countryName(code: string): string {
  return displayNames.of(code) ?? code;
}

/** France first (most births), then the others in French alphabetical order. */
export function countryOptions(): { value: string; label: string }[] {
  const others = COUNTRY_CODES.filter((code) => code !== FRANCE)
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  return [{ value: FRANCE, label: countryName(FRANCE) }, ...others];
}
