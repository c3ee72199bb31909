/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AREAS, REGULATORS, SHARED_GROUPS, hasRole } from '@/lib/access/roles';
import { accessOf } from '@/lib/actions/action';
import { NAV_BY_ROLE } from '@/lib/auth/navigation';
import { roleForPath } from '@/lib/auth/route-roles';
import type { Role } from '@/lib/generated/prisma/enums';
import { config as middlewareConfig } from '@/middleware';

// Roles are declared once, in lib/access/roles.ts (issue 9): this checks that app/ agrees with it — each
// server action accepts its route group's role(s), each page and layout of a role's area asks for that
// role, and middleware.ts and the navigation use the same prefixes. The session is replaced: importing
// the actions must not need a request.
jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

const APP = path.join(__dirname, '..', '..', 'app');
const ROLES = Object.keys(AREAS) as Role[];
const GROUP_ROLES: Record<string, readonly Role[]> = {
  ...Object.fromEntries(Object.values(AREAS).map((area) => [area.group, [area.role]])),
  ...SHARED_GROUPS,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const files = filesUnder(APP).filter((file) => /\.tsx?$/.test(file));
const relative = (file: string) => path.relative(APP, file);
const groupOf = (file: string) => relative(file).split(path.sep)[0]!;
const actionModules = files.filter((file) => /^'use server';/.test(readFileSync(file, 'utf8')));
const areaPages = files.filter((file) => /(^|\/)(page|layout)\.tsx$/.test(file) && Object.values(AREAS).some((area) => area.group === groupOf(file)));
/**
 * The roles a page or layout asks for: requireAreaActor('X'), or regulatorPage('X', …) whose shared page
 * calls requireAreaActor(area), or areaLayout('X') which calls requireAreaActor(role).
 */
const gatedRoles = (source: string) => [...source.matchAll(/(?:requireAreaActor|regulatorPage|areaLayout)\('(\w+)'/g)].map((match) => match[1]);

describe('server actions', () => {
  it('are found (the check below is not empty)', () => {
    expect(actionModules.length).toBeGreaterThanOrEqual(14);
  });

  it.each(actionModules.map((file) => [relative(file), file]))('of %s accept the roles of their route group', async (_name, file) => {
    const group = groupOf(file);
    const exports = Object.entries((await import(file)) as Record<string, unknown>);
    expect(exports.length).toBeGreaterThan(0);
    for (const [name, exported] of exports) {
      const access = accessOf(exported);
      expect([name, access === undefined ? 'not wrapped by action()' : 'wrapped']).toEqual([name, 'wrapped']);
      if (group === '(public)') {
        expect([name, access]).toEqual([name, { public: true }]);
        continue;
      }
      const allowed = GROUP_ROLES[group];
      expect([name, allowed ? 'a role group' : group]).toEqual([name, 'a role group']);
      const roles = access && 'roles' in access ? access.roles : [];
      expect([name, roles.length > 0 && roles.every((role) => allowed!.includes(role))]).toEqual([name, true]);
    }
  });

  it('of the regulators are written once for both areas', async () => {
    const shared = actionModules.filter((file) => groupOf(file) === '(regulation)');
    const roles = new Set<Role>();
    for (const file of shared) {
      for (const exported of Object.values((await import(file)) as Record<string, unknown>)) {
        const access = accessOf(exported);
        if (access && 'roles' in access) access.roles.forEach((role) => roles.add(role));
      }
    }
    expect([...roles].sort()).toEqual([...REGULATORS].sort());
    expect(actionModules.filter((file) => ['(ars)', '(ccs)'].includes(groupOf(file)))).toEqual([]);
  });
});

describe('pages and layouts of a role’s area', () => {
  it.each(areaPages.map((file) => [relative(file), file]))('%s asks for its area’s role', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const role = Object.values(AREAS).find((area) => area.group === groupOf(file))!.role;
    expect(gatedRoles(source).length).toBeGreaterThan(0);
    expect(new Set(gatedRoles(source))).toEqual(new Set([role]));
    expect(source).not.toMatch(/requireActor\(/);
  });

  it('shared by the regulators each get their actor from the area they are mounted in', () => {
    const shared = files.filter((file) => groupOf(file) === '(regulation)' && relative(file).includes(`${path.sep}_pages${path.sep}`) && file.endsWith('.tsx'));
    expect(shared.length).toBeGreaterThanOrEqual(12);
    for (const file of shared) {
      const source = readFileSync(file, 'utf8');
      expect([relative(file), /requireAreaActor\(area\)/.test(source), /requireActor\(/.test(source)]).toEqual([relative(file), true, false]);
    }
  });

  it('share one layout, which gets its actor from the role it is given', () => {
    const source = readFileSync(path.join(APP, '_components', 'area-layout.tsx'), 'utf8');
    expect(source).toMatch(/requireAreaActor\(role\)/);
    expect(source).not.toMatch(/requireActor\(/);
  });
});

describe('the areas', () => {
  it('are what middleware.ts routes (its matcher is a literal, as Next requires)', () => {
    // The matcher is one pattern of what it skips (API, static files): every area's pages go through it.
    const [pattern] = middlewareConfig.matcher;
    const matches = (path: string) => new RegExp(`^${pattern}$`).test(path);
    for (const area of Object.values(AREAS)) {
      expect([area.prefix, matches(area.prefix), matches(`${area.prefix}/x/y`)]).toEqual([area.prefix, true, true]);
    }
    expect(['/', '/connexion', '/mot-de-passe/nouveau'].every(matches)).toBe(true);
    expect(['/api/documents/1', '/_next/static/chunk.js', '/map/style.json', '/inscription/professionnel/envoi'].some(matches)).toBe(false);
    expect(matches('/inscription/professionnel')).toBe(true);
    for (const area of Object.values(AREAS)) {
      expect(roleForPath(area.prefix)).toBe(area.role);
      expect(roleForPath(`${area.prefix}/x`)).toBe(area.role);
    }
  });

  it('hold every link of their navigation', () => {
    for (const role of ROLES) {
      for (const { href } of NAV_BY_ROLE[role]) expect([role, roleForPath(href)]).toEqual([role, role]);
    }
  });

  it('have one route group each in app/', () => {
    const groups = new Set(files.map(groupOf));
    for (const area of Object.values(AREAS)) expect(groups).toContain(area.group);
  });

  it('answer hasRole for the roles of a set only', () => {
    expect(hasRole({ role: 'ARS' }, REGULATORS)).toBe(true);
    expect(hasRole({ role: 'ESTABLISHMENT' }, REGULATORS)).toBe(false);
    expect(hasRole(null, REGULATORS)).toBe(false);
  });
});
