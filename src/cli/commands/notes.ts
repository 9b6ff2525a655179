import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { analyze } from '../../core/analyze.js';
import { InputError, formatZodIssues } from '../../core/errors.js';
import { LANGS } from '../../core/model/article.js';
import { Report } from '../../core/model/report.js';
import { NotesCache, cacheKey, sha256 } from '../../llm/cache.js';
import { configFromEnv, DEFAULT_MODEL, redact, type NotesConfig } from '../../llm/config.js';
import { attachDrafts, draftNotes, NO_KEY_MESSAGE, summarize, targetsOf, type AttemptCounter } from '../../llm/draft.js';
import { batchStatus, collectBatch, submitBatch, waitForBatch, type BatchInput, type SubmittedItem } from '../../llm/batch.js';
import { groundNotes } from '../../llm/ground.js';
import { PROMPT_VERSION } from '../../llm/prompt.js';
import { oneOf, parse, UsageError } from '../args.js';
import { parseDocument, readInput, type IO } from '../io.js';
import { cacheDirFor } from '../notes-hook.js';
import { resolveRubricArg } from '../rubric-arg.js';

export const HELP = `loupe notes <report.json|-> [options]
loupe notes --batch DIR [--wait | --collect] [options]

Draft a note for the TEACHER on each annotation of a Loupe report, with a language model (Anthropic API):
an explanation (at most 80 words, in the report's language), a question for students and a "how to check"
step (lateral reading). Notes are drafts ("status": "draft"): a teacher approves, edits or rejects them in
the widget, and students only ever see approved or edited notes.

Only the article text and its annotations (ids, kinds, quotes, messages, evidence) are sent. Every note
must name an existing annotation and may quote only text in the article; anything else is dropped (counted
on stderr and in the report's warnings). Notes never add flags. Annotations that already have a note
(a teacher's, or an earlier draft) are left alone.

Single report:
  loupe notes report.json [--out FILE]   the report with notes, as JSON (standard output by default)
  loupe analyze article.txt --notes --format json   the same in one step

Reading list (Message Batches API: half price, results within 24 h):
  loupe notes --batch DIR                analyze every article in DIR (.txt .html .json; a .json that is
                                         already a Loupe report is used as is), write the rules' reports to
                                         the output directory, submit one batch request per article, and
                                         save the batch id in OUT/loupe-batch.json
  loupe notes --batch DIR --collect      if the batch has ended, attach the notes to the reports in OUT;
                                         otherwise print its progress (run it again later)
  loupe notes --batch DIR --wait         submit (or resume) and poll until the batch ends, then collect

Options:
  --out PATH              single report: write the JSON there; batch: output directory
                          (default: DIR/loupe-reports)
  --lang fr|en|es         language of the notes (default: the report's language)
  --model ID              model (default: LOUPE_MODEL, else ${DEFAULT_MODEL})
  --no-cache              ignore cached drafts (they are still refreshed on disk)
  --cache-dir DIR         where drafts are cached (default: LOUPE_CACHE_DIR, else .loupe-cache/)
  --poll SECONDS          with --wait: seconds between status checks (default 30)
  --max-wait SECONDS      with --wait: give up waiting after this long (default 3600); --collect later
  --rubric <id|path>      batch: rubric to score the articles with

Environment:
  ANTHROPIC_API_KEY       required to draft; without it the rules' report is written unchanged (exit 0)
  ANTHROPIC_BASE_URL      API base URL (a proxy, or a local fake in tests)
  LOUPE_MODEL             model id
  LOUPE_NOTES_TIMEOUT_MS  timeout of one HTTP attempt (default 60000)
  LOUPE_NOTES_RETRIES     retries after 429 (honouring retry-after), 5xx, timeouts (default 2)
  LOUPE_NOTES_PRICE       "input,output" US$ per million tokens, for the cost estimate

Drafts are cached on disk, keyed by the article's hash, the annotation ids, the model and the prompt
version (${PROMPT_VERSION}): running again costs nothing. Token usage and an estimated cost go to stderr.

Failure is never loss: with no key, API errors (after retries), timeouts, malformed output or a refusal,
the rules' report is written unchanged (plus a warning) and the exit code is 0.
Exit codes: 0 ok (with or without notes), 1 bad input (unreadable or invalid report, missing DIR),
2 usage error.
`;

const ARTICLE_EXT = new Set(['.txt', '.html', '.htm', '.json']);
const MANIFEST = 'loupe-batch.json';

interface Manifest {
  version: 1;
  batchId: string;
  model: string;
  promptVersion: string;
  submittedAt: string;
  collectedAt?: string;
  items: (SubmittedItem & { file: string; report: string })[];
}

function seconds(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number of seconds (got "${v}")`);
  return n;
}

/** Read and validate a Loupe report; errors name the file and the field. */
export function parseReport(text: string, where: string): Report {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(`not JSON (${(e as Error).message.split('\n')[0]})`, where);
  }
  const r = Report.safeParse(raw);
  if (!r.success) throw new InputError(`not a Loupe report: ${formatZodIssues(r.error.issues, 1)[0]}`, where);
  return r.data;
}

async function writeText(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (e) {
    throw new InputError(`cannot write (${(e as { code?: string }).code ?? (e as Error).message})`, path);
  }
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

export async function run(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    model: { type: 'string' },
    cache: { type: 'boolean', default: true },
    'cache-dir': { type: 'string' },
    batch: { type: 'string' },
    collect: { type: 'boolean', default: false },
    wait: { type: 'boolean', default: false },
    poll: { type: 'string' },
    'max-wait': { type: 'string' },
    rubric: { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const lang = oneOf('lang', values.lang, LANGS);
  if (values.model !== undefined && !values.model.trim()) throw new UsageError('--model needs a model id');
  const config = configFromEnv(io.env, values.model ? { model: values.model.trim() } : {});
  const cacheDir = cacheDirFor(io, values['cache-dir']);

  if (values.batch !== undefined) {
    if (positionals.length) throw new UsageError('--batch takes a directory, not a report file');
    if (values.collect && values.wait) throw new UsageError('use --collect or --wait, not both');
    if (lang) throw new UsageError('--lang applies to a single report; batch notes use each report\'s language');
    return runBatch(values.batch, {
      io,
      config,
      out: values.out,
      collect: values.collect === true,
      wait: values.wait === true,
      pollMs: seconds('poll', values.poll, 30) * 1000,
      maxWaitMs: seconds('max-wait', values['max-wait'], 3600) * 1000,
      cache: new NotesCache(cacheDir),
      useCache: values.cache !== false,
      rubric: values.rubric,
    });
  }
  if (values.collect || values.wait || values.poll !== undefined || values['max-wait'] !== undefined) throw new UsageError('--collect, --wait, --poll and --max-wait go with --batch DIR');
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'notes takes one report' : 'notes needs a report file (loupe analyze … --format json), - for standard input, or --batch DIR');

  const input = await readInput(positionals[0]!, io);
  const report = parseReport(input.text, input.where);
  // --no-cache refreshes: it skips reading but still writes the new drafts.
  const { report: out, stats, messages } = await draftNotes(report, { config, lang, cache: new NotesCache(cacheDir), refresh: values.cache === false });
  for (const m of messages) io.stderr(m + '\n');
  if (stats.requests > 0) io.stderr(summarize(stats) + '\n');
  if (values.out) await writeText(resolve(io.cwd, values.out), json(out));
  else io.stdout(json(out));
  return 0;
}

interface BatchRun {
  io: IO;
  config: NotesConfig;
  out?: string;
  collect: boolean;
  wait: boolean;
  pollMs: number;
  maxWaitMs: number;
  cache: NotesCache;
  useCache: boolean;
  rubric?: string;
}

async function readManifest(outDir: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const m = JSON.parse(text) as Manifest;
    if (m.version !== 1 || typeof m.batchId !== 'string' || !Array.isArray(m.items)) throw new Error('unexpected shape');
    return m;
  } catch (e) {
    throw new InputError(`not a Loupe batch manifest (${(e as Error).message})`, join(outDir, MANIFEST));
  }
}

async function runBatch(dirArg: string, o: BatchRun): Promise<number> {
  const { io, config } = o;
  const dir = resolve(io.cwd, dirArg);
  const outDir = resolve(io.cwd, o.out ?? join(dirArg, 'loupe-reports'));
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new InputError(code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'is a file, not a directory' : (e as Error).message, dirArg);
  }
  const counter: AttemptCounter = { attempts: 0 };
  const existing = await readManifest(outDir);

  if (o.collect || (o.wait && existing && !existing.collectedAt)) {
    if (!existing) throw new InputError(`no batch was submitted here (no ${MANIFEST}); run "loupe notes --batch ${dirArg}" first`, relative(io.cwd, outDir) || '.');
    if (existing.collectedAt) {
      io.stderr(`notes: batch ${existing.batchId} was already collected on ${existing.collectedAt}; the reports are in ${relative(io.cwd, outDir) || '.'}\n`);
      return 0;
    }
    if (!config.apiKey) {
      io.stderr(NO_KEY_MESSAGE.replace('the report has no notes', 'cannot collect the batch') + '\n');
      return 0;
    }
    return collect(existing, outDir, o, counter);
  }

  if (existing && !existing.collectedAt) {
    io.stderr(`notes: batch ${existing.batchId} was submitted on ${existing.submittedAt} and not collected yet; run with --collect (or --wait), or delete ${relative(io.cwd, join(outDir, MANIFEST))} to start over\n`);
    return 0;
  }

  // Submit: analyze the reading list, write the rules' reports first (they survive whatever happens next).
  const files = names.filter((n) => ARTICLE_EXT.has(extname(n).toLowerCase()) && !n.startsWith('.') && !/\.gold\.json$/i.test(n)).sort();
  if (files.length === 0) throw new InputError('no article files (.txt, .html, .json) in this directory', dirArg);
  await mkdir(outDir, { recursive: true }).catch((e) => {
    throw new InputError(`cannot create (${(e as { code?: string }).code ?? (e as Error).message})`, outDir);
  });
  const rubric = await resolveRubricArg(o.rubric, io);
  const inputs: (BatchInput & { file: string; reportPath: string })[] = [];
  const used = new Set<string>();
  let cached = 0;
  for (const [i, file] of files.entries()) {
    const where = join(dirArg, file);
    let report: Report;
    try {
      const text = await readFile(join(dir, file), 'utf8');
      const ext = extname(file).toLowerCase();
      const maybe = ext === '.json' ? (() => { try { return JSON.parse(text) as { version?: unknown; annotations?: unknown }; } catch { return undefined; } })() : undefined;
      report = maybe && maybe.version === 1 && Array.isArray(maybe.annotations)
        ? parseReport(text, where)
        : await analyze(text, { format: ext === '.json' ? 'json' : ext === '.txt' ? 'text' : 'html', where, parseDocument, rubric });
    } catch (e) {
      io.stderr(`notes: skipped ${where}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
      continue;
    }
    let stem = basename(file, extname(file)).replace(/\.report$/, '');
    while (used.has(stem)) stem += '_';
    used.add(stem);
    const reportPath = join(outDir, `${stem}.report.json`);
    // Cache hits are attached now and leave the batch.
    const targets = targetsOf(report);
    if (o.useCache && targets.length) {
      const hit = await o.cache.get(cacheKey(report.article.text, targets.map((a) => a.id), config.model, report.lang));
      if (hit) {
        const g = await groundNotes(report, Object.entries(hit.notes).map(([annotationId, n]) => ({ annotationId, text: n.text, question: n.question ?? '', check: n.check ?? '', quotes: [] })), { lang: report.lang, checkLanguage: false });
        report = attachDrafts(report, g.notes, { model: hit.model, createdAt: hit.createdAt, lang: report.lang }).report;
        cached++;
      }
    }
    await writeText(reportPath, json(report));
    inputs.push({ customId: `a${i}-${sha256(file).slice(0, 12)}`, report, file, reportPath });
  }
  const todo = inputs.filter((x) => targetsOf(x.report).length > 0);
  const outRel = relative(io.cwd, outDir) || '.';
  io.stderr(`notes: ${inputs.length} report(s) written to ${outRel}${cached ? ` (${cached} with cached notes)` : ''}\n`);
  if (todo.length === 0) {
    io.stderr('notes: no article needs a note; nothing to submit\n');
    return 0;
  }
  if (!config.apiKey) {
    io.stderr(NO_KEY_MESSAGE.replace('the report has no notes', 'the reports have no notes') + '\n');
    return 0;
  }
  let submitted: Awaited<ReturnType<typeof submitBatch>>;
  try {
    submitted = await submitBatch(todo, { config, counter });
  } catch (e) {
    io.stderr(`notes: could not submit the batch (${redact((e as Error).message, config)}); the rules' reports are in ${outRel}\n`);
    return 0;
  }
  const byId = new Map(todo.map((x) => [x.customId, x]));
  const manifest: Manifest = {
    version: 1,
    batchId: submitted.batch.id,
    model: config.model,
    promptVersion: PROMPT_VERSION,
    submittedAt: new Date().toISOString(),
    items: submitted.items.map((it) => ({ ...it, file: byId.get(it.customId)!.file, report: basename(byId.get(it.customId)!.reportPath) })),
  };
  await writeText(join(outDir, MANIFEST), json(manifest));
  io.stderr(`notes: submitted batch ${manifest.batchId} with ${manifest.items.length} request(s) (model ${config.model}); ${o.wait ? 'waiting for it' : `collect with: loupe notes --batch ${dirArg}${o.out ? ` --out ${o.out}` : ''} --collect`}\n`);
  if (!o.wait) return 0;
  return collect(manifest, outDir, o, counter);
}

async function collect(manifest: Manifest, outDir: string, o: BatchRun, counter: AttemptCounter): Promise<number> {
  const { io } = o;
  const config = { ...o.config, model: manifest.model };
  const outRel = relative(io.cwd, outDir) || '.';
  let batch;
  try {
    batch = o.wait
      ? await waitForBatch(manifest.batchId, { config, counter, intervalMs: o.pollMs, maxWaitMs: o.maxWaitMs })
      : await batchStatus(manifest.batchId, { config, counter });
  } catch (e) {
    io.stderr(`notes: could not check batch ${manifest.batchId} (${redact((e as Error).message, config)}); the rules' reports are in ${outRel}; try --collect later\n`);
    return 0;
  }
  if (batch.processing_status !== 'ended') {
    const c = batch.request_counts;
    io.stderr(`notes: batch ${manifest.batchId} is ${batch.processing_status.replace('_', ' ')} (${c.processing} processing, ${c.succeeded} succeeded, ${c.errored} errored); run again with --collect later\n`);
    return 0;
  }
  const inputs = [];
  for (const it of manifest.items) {
    const path = join(outDir, it.report);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      io.stderr(`notes: ${it.report} is missing from ${outRel}; its notes are skipped\n`);
      continue;
    }
    inputs.push({ customId: it.customId, ids: it.ids, report: parseReport(text, path), path });
  }
  let result;
  try {
    result = await collectBatch(manifest.batchId, inputs, { config, counter, cache: o.cache });
  } catch (e) {
    io.stderr(`notes: could not download the results of ${manifest.batchId} (${redact((e as Error).message, config)}); try --collect later\n`);
    return 0;
  }
  const paths = new Map(inputs.map((x) => [x.customId, x.path]));
  for (const item of result.items) {
    await writeText(paths.get(item.customId)!, json(item.report));
    if (item.error) io.stderr(`notes: ${basename(paths.get(item.customId)!)}: no notes (${redact(item.error, config)}); the rules' report is kept\n`);
  }
  await writeText(join(outDir, MANIFEST), json({ ...manifest, collectedAt: new Date().toISOString() }));
  const stats = { ...result.stats, requests: counter.attempts, attempts: counter.attempts, retries: 0 };
  io.stderr(summarize(stats, true).replace(/\d+ request\(s\), \d+ retries?/, `${counter.attempts} HTTP call(s)`) + '\n');
  return 0;
}
