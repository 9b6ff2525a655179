import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_INFO, cliBuildStale, ROOT } from '../../scripts/lib/cli-build.js';

/**
 * The `loupe` command runs built JavaScript (build/cli/, `npm run build:cli`, run by `prepare` on npm ci), never
 * TypeScript through tsx. These run the real bin/loupe.js in a child process and record every module it loads
 * (ESM through a resolve hook, CommonJS from require.cache at exit).
 */
const exec = promisify(execFile);
let dir: string;
let preload: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loupe-build-'));
  const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); appendFileSync(process.env.LOUPE_TRACE, r.url + '\\n'); return r; }`;
  preload = join(dir, 'trace.mjs');
  await writeFile(
    preload,
    `import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));
const require = createRequire(import.meta.url);
process.on('exit', () => appendFileSync(process.env.LOUPE_TRACE, Object.keys(require.cache).map((f) => 'file://' + f).join('\\n') + '\\n'));
`,
  );
  await writeFile(join(dir, 'a.txt'), ['Council approves the new library budget', 'The council approved the budget on Monday, its spokesperson said.'].join('\n\n'));
  await writeFile(join(dir, 'a.html'), `<html><body><article><h1>Council approves the library budget</h1><p>${'The council approved the budget on Monday, its spokesperson said. '.repeat(5)}</p></article></body></html>`);
});

/** Run bin/loupe.js; returns its output and the modules it loaded. */
async function loupe(args: string[]) {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.log`);
  await writeFile(trace, '');
  const r = await exec(process.execPath, ['--import', preload, join(ROOT, 'bin/loupe.js'), ...args], { env: { ...process.env, LOUPE_TRACE: trace, NODE_OPTIONS: '' }, cwd: dir, maxBuffer: 1 << 26 });
  const loaded = [...new Set((await readFile(trace, 'utf8')).split('\n').filter(Boolean))].filter((u) => u !== `file://${preload}` && !u.startsWith('data:'));
  return { ...r, loaded };
}
const compiler = /\/node_modules\/(tsx|esbuild|typescript|@esbuild)\/|\.tsx?$/;

describe('the built loupe command', () => {
  it('bin/loupe.js imports the build, not tsx', async () => {
    const bin = await readFile(join(ROOT, 'bin/loupe.js'), 'utf8');
    expect(bin).not.toMatch(/['"]tsx(\/[^'"]*)?['"]/);
    expect(bin).toMatch(/build\/cli\/main\.js/);
  });

  it('build/cli is up to date with its sources, and bundles every command', async () => {
    expect(cliBuildStale(), 'run npm run build:cli').toBeUndefined();
    const { sources } = JSON.parse(await readFile(join(ROOT, BUILD_INFO), 'utf8')) as { sources: string[] };
    for (const f of await readdir(join(ROOT, 'src/cli/commands'))) if (f.endsWith('.ts')) expect(sources).toContain(`src/cli/commands/${f}`);
  });

  it('loupe --help loads no TypeScript, no library and no command module', async () => {
    const r = await loupe(['--help']);
    expect(r.stdout).toMatch(/Commands:[\s\S]*analyze/);
    expect(r.loaded.some((u) => u.endsWith('/build/cli/main.js'))).toBe(true);
    expect(r.loaded.filter((u) => compiler.test(u))).toEqual([]);
    expect(r.loaded.filter((u) => u.includes('/node_modules/') || u.includes('/build/cli/chunks/'))).toEqual([]);
  });

  it('analyze on a text article loads neither the DOM, Readability nor the SDK', async () => {
    const r = await loupe(['analyze', 'a.txt', '--format', 'json']);
    expect(JSON.parse(r.stdout).article.format).toBe('text');
    expect(r.loaded.filter((u) => compiler.test(u))).toEqual([]);
    expect(r.loaded.filter((u) => /\/node_modules\/(linkedom|@mozilla\/readability|@anthropic-ai)\//.test(u))).toEqual([]);
    expect(r.loaded.some((u) => u.includes('/node_modules/franc-min/'))).toBe(true);
  });

  it('an HTML article loads linkedom and Readability (so the tracing sees what it should)', async () => {
    const r = await loupe(['analyze', 'a.html', '--format', 'json']);
    expect(JSON.parse(r.stdout).article.format).toBe('html');
    expect(r.loaded.some((u) => u.includes('/node_modules/linkedom/'))).toBe(true);
    expect(r.loaded.some((u) => u.includes('/node_modules/@mozilla/readability/'))).toBe(true);
    expect(r.loaded.filter((u) => compiler.test(u) || u.includes('/@anthropic-ai/'))).toEqual([]);
  });
});
