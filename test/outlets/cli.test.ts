import { describe, expect, it } from 'vitest';
import { run } from '../cli/helpers.js';

describe('loupe outlets', () => {
  it('lookup names and URLs as text', async () => {
    const r = await run(['outlets', 'lookup', 'Sputnik Afrique', 'https://www.france24.com/es/', 'france24-tv.com']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Sputnik Afrique → Sputnik Afrique \(sputnik-afrique\) · SC .*state media: yes$/);
    expect(lines[1]).toMatch(/france24\) · ISFM .*state media: no$/);
    expect(lines[2]).toMatch(/not in the registry$/);
  });

  it('lookup --stdin --format jsonl: one object a line, stateMedia true exactly for SC/CaPu/CaPr', async () => {
    const r = await run(['outlets', 'lookup', '--stdin', '--format', 'jsonl'], { stdin: 'RT France\n\nhttps://www.bbc.com/mundo\nsputniknews.com.fake-site.net\nhttps://www.hurriyet.com.tr/x\n' });
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { input: 'RT France', match: { id: 'rt-france', name: 'RT France', typology: 'SC', stateMedia: true } },
      { input: 'https://www.bbc.com/mundo', match: { id: 'bbc', name: 'BBC', typology: 'IP', stateMedia: false } },
      { input: 'sputniknews.com.fake-site.net', match: null },
      { input: 'https://www.hurriyet.com.tr/x', match: expect.objectContaining({ typology: 'CaPr', stateMedia: true }) },
    ]);
  });

  it('check validates the bundled registry', async () => {
    const r = await run(['outlets', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/registry\.json: \d+ entries .* 0 error\(s\)/);
  });

  it('check reports a bad file with exit 1 and one line per problem', async () => {
    const bad = JSON.stringify({ entries: [
      { id: 'a', name: 'A', aliases: ['A One'], hosts: ['a.example.org'], typology: 'SC', evidence: [{ claim: { fr: 'x', en: 'x', es: 'x' }, source: 's', url: 'https://example.org/' }] },
      { id: 'b', name: 'B', aliases: ['A One'], hosts: ['a.example.org'], typology: 'IP', evidence: [{ claim: { fr: 'x', en: 'x', es: 'x' }, source: 's', url: 'https://example.org/' }] },
    ] });
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'loupe-outlets-'));
    await writeFile(join(dir, 'extra.json'), bad);
    const r = await run(['outlets', 'check', 'extra.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^extra\.json: error: a, b: host a\.example\.org is claimed by 2 curated entries$/m);
    expect(r.stderr).toMatch(/alias "a one" names 2 curated entries/);
    const missing = await run(['outlets', 'check', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: no such file/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['outlets', 'lookup'])).code).toBe(2);
    expect((await run(['outlets', 'frob'])).code).toBe(2);
    expect((await run(['outlets', 'lookup', 'x', '--format', 'xml'])).code).toBe(2);
  });
});
