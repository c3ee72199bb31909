import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

// After a surge step: what the database and the upload folder hold for each volunteer the step tried to
// sign up. An accepted sign-up must be whole (account, record, its document's bytes at the right size,
// the two emails); a refused or unanswered one must be whole or absent, never half-written.

export type Outcome = 'accepted' | 'refused' | 'unanswered';

export interface Verification {
  accepted: number;
  acceptedWhole: number;
  refused: number;
  refusedWritten: number;
  unanswered: number;
  unansweredWritten: number;
  problems: string[];
}

interface Row {
  email: string;
  professional_id: string | null;
  storage_key: string | null;
  size_bytes: number | null;
  templates: string[];
}

const EXPECTED_TEMPLATES = ['account-activation', 'volunteer-registered'];

export async function verifyStep(databaseUrl: string, uploadsDir: string, attempts: Map<string, Outcome>, documentBytes: number): Promise<Verification> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const emails = [...attempts.keys()];
    const { rows } = await client.query<Row>(
      `SELECT a.email, p.id AS professional_id, d.storage_key, d.size_bytes,
              COALESCE((SELECT array_agg(o.template ORDER BY o.template) FROM email_outbox o WHERE o."to" = a.email), '{}') AS templates
         FROM unnest($1::text[]) AS a(email)
         LEFT JOIN users u ON u.email = a.email
         LEFT JOIN professionals p ON p.user_id = u.id
         LEFT JOIN documents d ON d.professional_id = p.id`,
      [emails],
    );
    const result: Verification = {
      accepted: 0,
      acceptedWhole: 0,
      refused: 0,
      refusedWritten: 0,
      unanswered: 0,
      unansweredWritten: 0,
      problems: [],
    };
    for (const row of rows) {
      const outcome = attempts.get(row.email)!;
      const whole = await isWhole(row, uploadsDir, documentBytes);
      const nothing = !row.professional_id && row.templates.length === 0;
      if (outcome === 'accepted') {
        result.accepted += 1;
        if (whole === true) result.acceptedWhole += 1;
        else result.problems.push(`${row.email}: accepted but ${whole}`);
      } else {
        if (outcome === 'refused') result.refused += 1;
        else result.unanswered += 1;
        if (whole === true) {
          if (outcome === 'refused') result.refusedWritten += 1;
          else result.unansweredWritten += 1;
        } else if (!nothing) {
          result.problems.push(`${row.email}: ${outcome} and half-written (${whole})`);
        }
        // A refused sign-up the server nevertheless completed would be a lie to the volunteer.
        if (outcome === 'refused' && whole === true) result.problems.push(`${row.email}: refused but written`);
      }
    }
    result.problems.push(...(await globalProblems(client, uploadsDir)));
    return result;
  } finally {
    await client.end();
  }
}

async function isWhole(row: Row, uploadsDir: string, documentBytes: number): Promise<true | string> {
  if (!row.professional_id) return 'no professional row';
  if (!row.storage_key) return 'no document row';
  if (row.size_bytes !== documentBytes) return `document row of ${row.size_bytes} bytes`;
  const size = await stat(path.join(uploadsDir, row.storage_key)).then(
    (s) => s.size,
    () => null,
  );
  if (size !== documentBytes) return size === null ? 'no stored file' : `stored file of ${size} bytes`;
  const templates = [...row.templates].sort();
  if (templates.join() !== EXPECTED_TEMPLATES.join()) return `outbox [${templates.join(', ')}]`;
  return true;
}

/** Across the whole run: no account without its record, no stored file without its row. */
async function globalProblems(client: pg.Client, uploadsDir: string): Promise<string[]> {
  const problems: string[] = [];
  const { rows: lonely } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM users u WHERE u.role = 'PROFESSIONAL' AND NOT EXISTS (SELECT 1 FROM professionals p WHERE p.user_id = u.id)`,
  );
  if (lonely[0]!.count > 0) problems.push(`${lonely[0]!.count} volunteer accounts without their record`);
  const { rows: keys } = await client.query<{ storage_key: string }>('SELECT storage_key FROM documents');
  const known = new Set(keys.map((row) => row.storage_key));
  const files = await readdir(uploadsDir, {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  let orphans = 0;
  for (const entry of files) {
    if (!entry.isFile()) continue;
    const key = path.relative(uploadsDir, path.join(entry.parentPath, entry.name)).replace(/\.meta\.json$/, '');
    if (!known.has(key)) orphans += 1;
  }
  if (orphans > 0) problems.push(`${orphans} stored files (bytes, sidecars or temporaries) that no document row points to`);
  return problems;
}
