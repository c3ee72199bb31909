import { countryName } from './countries';

/**
 * « Téléphone mobile »: the country calling codes, overseas France first (the guide: « lorsque le numéro
 * de téléphone mobile est un numéro DOM TOM, saisissez les premières lettres de l'indicatif »; a native
 * <select> does exactly that type-to-find). ITU-T E.164 assignments; the option value is the ISO code,
 * because several territories share a code (+590, +262).
 */
const OVERSEAS_FIRST = 'FR:33 GP:590 BL:590 MF:590 GF:594 MQ:596 RE:262 YT:262 PM:508 WF:681 PF:689 NC:687';
const OTHERS =
  'AD:376 AE:971 AF:93 AG:1268 AI:1264 AL:355 AM:374 AO:244 AR:54 AS:1684 AT:43 AU:61 AW:297 AX:358 AZ:994 BA:387 ' +
  'BB:1246 BD:880 BE:32 BF:226 BG:359 BH:973 BI:257 BJ:229 BM:1441 BN:673 BO:591 BQ:599 BR:55 BS:1242 BT:975 BW:267 ' +
  'BY:375 BZ:501 CA:1 CD:243 CF:236 CG:242 CH:41 CI:225 CK:682 CL:56 CM:237 CN:86 CO:57 CR:506 CU:53 CV:238 CW:599 ' +
  'CY:357 CZ:420 DE:49 DJ:253 DK:45 DM:1767 DO:1809 DZ:213 EC:593 EE:372 EG:20 ER:291 ES:34 ET:251 FI:358 FJ:679 ' +
  'FK:500 FM:691 FO:298 GA:241 GB:44 GD:1473 GE:995 GG:44 GH:233 GI:350 GL:299 GM:220 GN:224 GQ:240 GR:30 GT:502 ' +
  'GU:1671 GW:245 GY:592 HK:852 HN:504 HR:385 HT:509 HU:36 ID:62 IE:353 IL:972 IM:44 IN:91 IQ:964 IR:98 IS:354 IT:39 ' +
  'JE:44 JM:1876 JO:962 JP:81 KE:254 KG:996 KH:855 KI:686 KM:269 KN:1869 KP:850 KR:82 KW:965 KY:1345 KZ:7 LA:856 ' +
  'LB:961 LC:1758 LI:423 LK:94 LR:231 LS:266 LT:370 LU:352 LV:371 LY:218 MA:212 MC:377 MD:373 ME:382 MG:261 MH:692 ' +
  'MK:389 ML:223 MM:95 MN:976 MO:853 MP:1670 MR:222 MS:1664 MT:356 MU:230 MV:960 MW:265 MX:52 MY:60 MZ:258 NA:264 ' +
  'NE:227 NF:672 NG:234 NI:505 NL:31 NO:47 NP:977 NR:674 NU:683 NZ:64 OM:968 PA:507 PE:51 PG:675 PH:63 PK:92 PL:48 ' +
  'PR:1787 PS:970 PT:351 PW:680 PY:595 QA:974 RO:40 RS:381 RU:7 RW:250 SA:966 SB:677 SC:248 SD:249 SE:46 SG:65 SH:290 ' +
  'SI:386 SK:421 SL:232 SM:378 SN:221 SO:252 SR:597 SS:211 ST:239 SV:503 SX:1721 SY:963 SZ:268 TC:1649 TD:235 TG:228 ' +
  'TH:66 TJ:992 TK:690 TL:670 TM:993 TN:216 TO:676 TR:90 TT:1868 TV:688 TW:886 TZ:255 UA:380 UG:256 US:1 UY:598 UZ:998 ' +
  'VA:39 VC:1784 VE:58 VG:1284 VI:1340 VN:84 VU:678 WS:685 XK:383 YE:967 ZA:27 ZM:260 ZW:263';

interface PhoneCountry {
  country: string;
  dialCode: string;
}

const parse = (list: string): PhoneCountry[] =>
  list.split(' ').map((entry) => {
    const [country, dialCode] = entry.split(':') as [string, string];
    return { country, dialCode };
  });

const overseasFirst = parse(OVERSEAS_FIRST);
const others = parse(OTHERS).sort((a, b) => countryName(a.country).localeCompare(countryName(b.country), 'fr'));
export const PHONE_COUNTRIES: readonly PhoneCountry[] = [...overseasFirst, ...others];

export const PHONE_COUNTRY_CODES = PHONE_COUNTRIES.map((entry) => entry.country) as [string, ...string[]];
export const DEFAULT_PHONE_COUNTRY = 'FR';

const BY_COUNTRY = new Map(PHONE_COUNTRIES.map((entry) => [entry.country, entry.dialCode]));

/**
 * Territories whose numbers have one length (ITU-T national numbering plans). France, the overseas
 * departments, Saint-Barthélemy and Saint-Martin share the French plan: 9 digits after a trunk 0.
 * Saint-Pierre-et-Miquelon, Wallis-et-Futuna and New Caledonia have their own 6-digit plans, French
 * Polynesia an 8-digit one (since 2017), all without a trunk prefix: what is typed is the whole number.
 */
const FRENCH_PLAN_MESSAGE = 'Le numéro comporte 10 chiffres (ou 9 sans le 0 initial).';
const ownPlan = (digits: number, dialCode: string) => ({ digits, message: `Le numéro comporte ${digits} chiffres, sans l'indicatif +${dialCode}.` });
const FIXED_PLANS = new Map<string, { digits: number; message: string }>([
  ...['FR', 'GP', 'BL', 'MF', 'GF', 'MQ', 'RE', 'YT'].map((country) => [country, { digits: 9, message: FRENCH_PLAN_MESSAGE }] as const),
  ['PM', ownPlan(6, '508')],
  ['WF', ownPlan(6, '681')],
  ['NC', ownPlan(6, '687')],
  ['PF', ownPlan(8, '689')],
]);
/** Plans without a trunk prefix: a leading 0 is not dropped. */
const NO_TRUNK_PREFIX = new Set(['PM', 'WF', 'NC', 'PF']);
/** Where the leading 0 is part of the number rather than a trunk prefix. */
const KEEPS_LEADING_ZERO = new Set(['IT', 'VA', 'SM', ...NO_TRUNK_PREFIX]);

export function dialCodeOf(country: string): string | undefined {
  return BY_COUNTRY.get(country);
}

/** « France (+33) »: the label of the list and of the summaries. */
export function phoneCountryLabel(country: string): string {
  return `${countryName(country)} (+${BY_COUNTRY.get(country) ?? '?'})`;
}

export function phoneCountryOptions(): { value: string; label: string }[] {
  return PHONE_COUNTRIES.map((entry) => ({ value: entry.country, label: phoneCountryLabel(entry.country) }));
}

export type PhoneCheck = { ok: true; e164: string; national: string } | { ok: false; message: string };

/**
 * The number as typed (spaces, dots, dashes, a trunk 0 allowed) → E.164 (`+33612345678`). French-plan
 * numbers have 9 digits after the 0, those of Saint-Pierre-et-Miquelon, Wallis-et-Futuna and New
 * Caledonia 6, of French Polynesia 8; elsewhere E.164 allows 15 digits with the calling code.
 */
export function checkPhone(country: string, typed: string): PhoneCheck {
  const dialCode = BY_COUNTRY.get(country);
  if (!dialCode) return { ok: false, message: "Choisissez l'indicatif du pays." };
  const compact = typed.replace(/[\s.\-()]/g, '');
  if (!/^\d+$/.test(compact)) return { ok: false, message: 'Le numéro ne doit contenir que des chiffres.' };
  const national = KEEPS_LEADING_ZERO.has(country) ? compact : compact.replace(/^0/, '');
  const plan = FIXED_PLANS.get(country);
  if (plan) {
    if (national.length !== plan.digits) return { ok: false, message: plan.message };
  } else if (national.length < 4 || dialCode.length + national.length > 15) {
    return { ok: false, message: "Le numéro n'a pas une longueur valide pour ce pays." };
  }
  return { ok: true, e164: `+${dialCode}${national}`, national };
}

/**
 * « France (+33) 612345678 » for a stored E.164 number. A code shared by several territories (+590,
 * +262, +1…) is shown without a country name rather than with a wrong one.
 */
export function formatStoredPhone(e164: string): string {
  const digits = e164.replace(/^\+/, '');
  const matches = PHONE_COUNTRIES.filter((entry) => digits.startsWith(entry.dialCode));
  const longest = Math.max(0, ...matches.map((entry) => entry.dialCode.length));
  const best = matches.filter((entry) => entry.dialCode.length === longest);
  if (best.length === 0) return e164;
  const national = digits.slice(longest);
  const countries = new Set(best.map((entry) => entry.country));
  return countries.size === 1 ? `${phoneCountryLabel(best[0]!.country)} ${national}` : `(+${best[0]!.dialCode}) ${national}`;
}

/** The list entry to preselect when a stored number is edited again. */
export function splitStoredPhone(e164: string | null): { country: string; national: string } {
  if (!e164) return { country: DEFAULT_PHONE_COUNTRY, national: '' };
  const digits = e164.replace(/^\+/, '');
  const match = [...PHONE_COUNTRIES].sort((a, b) => b.dialCode.length - a.dialCode.length).find((entry) => digits.startsWith(entry.dialCode));
  return match ? { country: match.country, national: digits.slice(match.dialCode.length) } : { country: DEFAULT_PHONE_COUNTRY, national: digits };
}
