import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotesCache } from '../../src/llm/cache.js';
import { configFromEnv, type NotesConfig } from '../../src/llm/config.js';
import { draftNotes, type DraftResult } from '../../src/llm/draft.js';
import { LANGS, type Lang } from '../../src/core/model/article.js';
import { Report } from '../../src/core/model/report.js';
import { startFakeAnthropic, readPrompt, type Behavior, type FakeAnthropic } from './fake-anthropic.js';
import { makeReport, ARTICLES } from './reports.js';

const KEY = 'sk-ant-test-SECRETKEY-0123456789abcdef';
let fake: FakeAnthropic;
let dir: string;
/** Totals across the fake runs, printed at the end (the numbers reported to the lead). */
const totals = { runs: 0, requests: 0, attempts: 0, retries: 0, input: 0, output: 0, cacheWrite: 0, cacheRead: 0 };

beforeAll(async () => {
  fake = await startFakeAnthropic();
  dir = await mkdtemp(join(tmpdir(), 'loupe-notes-'));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
  console.log(`fake runs: ${JSON.stringify(totals)}`);
});
afterEach(() => {
  fake.queue.length = 0;
  fake.fallback = { kind: 'valid' };
});

function config(over: Partial<NotesConfig> = {}): NotesConfig {
  return configFromEnv({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: fake.url, LOUPE_NOTES_TIMEOUT_MS: '2000', LOUPE_NOTES_RETRIES: '2' }, over);
}

async function draft(report: Report, behaviors: Behavior[], over: Partial<NotesConfig> = {}, extra: Parameters<typeof draftNotes>[1] = {}): Promise<DraftResult & { calls: number }> {
  fake.queue.push(...behaviors);
  const before = fake.messageCalls().length;
  const r = await draftNotes(report, { config: config(over), now: () => new Date('2026-01-02T03:04:05Z'), ...extra });
  const s = r.stats;
  totals.runs++;
  totals.requests += s.requests;
  totals.attempts += s.attempts;
  totals.retries += s.retries;
  totals.input += s.usage.input;
  totals.output += s.usage.output;
  totals.cacheWrite += s.usage.cacheWrite;
  totals.cacheRead += s.usage.cacheRead;
  return { ...r, calls: fake.messageCalls().length - before };
}

/** The rules' part of a report: everything but warnings. */
const rulesPart = (r: Report) => ({ ...r, warnings: undefined });

function expectNoKey(r: DraftResult): void {
  const all = JSON.stringify(r.report) + JSON.stringify(r.stats) + r.messages.join('\n');
  expect(all).not.toContain(KEY);
  expect(all).not.toContain('SECRETKEY');
}

describe('draftNotes against the fake API (real SDK client)', () => {
  it.each(LANGS)('drafts one grounded note per annotation (%s) and sends a well-formed request', async (lang) => {
    const report = makeReport(lang);
    const r = await draft(report, [{ kind: 'valid' }]);
    expect(r.calls).toBe(1);
    expect(r.stats.status).toBe('drafted');
    expect(r.stats.drafted).toBe(report.annotations.length);
    expect(r.stats.dropped).toBe(0);
    for (const a of r.report.annotations) {
      expect(a.note).toMatchObject({ status: 'draft', model: 'claude-sonnet-5-5', lang, createdAt: '2026-01-02T03:04:05.000Z' });
      expect(a.note!.text.length).toBeGreaterThan(20);
      expect(a.note!.question).toBeTruthy();
      expect(a.note!.check).toBeTruthy();
    }
    // Rules untouched: same annotations (minus notes), same score.
    expect(r.report.annotations.map(({ note: _n, ...rest }) => rest)).toEqual(report.annotations);
    expect(Report.safeParse(r.report).success).toBe(true);

    const req = fake.messageCalls().at(-1)!;
    // This SDK version sends the key as a bearer token.
    expect(req.headers['x-api-key'] ?? req.headers.authorization).toMatch(new RegExp(`^(Bearer )?${KEY}$`));
    expect(req.body.model).toBe('claude-sonnet-5-5');
    expect(Object.keys(req.body).sort()).toEqual(['max_tokens', 'messages', 'model', 'output_config', 'system']);
    expect(req.body.output_config.format.type).toBe('json_schema');
    expect(req.body.output_config.format.schema.properties.notes.type).toBe('array');
    expect(req.body.system).toHaveLength(1);
    expect(req.body.system[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(req.body.messages).toHaveLength(1);
    const p = readPrompt(req.body);
    expect(p.user).toContain(ARTICLES[lang].text);
    expect(p.lang).toBe(lang);
    expect(p.annotations.map((a) => a.id)).toEqual(report.annotations.map((a) => a.id));
    // The flat schema: notes[] of objects whose fields are strings or string lists.
    const item = req.body.output_config.format.schema.properties.notes.items;
    for (const [k, v] of Object.entries<any>(item.properties)) expect(['string', 'array'], k).toContain(v.type);
    expect(item.properties.quotes.items).toEqual({ type: 'string' });
    expect(JSON.stringify(req.body.output_config.format.schema)).not.toMatch(/\$ref|\$defs/);
  });

  it('the static prompt is byte-identical across articles and languages (so it can be cached)', async () => {
    await draft(makeReport('en'), [{ kind: 'valid' }]);
    await draft(makeReport('es'), [{ kind: 'valid' }]);
    const systems = fake.messageCalls().slice(-2).map((r) => JSON.stringify(r.body.system));
    expect(systems[0]).toBe(systems[1]);
  });

  it('sends only the article and the annotations: no existing notes, no student data', async () => {
    const report = makeReport('fr', { notes: { 0: { text: 'NOTE-DE-LA-PROF Sophie Martin, élève Léa', status: 'edited' } } });
    const withExtra = { ...report, student: { name: 'Léa Dupont', answers: ['STUDENT-ANSWER'] } } as unknown as Report;
    const r = await draft(withExtra, [{ kind: 'valid' }]);
    const req = fake.messageCalls().at(-1)!;
    expect(req.raw).not.toContain('NOTE-DE-LA-PROF');
    expect(req.raw).not.toContain('Léa');
    expect(req.raw).not.toContain('STUDENT-ANSWER');
    // The teacher's note is kept; the others get drafts; the annotation with a note was not even asked for.
    expect(readPrompt(req.body).annotations.map((a) => a.id)).toEqual(report.annotations.slice(1).map((a) => a.id));
    expect(r.report.annotations[0]!.note!.text).toContain('NOTE-DE-LA-PROF');
    expect(r.report.annotations[0]!.note!.status).toBe('edited');
    expect(r.report.annotations.slice(1).every((a) => a.note?.status === 'draft')).toBe(true);
  });

  it('drops a note for an unknown annotation id (notes never add flags), keeps the rest', async () => {
    const report = makeReport('en');
    const r = await draft(report, [{ kind: 'unknown-id' }]);
    expect(r.stats.dropped).toBe(1);
    expect(r.stats.dropReasons['unknown-id']).toBe(1);
    expect(r.stats.drafted).toBe(report.annotations.length);
    expect(r.report.annotations.map((a) => a.id)).toEqual(report.annotations.map((a) => a.id));
    expect(r.report.warnings.join(' ')).toMatch(/1 draft\(s\) discarded/);
    expect(r.messages.join('\n')).toMatch(/1 draft\(s\) dropped \(1 unknown-id\)/);
  });

  it('drops a note that quotes text absent from the article; partial results are kept', async () => {
    const report = makeReport('fr');
    const r = await draft(report, [{ kind: 'invented-quote' }]);
    expect(r.stats.dropReasons['invented-quote']).toBe(1);
    expect(r.stats.status).toBe('partial');
    expect(r.report.annotations[0]!.note).toBeUndefined();
    expect(r.report.annotations.slice(1).every((a) => a.note?.status === 'draft')).toBe(true);
    expect(r.report.warnings.join(' ')).toMatch(/brouillon\(s\) écarté\(s\)/);
  });

  it('drops notes written in the wrong language', async () => {
    const r = await draft(makeReport('es'), [{ kind: 'wrong-lang' }]);
    expect(r.stats.dropReasons['wrong-language']).toBe(2);
    expect(r.stats.status).toBe('failed');
    expect(r.report.annotations.every((a) => !a.note)).toBe(true);
  });

  it('keeps valid items when one item breaks the schema', async () => {
    const report = makeReport('en');
    const r = await draft(report, [{ kind: 'invalid-item' }]);
    expect(r.stats.dropReasons['invalid-item']).toBe(1);
    expect(r.stats.drafted).toBe(report.annotations.length - 1);
  });

  it('retries a 429 (honouring retry-after) and then succeeds', async () => {
    const r = await draft(makeReport('en'), [{ kind: 'status', status: 429, retryAfterMs: 20 }, { kind: 'valid' }]);
    expect(r.calls).toBe(2);
    expect(r.stats.requests).toBe(1);
    expect(r.stats.attempts).toBe(2);
    expect(r.stats.retries).toBe(1);
    expect(r.stats.status).toBe('drafted');
    expect(fake.messageCalls().at(-1)!.headers['x-stainless-retry-count']).toBe('1');
  });

  it('gives up gracefully after repeated 500s: the rules report unchanged, with a warning', async () => {
    const report = makeReport('es');
    fake.fallback = { kind: 'status', status: 500, retryAfterMs: 5 };
    const r = await draft(report, [], { maxRetries: 2 });
    expect(r.calls).toBe(3);
    expect(r.stats.retries).toBe(2);
    expect(r.stats.status).toBe('failed');
    expect(r.stats.error).toMatch(/HTTP 500/);
    expect(rulesPart(r.report)).toEqual(rulesPart(report));
    expect(r.report.warnings).toHaveLength(1);
    expect(r.report.warnings[0]).toMatch(/no cambia/);
  });

  it('asks again once after malformed JSON, then gives up gracefully', async () => {
    const report = makeReport('en');
    fake.fallback = { kind: 'malformed' };
    const r = await draft(report, []);
    expect(r.calls).toBe(2);
    expect(r.stats.status).toBe('failed');
    expect(r.stats.error).toMatch(/malformed JSON/);
    expect(rulesPart(r.report)).toEqual(rulesPart(report));
  });

  it('recovers when malformed JSON is followed by a valid answer', async () => {
    const r = await draft(makeReport('fr'), [{ kind: 'malformed' }, { kind: 'valid' }]);
    expect(r.stats.requests).toBe(2);
    expect(r.stats.status).toBe('drafted');
  });

  it('accepts a refusal without retrying it', async () => {
    const report = makeReport('fr');
    const r = await draft(report, [{ kind: 'refusal' }, { kind: 'valid' }]);
    expect(r.calls).toBe(1);
    expect(r.stats.error).toMatch(/refusal/);
    expect(rulesPart(r.report)).toEqual(rulesPart(report));
    fake.queue.length = 0;
  });

  it('times out on a slow answer (retried within limits) and keeps the rules report', async () => {
    const report = makeReport('en');
    fake.fallback = { kind: 'slow', ms: 3000 };
    const r = await draft(report, [], { timeoutMs: 150, maxRetries: 1 });
    expect(r.calls).toBe(2);
    expect(r.stats.error).toMatch(/no answer within 0.15 s/);
    expect(rulesPart(r.report)).toEqual(rulesPart(report));
  });

  it('with no key: no request, report unchanged, one message saying notes need a key', async () => {
    const report = makeReport('fr');
    const before = fake.requests.length;
    const r = await draftNotes(report, { config: configFromEnv({ ANTHROPIC_BASE_URL: fake.url }) });
    expect(fake.requests.length).toBe(before);
    expect(r.report).toEqual(report);
    expect(r.stats.status).toBe('no-key');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatch(/ANTHROPIC_API_KEY/);
  });

  it('never lets the API key reach a report, a message or the cache, whatever fails', async () => {
    const cacheDir = join(dir, 'keyscan');
    const cache = new NotesCache(cacheDir);
    const cases: Behavior[][] = [
      [{ kind: 'valid' }],
      [{ kind: 'status', status: 401, type: 'authentication_error', message: `invalid x-api-key ${KEY}` }],
      [{ kind: 'status', status: 400, message: `bad request for key ${KEY}` }],
      [{ kind: 'malformed' }, { kind: 'malformed' }],
      [{ kind: 'refusal' }],
    ];
    for (const [i, c] of cases.entries()) {
      const lang: Lang = LANGS[i % 3]!;
      const r = await draft(makeReport(lang), c, { maxRetries: 0 }, { cache, refresh: true });
      expectNoKey(r);
    }
    for (const f of await readdir(join(cacheDir, 'notes'))) expect(await readFile(join(cacheDir, 'notes', f), 'utf8')).not.toContain('SECRETKEY');
  });

  it('caches grounded drafts on disk: a re-run costs no request; refresh and another model miss', async () => {
    const cache = new NotesCache(join(dir, 'cache'));
    const report = makeReport('es');
    const first = await draft(report, [{ kind: 'valid' }], {}, { cache });
    expect(first.calls).toBe(1);
    const again = await draft(report, [], {}, { cache });
    expect(again.calls).toBe(0);
    expect(again.stats.status).toBe('cached');
    expect(again.report.annotations.map((a) => a.note?.text)).toEqual(first.report.annotations.map((a) => a.note?.text));
    const refreshed = await draft(report, [{ kind: 'valid' }], {}, { cache, refresh: true });
    expect(refreshed.calls).toBe(1);
    const other = await draft(report, [{ kind: 'valid' }], { model: 'claude-haiku-4-5' }, { cache });
    expect(other.calls).toBe(1);
    expect(other.report.annotations[0]!.note!.model).toBe('claude-haiku-4-5');
    // A different set of annotations (a teacher note on one) is another key.
    const partial = await draft(makeReport('es', { notes: { 0: { text: 'ma note', status: 'approved' } } }), [{ kind: 'valid' }], {}, { cache });
    expect(partial.calls).toBe(1);
  });

  it('bounds one request to 40 annotations; the next run drafts the rest', async () => {
    const base = makeReport('en');
    const words = [...base.article.text.matchAll(/[A-Za-z]{3,}/g)].slice(0, 45);
    expect(words).toHaveLength(45);
    const many = { ...base, annotations: words.map((m) => ({ ...base.annotations[0]!, id: `unsourced-claim:${m.index}-${m.index! + m[0].length}`, kind: 'unsourced-claim' as const, start: m.index!, end: m.index! + m[0].length, quote: m[0] })) };
    const first = await draft(many, [{ kind: 'valid' }]);
    expect(readPrompt(fake.messageCalls().at(-1)!.body).annotations).toHaveLength(40);
    expect(first.stats.drafted).toBe(40);
    expect(first.messages[0]).toMatch(/45 annotations need a note; this run drafts the first 40/);
    const second = await draft(first.report, [{ kind: 'valid' }]);
    expect(second.stats.drafted).toBe(5);
    expect(second.report.annotations.every((a) => a.note)).toBe(true);
  });

  it('reports token usage (prompt cache write, then read) and a cost estimate', async () => {
    const r = await draft(makeReport('en'), [{ kind: 'valid' }]);
    const u = r.stats.usage;
    expect(u.input).toBeGreaterThan(0);
    expect(u.output).toBeGreaterThan(0);
    expect(u.cacheRead + u.cacheWrite).toBeGreaterThan(0);
    const p = config().price;
    const expected = (u.input * p.input + u.cacheWrite * p.input * 1.25 + u.cacheRead * p.input * 0.1 + u.output * p.output) / 1e6;
    expect(r.stats.costUSD).toBeCloseTo(expected, 6);
  });
});
