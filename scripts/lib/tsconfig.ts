import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

/**
 * `next build` adds its distDir's types to tsconfig.json's include (and reformats the file). Takes out
 * that distDir's entries only: another run (TEST_RUN_ID, the Lighthouse bench) may have changed the file
 * meanwhile, or already put it back, and blindly writing a snapshot would undo its work or leave its
 * entries behind. Gives back the snapshot's exact text when nothing else changed.
 */
export function removeDistDirFromTsconfig(tsconfigPath: string, snapshot: string, distDir: string): void {
  const current = readFileSync(tsconfigPath, 'utf8');
  if (!current.includes(distDir)) return;
  const config = JSON.parse(current) as { include?: string[] };
  config.include = config.include?.filter((entry) => !entry.startsWith(`${distDir}/`));
  let before: unknown = null;
  try {
    before = JSON.parse(snapshot);
  } catch {
    // A snapshot with comments: Next's rewrite had dropped them anyway.
  }
  writeFileSync(tsconfigPath, isDeepStrictEqual(config, before) ? snapshot : `${JSON.stringify(config, null, 2)}\n`);
}
