import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// SPEC §10: « every change of status goes through one transition function; none is written around it »
// (docs/decisions/029). This test reads lib/, app/ and scripts/ with the TypeScript parser and lists every
// place that writes a candidacy's status: Prisma writes on `candidacy` (a create always sets one; an
// update when its `data` names `status` or cannot be read), nested writes under `candidacies`, and raw
// SQL that inserts into or updates `candidacies` with a status. Only the transition function may. The
// database's trigger refuses an illegal pair whoever writes it; this catches a legal-looking write that
// would skip the checks, the who/when columns and the audit row.

const ROOT = path.join(__dirname, '..', '..');
const ROOTS = ['lib', 'app', 'scripts'];

/** Where status writes are expected, and how many: any other, or one more here, fails. */
const ALLOWED: Record<string, { writes: number; why: string }> = {
  'lib/candidacies/change-status.ts': { writes: 2, why: 'the transition function itself: its create and its conditional update' },
  'scripts/bench/measures.ts': { writes: 2, why: 'load-test data, 10 000+ rows in two statements (CONTACTED, then ASSIGNED); the trigger still checks each pair' },
};

const PRISMA_WRITES = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert']);
const NESTED_WRITES = new Set(['create', 'createMany', 'update', 'updateMany', 'upsert', 'connectOrCreate']);
const RAW_WRITE = /\b(INSERT\s+INTO|UPDATE)\s+"?candidacies"?[\s(]/i;

function propertyNamed(node: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return node.properties.find((property) => property.name && ts.isIdentifier(property.name) && property.name.text === name);
}

/** Whether an update's `data` may set `status`: yes when it names it, and when it cannot be read here. */
function dataMaySetStatus(argument: ts.Expression | undefined): boolean {
  if (!argument || !ts.isObjectLiteralExpression(argument)) return true;
  const data = propertyNamed(argument, 'data');
  if (!data) return false;
  if (!ts.isPropertyAssignment(data) || !ts.isObjectLiteralExpression(data.initializer)) return true;
  return data.initializer.properties.some((property) => ts.isSpreadAssignment(property) || propertyNamed(data.initializer as ts.ObjectLiteralExpression, 'status') === property);
}

function templateText(node: ts.TemplateLiteral): string {
  return ts.isNoSubstitutionTemplateLiteral(node) ? node.text : [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('${…}');
}

/** Every candidacy status write of one source file, as `path:line what`. */
export function statusWrites(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = node.expression.expression;
      const onCandidacy = ts.isPropertyAccessExpression(target) ? target.name.text === 'candidacy' : ts.isIdentifier(target) && target.text === 'candidacy';
      if (onCandidacy && PRISMA_WRITES.has(method) && (method.startsWith('create') || method === 'upsert' || dataMaySetStatus(node.arguments[0]))) {
        report(node, `candidacy.${method}`);
      }
    }
    if (ts.isPropertyAssignment(node) && node.name && ts.isIdentifier(node.name) && node.name.text === 'candidacies' && ts.isObjectLiteralExpression(node.initializer)) {
      const nested = node.initializer.properties.find((property) => property.name && ts.isIdentifier(property.name) && NESTED_WRITES.has(property.name.text));
      if (nested) report(node, `nested candidacies.${(nested.name as ts.Identifier).text}`);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const sql = ts.isStringLiteral(node) ? node.text : templateText(node);
      if (RAW_WRITE.test(sql) && /\bstatus\b/i.test(sql)) report(node, 'raw SQL write of candidacies.status');
    }
    // A template's spans are visited through the TemplateExpression above, not one by one.
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((span) => visit(span.expression));
  };
  visit(source);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(full);
    return /\.(tsx?|mts)$/.test(entry.name) ? [full] : [];
  });
}

describe('candidacy statuses are written by the transition function only', () => {
  const writes = ROOTS.flatMap((dir) => sources(path.join(ROOT, dir))).flatMap((file) => {
    const relative = path.relative(ROOT, file).split(path.sep).join('/');
    return statusWrites(relative, readFileSync(file, 'utf8'));
  });
  const fileOf = (write: string) => write.slice(0, write.indexOf(':'));

  it('no code in lib/, app/ or scripts/ writes one around it', () => {
    expect(writes.filter((write) => !(fileOf(write) in ALLOWED))).toEqual([]);
  });

  it('the allowed writers write exactly what they are allowed (the scan sees them, so it reads real code)', () => {
    const counts = Object.fromEntries(Object.keys(ALLOWED).map((file) => [file, writes.filter((write) => fileOf(write) === file).length]));
    expect(counts).toEqual(Object.fromEntries(Object.entries(ALLOWED).map(([file, { writes: count }]) => [file, count])));
  });

  it('catches each way of writing a status, and leaves other candidacy writes alone', () => {
    // The proof that the scan can fail: a file with one write of each kind, and writes that set no status.
    const sample = [
      "await tx.candidacy.update({ where: { id }, data: { status: 'ASSIGNED' } });",
      "await prisma.candidacy.updateMany({ where: { id }, data: { ...stamp, note: 1 } });",
      'await db.candidacy.updateMany(args);',
      "await prisma.candidacy.create({ data: { missionId, professionalId, status: 'CONTACTED' } });",
      'await prisma.candidacy.createMany({ data: rows });',
      "await tx.candidacy.upsert({ where: { id }, create: row, update: { status: 'REFUSED' } });",
      "await prisma.mission.create({ data: { candidacies: { create: [{ professionalId, status: 'ASSIGNED' }] } } });",
      "await prisma.$executeRaw`UPDATE candidacies SET status = 'EXPIRED' WHERE id = ${id}`;",
      "await db.query('INSERT INTO \"candidacies\" (id, status) VALUES ($1, $2)', [id, 'CONTACTED']);",
      // Not status writes:
      'await tx.candidacy.updateMany({ where: { id, status: "CONTACTED" }, data: { expiryWarnedAt: now } });',
      'await prisma.candidacy.findMany({ where: { status: "ASSIGNED" } });',
      "await prisma.$queryRaw`SELECT status FROM candidacies WHERE id = ${id}`;",
      "await prisma.$executeRaw`UPDATE candidacies SET expiry_warned_at = now() WHERE id = ${id}`;",
    ].join('\n');
    expect(statusWrites('sample.ts', sample)).toEqual([
      'sample.ts:1 candidacy.update',
      'sample.ts:2 candidacy.updateMany',
      'sample.ts:3 candidacy.updateMany',
      'sample.ts:4 candidacy.create',
      'sample.ts:5 candidacy.createMany',
      'sample.ts:6 candidacy.upsert',
      'sample.ts:7 nested candidacies.create',
      'sample.ts:8 raw SQL write of candidacies.status',
      'sample.ts:9 raw SQL write of candidacies.status',
    ]);
  });
});
