/**
 * Privacy: the API key and the SDK never reach the browser. Statically, nothing the widget bundles imports
 * src/llm or @anthropic-ai (test/architecture.test.ts checks the import direction); here, when a build exists
 * (npm run build → dist/), no emitted file mentions the key variable, a key, the SDK or the API host.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve('dist');

async function files(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (/\.(m?js|html|css|json|map)$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('browser bundle (dist/)', () => {
  it.skipIf(!existsSync(DIST))('contains no API key, key variable, SDK or API host', async () => {
    const list = await files(DIST);
    expect(list.length).toBeGreaterThan(0);
    for (const f of list) {
      const src = await readFile(f, 'utf8');
      expect(src, f).not.toMatch(/ANTHROPIC_API_KEY|sk-ant-[A-Za-z0-9_-]{6,}|@anthropic-ai|api\.anthropic\.com|x-api-key/);
    }
  });

  it('no browser-side source imports the LLM module or the SDK', async () => {
    const roots = ['src/components', 'src/core'].map((r) => resolve(r)).filter((r) => existsSync(r));
    for (const root of roots) {
      for (const f of await tsFiles(root)) {
        const src = await readFile(f, 'utf8');
        expect(src, f).not.toMatch(/from\s+['"][^'"]*(\/llm\/|@anthropic-ai)[^'"]*['"]|import\(\s*['"][^'"]*(\/llm\/|@anthropic-ai)/);
      }
    }
  });
});

async function tsFiles(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await tsFiles(p)));
    else if (/\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}
