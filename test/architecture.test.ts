import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(root, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (/\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}
const importsOf = (src: string) => [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]!);

/** Dependency direction (DESIGN.md): rubrics (data) → core ← components; core ← llm ← cli. */
describe('dependency direction', () => {
  it('src/core imports no node:, lit, SDK, components, llm or cli', async () => {
    for (const f of await files('src/core')) {
      for (const spec of importsOf(await readFile(join(root, f), 'utf8'))) {
        expect(spec, `${f} imports ${spec}`).not.toMatch(/^(node:|fs$|path$|lit|@anthropic-ai|linkedom)|\/(components|llm|cli)\//);
      }
    }
  });
  it('src/components import only core, lit and browser-safe libraries', async () => {
    for (const f of await files('src/components').catch(() => [])) {
      for (const spec of importsOf(await readFile(join(root, f), 'utf8'))) {
        // linkedom/worker is linkedom's browser build, for the analysis worker (no DOMParser in workers).
        expect(spec, `${f} imports ${spec}`).not.toMatch(/^(node:|@anthropic-ai|linkedom(?!\/worker$))|\/(llm|cli)\//);
      }
    }
  });
  it('src/llm does not import cli or components', async () => {
    for (const f of await files('src/llm').catch(() => [])) {
      for (const spec of importsOf(await readFile(join(root, f), 'utf8'))) expect(spec, `${relative(root, f)} imports ${spec}`).not.toMatch(/\/(cli|components)\//);
    }
  });
});
