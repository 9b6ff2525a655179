import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Report } from '../../src/core/model/report.js';
import { run } from './helpers.js';

const text = (topic: string) =>
  [`Council votes on ${topic} after a long debate`, 'By Ana Ruiz', `The council approved the ${topic} plan on Monday, its spokesperson said in a statement.`, 'Work is due to begin next year, according to the published schedule.'].join('\n\n');
const html = (topic: string) => `<html><head><title>${topic}</title></head><body><article><h1>Residents discuss ${topic}</h1><p>${`The ${topic} meeting was held on Tuesday, the organisers said. `.repeat(6)}</p></article></body></html>`;
const json = (topic: string) => JSON.stringify({ headline: `A report on ${topic}`, body: [`The ${topic} report was published on Friday, the ministry said.`, 'Critics asked for more time, according to a letter seen by reporters.'] });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loupe-many-'));
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'bikes.txt'), text('cycle lanes'));
  await writeFile(join(dir, 'in', 'parks.html'), html('parks'));
  await writeFile(join(dir, 'in', 'water.json'), json('water'));
  // Not articles, or our own output: skipped in a folder.
  await writeFile(join(dir, 'in', 'readme.md'), '# notes');
  await writeFile(join(dir, 'in', '.hidden.txt'), text('secrets'));
  await writeFile(join(dir, 'in', 'old.report.json'), '{}');
  await mkdir(join(dir, 'in', 'sub'));
  await writeFile(join(dir, 'in', 'sub', 'deep.txt'), text('tunnels'));
});

const reportsIn = async (d: string) => (await readdir(d)).sort();

describe('loupe analyze --out-dir', () => {
  it('analyses every article of a folder into one report each, named after its input', async () => {
    const r = await run(['analyze', join(dir, 'in'), '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(await reportsIn(join(dir, 'out'))).toEqual(['bikes.report.json', 'parks.report.json', 'water.report.json']);
    const formats: Record<string, string> = {};
    for (const f of await reportsIn(join(dir, 'out'))) {
      const report = Report.parse(JSON.parse(await readFile(join(dir, 'out', f), 'utf8')));
      formats[f] = report.article.format;
      for (const a of report.annotations) expect(report.article.text.slice(a.start, a.end)).toBe(a.quote);
    }
    expect(formats).toEqual({ 'bikes.report.json': 'text', 'parks.report.json': 'html', 'water.report.json': 'json' });
    expect(r.stderr).toMatch(/3 of 3 reports written/);
    // Not a terminal: no progress line, no control characters.
    expect(r.stderr).not.toMatch(/[\r\x1b]|analysing/);
  });

  it('the report matches what a single-file run prints', async () => {
    await run(['analyze', join(dir, 'in', 'bikes.txt'), '--out-dir', join(dir, 'out')]);
    const one = await run(['analyze', join(dir, 'in', 'bikes.txt'), '--format', 'json']);
    expect(await readFile(join(dir, 'out', 'bikes.report.json'), 'utf8')).toBe(one.stdout);
  });

  it('reports each failing input on its own line and goes on with the others (exit 1)', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'bad.json'), '{ "headline": ');
    await mkdir(join(dir, 'nothing'));
    const r = await run(['analyze', join(dir, 'empty.txt'), join(dir, 'missing.txt'), join(dir, 'in', 'bikes.txt'), join(dir, 'bad.json'), join(dir, 'nothing'), join(dir, 'in', 'water.json'), '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(await reportsIn(join(dir, 'out'))).toEqual(['bikes.report.json', 'water.report.json']);
    const lines = r.stderr.trim().split('\n');
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/empty\.txt: the input is empty/);
    expect(lines.find((l) => l.includes('missing.txt'))).toMatch(/missing\.txt: no such file/);
    expect(lines.find((l) => l.includes('bad.json'))).toMatch(/bad\.json: malformed JSON at line 1/);
    expect(lines.find((l) => l.includes('nothing:'))).toMatch(/no article files/);
    expect(lines.at(-1)).toMatch(/2 of 5 reports written .*4 failed/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('never lets two inputs with the same name overwrite each other', async () => {
    await mkdir(join(dir, 'other'));
    await writeFile(join(dir, 'other', 'bikes.txt'), text('bike parking'));
    await writeFile(join(dir, 'in', 'bikes.html'), html('bike lanes'));
    const r = await run(['analyze', join(dir, 'in'), join(dir, 'other'), '--out-dir', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const out = await reportsIn(join(dir, 'out'));
    expect(out).toHaveLength(5);
    const texts = await Promise.all(out.map(async (f) => JSON.parse(await readFile(join(dir, 'out', f), 'utf8')).article.text as string));
    expect(new Set(texts).size).toBe(5);
  });

  it('writes html and text reports with matching extensions', async () => {
    expect((await run(['analyze', join(dir, 'in', 'bikes.txt'), join(dir, 'in', 'water.json'), '--format', 'html', '--out-dir', join(dir, 'h')])).code).toBe(0);
    expect(await reportsIn(join(dir, 'h'))).toEqual(['bikes.report.html', 'water.report.html']);
    expect(await readFile(join(dir, 'h', 'bikes.report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect((await run(['analyze', join(dir, 'in', 'bikes.txt'), '--format', 'text', '--out-dir', join(dir, 't')])).code).toBe(0);
    expect(await reportsIn(join(dir, 't'))).toEqual(['bikes.report.txt']);
  });

  it('writing into the input folder: a second run reads the same articles, not the reports', async () => {
    const first = await run(['analyze', join(dir, 'in'), '--out-dir', join(dir, 'in')]);
    const second = await run(['analyze', join(dir, 'in'), '--out-dir', join(dir, 'in')]);
    expect(first.code).toBe(0);
    expect(second.stderr).toBe(first.stderr);
    expect(second.stderr).toMatch(/3 of 3/);
  });

  it('on a terminal, draws a progress line on stderr and clears it', async () => {
    const r = await run(['analyze', join(dir, 'in', 'bikes.txt'), join(dir, 'in', 'water.json'), '--out-dir', join(dir, 'out')], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/analysing 1\/2: .*bikes\.txt/);
    expect(r.stderr).toMatch(/analysing 2\/2: .*water\.json/);
    // The progress line is cleared before the summary, which is the only full line.
    expect(r.stderr).toMatch(/\r\x1b\[2Kloupe analyze: 2 of 2 reports written[^\r\x1b]*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('usage errors: several inputs without --out-dir, --out with --out-dir; a folder without --out-dir', async () => {
    const a = join(dir, 'in', 'bikes.txt');
    const several = await run(['analyze', a, join(dir, 'in', 'water.json')]);
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/several inputs need --out-dir/);
    const both = await run(['analyze', a, '--out', join(dir, 'x.json'), '--out-dir', join(dir, 'out')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--out and --out-dir cannot be combined/);
    const folder = await run(['analyze', join(dir, 'in')]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/in: is a directory.*--out-dir/);
  });

  it('an output folder that cannot be created is one clear error', async () => {
    await writeFile(join(dir, 'afile'), 'x');
    const r = await run(['analyze', join(dir, 'in'), '--out-dir', join(dir, 'afile')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/afile: cannot create the output folder/);
  });

  it('names a URL\'s report after its host and path; standard input is "stdin"', async () => {
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html(`page ${req.url}`));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const r = await run(['analyze', `http://127.0.0.1:${port}/news/story.html`, '-', '--out-dir', join(dir, 'out')], { stdin: text('bus lanes') });
      expect(r.code).toBe(0);
      expect(await reportsIn(join(dir, 'out'))).toEqual(['127.0.0.1-news-story.report.json', 'stdin.report.json']);
      const fromUrl = JSON.parse(await readFile(join(dir, 'out', '127.0.0.1-news-story.report.json'), 'utf8'));
      expect(fromUrl.article.meta.url.value).toBe(`http://127.0.0.1:${port}/news/story.html`);
    } finally {
      server.close();
    }
  });
});
