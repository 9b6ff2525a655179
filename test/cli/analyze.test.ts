import { mkdtemp, writeFile, readFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../src/core/model/report.js';
import { run } from './helpers.js';

const article = [
  'Regional council approves new cycle lanes for the city centre',
  'By Sam Patel',
  'The regional council approved on Tuesday a plan to build 14 kilometres of protected cycle lanes, its transport committee said.',
  'Work is due to start in the spring, according to the council’s published timetable.',
].join('\n\n');

let dir: string;
let server: Server;
let base: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loupe-cli-'));
  await writeFile(join(dir, 'a.txt'), article);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), '  \n\t\n ');
  await writeFile(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Le conseil régional a approuvé le plan des pistes cyclables\n\nLes élus ont voté mardi, a indiqué la région.', 'latin1'));
  await writeFile(join(dir, 'bad.json'), '{ "headline": "x", "body": [1, }');
  await mkdir(join(dir, 'folder'));
  server = createServer((req, res) => {
    if (req.url === '/article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><head><meta property="og:site_name" content="Test Times"></head><body><article><h1>Regional council approves new cycle lanes</h1><p>${'The council approved the plan on Tuesday, its committee said. '.repeat(5)}</p><p>Work starts in spring, according to the timetable.</p></article></body></html>`);
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 30_000).unref();
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(200 * 1024 * 1024) });
      res.end();
    } else {
      res.writeHead(404);
      res.end('nope');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('loupe analyze', () => {
  it('prints a valid JSON report whose quotes are slices of the text', async () => {
    const r = await run(['analyze', join(dir, 'a.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const report = Report.parse(JSON.parse(r.stdout));
    expect(report.article.text).toBe(article);
    for (const a of report.annotations) expect(report.article.text.slice(a.start, a.end)).toBe(a.quote);
  });

  it('text output is a lint-style listing; html output is a script-free page', async () => {
    const t = await run(['analyze', join(dir, 'a.txt'), '--format', 'text', '--no-score']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Regional council approves');
    const h = await run(['analyze', join(dir, 'a.txt'), '--format', 'html', '--lang', 'es']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^<!doctype html>/);
    expect(h.stdout).toContain('<html lang="es">');
    expect(h.stdout).not.toMatch(/<script/i);
  });

  it('writes to --out', async () => {
    const out = join(dir, 'r.json');
    const r = await run(['analyze', join(dir, 'a.txt'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(Report.parse(JSON.parse(await readFile(out, 'utf8'))).version).toBe(1);
  });

  it('reads standard input with -', async () => {
    const r = await run(['analyze', '-', '--format', 'json'], { stdin: article });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.text).toBe(article);
  });

  it('decodes Windows-1252/Latin-1 files and says so', async () => {
    const r = await run(['analyze', join(dir, 'latin1.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8; decoded as Windows-1252/);
    expect(JSON.parse(r.stdout).article.text).toContain('régional');
  });

  const bad: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['analyze', join(dir, 'nope.txt')], /nope\.txt: no such file/],
    ['a directory', () => ['analyze', join(dir, 'folder')], /folder: is a directory/],
    ['an empty file', () => ['analyze', join(dir, 'empty.txt')], /empty\.txt: the input is empty/],
    ['a blank file', () => ['analyze', join(dir, 'blank.txt')], /blank\.txt: the input is blank/],
    ['a binary file', () => ['analyze', join(dir, 'bin.txt')], /bin\.txt: looks like a binary file/],
    ['malformed JSON', () => ['analyze', join(dir, 'bad.json')], /bad\.json: malformed JSON at line 1, column \d+/],
  ];
  for (const [name, argv, message] of bad) {
    it(`exits 1 with a one-line error for ${name}`, async () => {
      const r = await run(argv());
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('usage errors exit 2', async () => {
    expect((await run(['analyze'])).code).toBe(2);
    expect((await run(['analyze', 'a', 'b'])).code).toBe(2);
    const r = await run(['analyze', join(dir, 'a.txt'), '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of json, text, html/);
    expect((await run(['analyze', join(dir, 'a.txt'), '--bogus'])).stderr).toMatch(/unknown option '--bogus'/);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('--help explains the command', async () => {
    const r = await run(['analyze', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--lang', '--rubric', '--out', '--notes']) expect(r.stdout).toContain(opt);
    const top = await run(['--help']);
    expect(top.stdout).toMatch(/analyze[\s\S]*outlets[\s\S]*rubric/);
  });
});

describe('loupe analyze <url>', () => {
  it('fetches and parses an HTML page', async () => {
    const r = await run(['analyze', `${base}/article.html`, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.article.format).toBe('html');
    expect(report.article.meta.url.value).toBe(`${base}/article.html`);
  });
  it('reports HTTP errors with the URL', async () => {
    const r = await run(['analyze', `${base}/missing`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing: the server answered HTTP 404/);
  });
  it('refuses a body larger than the cap before downloading it', async () => {
    const r = await run(['analyze', `${base}/huge`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge: too large/);
  });
  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    const r = await run(['analyze', `http://127.0.0.1:${port}/x`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/x: could not fetch \(ECONNREFUSED\)/);
  });
  it('gives up on a server that does not answer in time', async () => {
    const r = await run(['analyze', `${base}/slow`], { env: { LOUPE_FETCH_TIMEOUT_MS: '300' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/slow: no answer within 0\.3 s \(timed out\)/);
  });
});
