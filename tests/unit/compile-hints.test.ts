/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// scripts/compile-hints.mjs runs after every `next build` (decision 040): the chunks every page loads get
// V8's eager-compilation hint on their first line, once; the pages' own chunks are left as they are.

const HINT = '//# allFunctionsCalledOnLoad\n';
let distDir: string;

function write(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
  writeFileSync(path.join(distDir, file), content);
}

function read(file: string): string {
  return readFileSync(path.join(distDir, file), 'utf8');
}

function runHints() {
  return spawnSync(process.execPath, [path.join(process.cwd(), 'scripts', 'compile-hints.mjs')], {
    env: { ...process.env, NEXT_DIST_DIR: distDir },
    encoding: 'utf8',
  });
}

beforeEach(() => {
  distDir = mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
});

afterEach(() => rmSync(distDir, { recursive: true, force: true }));

describe('the compile hints of the build', () => {
  it('marks each chunk every page loads, once, and no other chunk', () => {
    write('build-manifest.json', JSON.stringify({ rootMainFiles: ['static/chunks/framework.js', 'static/chunks/runtime.js'] }));
    write('static/chunks/framework.js', '(globalThis.TURBOPACK||[]).push([1]);');
    write('static/chunks/runtime.js', 'self.runtime=1;');
    write('static/chunks/sign-up-form.js', 'self.form=1;');

    const first = runHints();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2 of 2 chunks marked');
    expect(read('static/chunks/framework.js')).toBe(`${HINT}(globalThis.TURBOPACK||[]).push([1]);`);
    expect(read('static/chunks/runtime.js')).toBe(`${HINT}self.runtime=1;`);
    expect(read('static/chunks/sign-up-form.js')).toBe('self.form=1;');

    // A second run (a build step run twice) changes nothing.
    const second = runHints();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('0 of 2 chunks marked');
    expect(read('static/chunks/framework.js')).toBe(`${HINT}(globalThis.TURBOPACK||[]).push([1]);`);
  });

  it('fails when the build manifest names no chunk (a Next that renamed the field must not go unnoticed)', () => {
    write('build-manifest.json', JSON.stringify({ pages: {} }));
    const result = runHints();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('lists no rootMainFiles');
  });
});
