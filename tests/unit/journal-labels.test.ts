import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { summariseDetails } from '@/lib/journal/details';
import { actionLabel, entityLabel, JOURNAL_ACTION_LABELS, JOURNAL_ENTITY_LABELS } from '@/lib/journal/labels';

// The journal's words (SPEC §15, decision 026): every action code the code base writes has a French label
// (a new one fails here until it gets its label), unknown codes show raw, and details never show secrets.

const ROOTS = ['lib', 'app', 'scripts'].map((dir) => path.join(__dirname, '..', '..', dir));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'journal' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The dotted string literals of the files that write the audit log: its action codes. */
function writtenCodes(): string[] {
  const codes = new Set<string>();
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, 'utf8');
    if (!/writeAudit\(|auditLog\.create\(/.test(text)) continue;
    for (const match of text.matchAll(/'([a-z][a-z-]*\.[a-z][a-z._-]*)'/g)) if (!/\.(tsx?|csv|xlsx|pdf|json)$/.test(match[1]!)) codes.add(match[1]!);
  }
  return [...codes].sort();
}

describe('journal labels', () => {
  it('label every action code written with writeAudit', () => {
    const codes = writtenCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((code) => !Object.hasOwn(JOURNAL_ACTION_LABELS, code))).toEqual([]);
  });

  it('show an unknown code or entity type raw', () => {
    expect(actionLabel('mission.create')).toBe('Mission créée');
    expect(actionLabel('account.something-new')).toBe('account.something-new');
    expect(actionLabel('constructor')).toBe('constructor');
    expect(entityLabel('Professional')).toBe('Bénévole');
    expect(entityLabel('Widget')).toBe('Widget');
    expect(Object.keys(JOURNAL_ENTITY_LABELS)).toContain('Establishment');
  });
});

describe('summariseDetails', () => {
  it('labels known keys, names regions, shortens ids and lists arrays', () => {
    expect(summariseDetails({ reason: 'Poste pourvu', withdrawnProposals: 2, regionCode: '76', missionId: '0b3f6a2e-1111-4222-8333-944444444444', professionCodes: ['NURSE', 'DOCTOR'], joinedExisting: false })).toBe(
      'Motif : Poste pourvu · Propositions retirées : 2 · Région : Occitanie · Mission : 0b3f6a2e… · Professions : NURSE, DOCTOR · Établissement existant : non',
    );
  });

  it('never shows a password, hash, token, secret or IP address', () => {
    expect(summariseDetails({ email: 'a@b.fr', ip: '203.0.113.9', passwordHash: '$argon2id$x', token: 'abc', resetToken: 'def', clientSecret: 'ghi' })).toBe('Adresse saisie : a@b.fr');
  });

  it('keeps unknown keys, drops nested objects and cuts long text', () => {
    expect(summariseDetails({ custom: 'x', nested: { a: 1 }, empty: '' })).toBe('custom : x');
    expect(summariseDetails({ reason: 'a'.repeat(100) })).toBe(`Motif : ${'a'.repeat(80)}…`);
    expect(summariseDetails(null)).toBe('');
    expect(summariseDetails(['a'])).toBe('');
  });
});
