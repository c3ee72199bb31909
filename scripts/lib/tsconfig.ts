import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The tsconfig that a build into a distDir of its own (TEST_RUN_ID, the benches) type-checks with,
 * passed to next.config.js as NEXT_TSCONFIG_PATH: tsconfig.json extended, with that distDir's route types
 * in place of `.next`'s. `next build` adds its distDir's types to the config it is given and rewrites
 * the file, but leaves alone a config that extends another; so parallel builds never touch tsconfig.json.
 * (They used to add their entries there and take them out afterwards, and two overlapping runs could
 * leave it reformatted.) `path` is relative to `root`; `remove` deletes the file, and twice is harmless.
 */
export function writeBuildTsconfig(root: string, distDir: string): { path: string; remove: () => void } {
  const base = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')) as { include?: string[] };
  const include = [...(base.include ?? []).filter((entry) => !entry.startsWith('.next/')), `${distDir}/types/**/*.ts`, `${distDir}/dev/types/**/*.ts`];
  // Relative to the root, where next builds: Turbopack reads an absolute tsconfigPath as a relative one.
  const name = `tsconfig.${distDir.replace(/^\.+/, '')}.json`;
  const file = path.join(root, name);
  writeFileSync(file, `${JSON.stringify({ extends: './tsconfig.json', include }, null, 2)}\n`);
  return { path: name, remove: () => rmSync(file, { force: true }) };
}
