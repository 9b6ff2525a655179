/** The CLI in-process (`main([...], fakeIO)`) with the environment pointing at the fake Anthropic API. */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/helpers.js';
import { Report } from '../../src/core/model/report.js';
import { startFakeAnthropic, type FakeAnthropic } from './fake-anthropic.js';
import { makeReport } from './reports.js';

const KEY = 'sk-ant-cli-SECRETKEY-abcdef0123456789';
const SEED = resolve('examples/presstv-fr-coalition.txt');
let fake: FakeAnthropic;
let dir: string;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  dir = await mkdtemp(join(tmpdir(), 'loupe-notes-cli-'));
});
afterAll(async () => {
  const msgs = fake.messageCalls();
  const retried = fake.requests.filter((r) => Number(r.headers['x-stainless-retry-count'] ?? 0) > 0).length;
  console.log(`fake CLI runs: ${fake.requests.length} HTTP requests (${msgs.length} /v1/messages, ${fake.requests.length - msgs.length} batch endpoints), ${retried} of them retries`);
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  fake.queue.length = 0;
  fake.fallback = { kind: 'valid' };
  fake.pollsBeforeEnd = 0;
  fake.batchResults = {};
});

const env = (extra: Record<string, string> = {}) => ({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: fake.url, LOUPE_NOTES_TIMEOUT_MS: '2000', LOUPE_NOTES_RETRIES: '1', ...extra });
let n = 0;
async function workdir(): Promise<string> {
  const d = join(dir, `w${++n}`);
  await mkdir(d, { recursive: true });
  return d;
}

async function listFiles(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

async function expectNoKeyUnder(d: string): Promise<void> {
  for (const f of await listFiles(d)) expect(await readFile(f, 'utf8'), f).not.toContain('SECRETKEY');
}

describe('loupe analyze --notes', () => {
  it('attaches a draft note to every annotation of the seed report', async () => {
    const cwd = await workdir();
    const r = await run(['analyze', SEED, '--notes', '--format', 'json'], { env: env(), cwd });
    expect(r.code).toBe(0);
    const report = Report.parse(JSON.parse(r.stdout));
    expect(report.annotations.length).toBeGreaterThan(0);
    for (const a of report.annotations) expect(a.note).toMatchObject({ status: 'draft', model: 'claude-sonnet-5-5', lang: report.lang });
    expect(r.stderr).toMatch(/notes: \d+\/\d+ drafted .*1 request\(s\), 0 retries; tokens in \d+/);
    expect(r.stderr + r.stdout).not.toContain('SECRETKEY');
    // Second run: from the cache in cwd/.loupe-cache, no request.
    const before = fake.messageCalls().length;
    const again = await run(['analyze', SEED, '--notes', '--format', 'json'], { env: env(), cwd });
    expect(fake.messageCalls().length).toBe(before);
    expect(again.stderr).toMatch(/from the cache/);
    expect(JSON.parse(again.stdout).annotations.map((a: any) => a.note.text)).toEqual(report.annotations.map((a) => a.note!.text));
    await expectNoKeyUnder(join(cwd, '.loupe-cache'));
    // --no-cache asks again.
    await run(['analyze', SEED, '--notes', '--no-cache', '--format', 'json'], { env: env(), cwd });
    expect(fake.messageCalls().length).toBe(before + 1);
  });

  it('with no key: the rules report, exit 0, one line on stderr saying why', async () => {
    const cwd = await workdir();
    const plain = await run(['analyze', SEED, '--format', 'json'], { env: {}, cwd });
    const before = fake.requests.length;
    const r = await run(['analyze', SEED, '--notes', '--format', 'json'], { env: { ANTHROPIC_BASE_URL: fake.url }, cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/needs an API key.*ANTHROPIC_API_KEY/);
    expect(fake.requests.length).toBe(before);
  });

  it('with a failing API: still the rules report (plus a warning), exit 0', async () => {
    const cwd = await workdir();
    const plain = JSON.parse((await run(['analyze', SEED, '--format', 'json'], { env: {}, cwd })).stdout);
    fake.fallback = { kind: 'status', status: 503, type: 'overloaded_error', retryAfterMs: 5 };
    const r = await run(['analyze', SEED, '--notes', '--format', 'json'], { env: env(), cwd });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect({ ...out, warnings: [] }).toEqual({ ...plain, warnings: [] });
    expect(out.warnings.at(-1)).toMatch(/HTTP 503/);
    expect(r.stderr).toMatch(/no notes drafted \(the API answered HTTP 503 overloaded_error\)/);
    expect(r.stderr + r.stdout).not.toContain('SECRETKEY');
  });
});

describe('loupe notes <report.json>', () => {
  it('drafts for an existing report, to --out', async () => {
    const cwd = await workdir();
    await writeFile(join(cwd, 'r.json'), JSON.stringify(makeReport('en')));
    const r = await run(['notes', 'r.json', '--out', 'with-notes.json'], { env: env(), cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const out = Report.parse(JSON.parse(await readFile(join(cwd, 'with-notes.json'), 'utf8')));
    expect(out.annotations.every((a) => a.note?.status === 'draft' && a.note.lang === 'en')).toBe(true);
  });

  it('reads standard input and honours --lang and --model', async () => {
    const cwd = await workdir();
    const r = await run(['notes', '-', '--lang', 'es', '--model', 'claude-haiku-4-5'], { env: env(), cwd, stdin: JSON.stringify(makeReport('fr')) });
    expect(r.code).toBe(0);
    const out = Report.parse(JSON.parse(r.stdout));
    expect(out.annotations.every((a) => a.note?.lang === 'es' && a.note.model === 'claude-haiku-4-5')).toBe(true);
    expect(fake.messageCalls().at(-1)!.body.model).toBe('claude-haiku-4-5');
  });

  it.each([
    [['notes'], 2, /needs a report file/],
    [['notes', 'a.json', 'b.json'], 2, /one report/],
    [['notes', 'r.json', '--lang', 'de'], 2, /--lang must be one of/],
    [['notes', 'r.json', '--collect'], 2, /go with --batch/],
    [['notes', '--batch', 'x', 'r.json'], 2, /takes a directory/],
    [['notes', 'missing.json'], 1, /missing\.json: no such file/],
    [['notes', 'bad.json'], 1, /bad\.json: not JSON/],
    [['notes', 'other.json'], 1, /other\.json: not a Loupe report/],
    [['notes', '--batch', 'nowhere'], 1, /nowhere: no such directory/],
  ] as const)('%j → exit %i', async (argv, code, re) => {
    const cwd = await workdir();
    await writeFile(join(cwd, 'r.json'), JSON.stringify(makeReport('fr')));
    await writeFile(join(cwd, 'bad.json'), '{ nope');
    await writeFile(join(cwd, 'other.json'), '{"version": 2}');
    const r = await run([...argv], { env: env(), cwd });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(re);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('--help explains the commands, environment and exit codes', async () => {
    const r = await run(['notes', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--batch DIR', '--collect', '--wait', '--no-cache', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'LOUPE_MODEL', 'Exit codes']) expect(r.stdout).toContain(s);
  });
});

describe('loupe notes --batch DIR (Message Batches API)', () => {
  async function readingList(): Promise<string> {
    const cwd = await workdir();
    const list = join(cwd, 'list');
    await mkdir(list);
    await writeFile(join(list, 'fr.report.json'), JSON.stringify(makeReport('fr')));
    await writeFile(join(list, 'en.json'), JSON.stringify(makeReport('en')));
    await writeFile(join(list, 'es.json'), JSON.stringify(makeReport('es')));
    await copyFile(SEED, join(list, 'seed.txt'));
    await writeFile(join(list, 'broken.json'), '{ not json');
    await writeFile(join(list, 'notes.md'), 'not an article');
    return cwd;
  }

  it('submits, reports progress, collects (partial results kept), and refuses to collect twice', async () => {
    const cwd = await readingList();
    fake.pollsBeforeEnd = 1;
    const sub = await run(['notes', '--batch', 'list'], { env: env(), cwd });
    expect(sub.code).toBe(0);
    expect(sub.stderr).toMatch(/skipped list\/broken\.json/);
    expect(sub.stderr).toMatch(/submitted batch msgbatch_fake_\d+ with 4 request\(s\)/);
    const create = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages/batches').at(-1)!;
    expect(create.body.requests).toHaveLength(4);
    for (const q of create.body.requests) {
      expect(q.custom_id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(q.params.output_config.format.type).toBe('json_schema');
      expect(q.params.system[0].cache_control).toEqual({ type: 'ephemeral' });
      expect(q.params.model).toBe('claude-sonnet-5-5');
    }
    const out = join(cwd, 'list', 'loupe-reports');
    const names = (await readdir(out)).sort();
    expect(names).toEqual(['en.report.json', 'es.report.json', 'fr.report.json', 'loupe-batch.json', 'seed.report.json']);
    // The rules' reports are on disk before any result.
    const before = Report.parse(JSON.parse(await readFile(join(out, 'en.report.json'), 'utf8')));
    expect(before.annotations.every((a) => !a.note)).toBe(true);

    // Requests in sorted file order: en, es, fr, seed → make es (index 1) error.
    fake.batchResults = { 1: 'errored' };
    const resubmit0 = await run(['notes', '--batch', 'list'], { env: env(), cwd });
    expect(resubmit0.stderr).toMatch(/not collected yet; run with --collect/);
    const pending = await run(['notes', '--batch', 'list', '--collect'], { env: env(), cwd });
    expect(pending.code).toBe(0);
    expect(pending.stderr).toMatch(/is in progress \(4 processing/);

    const done = await run(['notes', '--batch', 'list', '--collect'], { env: env(), cwd });
    expect(done.code).toBe(0);
    expect(done.stderr).toMatch(/es\.report\.json: no notes \(the request errored \(api_error\)\)/);
    expect(done.stderr).toMatch(/drafted .*batch price/);
    for (const name of ['en', 'fr', 'seed']) {
      const rep = Report.parse(JSON.parse(await readFile(join(out, `${name}.report.json`), 'utf8')));
      expect(rep.annotations.length).toBeGreaterThan(0);
      expect(rep.annotations.every((a) => a.note?.status === 'draft'), name).toBe(true);
    }
    const es = Report.parse(JSON.parse(await readFile(join(out, 'es.report.json'), 'utf8')));
    expect(es.annotations.every((a) => !a.note)).toBe(true);
    expect(es.warnings.at(-1)).toMatch(/no cambia/);

    const twice = await run(['notes', '--batch', 'list', '--collect'], { env: env(), cwd });
    expect(twice.stderr).toMatch(/already collected/);
    await expectNoKeyUnder(cwd);
  });

  it('--wait submits, polls and collects in one go; a re-run uses the cache and submits nothing', async () => {
    const cwd = await readingList();
    fake.pollsBeforeEnd = 2;
    const r = await run(['notes', '--batch', 'list', '--wait', '--poll', '0.01', '--out', 'out'], { env: env(), cwd });
    expect(r.code).toBe(0);
    const rep = Report.parse(JSON.parse(await readFile(join(cwd, 'out', 'fr.report.json'), 'utf8')));
    expect(rep.annotations.every((a) => a.note?.status === 'draft')).toBe(true);
    const batchesBefore = fake.requests.filter((q) => q.path === '/v1/messages/batches').length;
    const again = await run(['notes', '--batch', 'list', '--out', 'out2'], { env: env(), cwd });
    expect(again.stderr).toMatch(/4 with cached notes/);
    expect(again.stderr).toMatch(/nothing to submit/);
    expect(fake.requests.filter((q) => q.path === '/v1/messages/batches').length).toBe(batchesBefore);
  });

  it('--wait gives up after --max-wait and leaves the batch to --collect', async () => {
    const cwd = await readingList();
    fake.pollsBeforeEnd = 1000;
    const r = await run(['notes', '--batch', 'list', '--wait', '--poll', '0.01', '--max-wait', '0.05'], { env: env(), cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/is in progress .*run again with --collect later/);
    fake.pollsBeforeEnd = 0;
    const done = await run(['notes', '--batch', 'list', '--collect'], { env: env(), cwd });
    expect(done.stderr).toMatch(/drafted/);
  });

  it('with no key: writes the rules reports and says why in one line; a failing submit keeps them too', async () => {
    const cwd = await readingList();
    const r = await run(['notes', '--batch', 'list'], { env: { ANTHROPIC_BASE_URL: fake.url }, cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/needs an API key/);
    expect((await readdir(join(cwd, 'list', 'loupe-reports'))).filter((f) => f.endsWith('.report.json'))).toHaveLength(4);
    fake.queue.push({ kind: 'status', status: 400, message: `bad key ${KEY}` });
    const failed = await run(['notes', '--batch', 'list', '--no-cache'], { env: env({ LOUPE_NOTES_RETRIES: '0' }), cwd });
    expect(failed.code).toBe(0);
    expect(failed.stderr).toMatch(/could not submit the batch \(the API answered HTTP 400/);
    expect(failed.stderr).not.toContain('SECRETKEY');
  });
});
