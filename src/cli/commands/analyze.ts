import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { analyze } from '../../core/analyze.js';
import { LANGS, type Lang } from '../../core/model/article.js';
import type { RubricRef } from '../../core/rubric/index.js';
import { renderHtml } from '../../core/render/html.js';
import { renderText } from '../../core/render/text.js';
import { InputError } from '../../core/errors.js';
import { parse, oneOf, UsageError } from '../args.js';
import { parseDocument, readInput, type IO } from '../io.js';
import { resolveRubricArg } from '../rubric-arg.js';

export const HELP = `loupe analyze <file|url|-> [options]
loupe analyze <file|folder|url>... --out-dir DIR [options]

Read a news article (plain text scraped from a page, an HTML page, or a JSON article) and report what a
careful reader should check: state-media sources, unrelated photo captions, headline framing, unsourced
claims, missing author/date/source.

Options:
  --format json|text|html   json: the report (default when --out ends in .json, and with --out-dir); text: a
                            lint-style listing for a terminal (default); html: a standalone, printable handout
  --lang fr|en|es           language of the messages (default: the article's)
  --input-format text|html|json   how to read the input (default: from the extension or the content)
  --rubric <id|path>        score with a bundled rubric (credibility, sift, …) or a rubric file
  --no-score                no scorecard
  --notes                   draft teacher notes with an LLM (needs ANTHROPIC_API_KEY; see loupe notes --help)
  --no-cache                with --notes: ignore cached drafts
  --out FILE                write there instead of standard output
  --out-dir DIR             several articles in one run: each file given, and every .txt .html .htm .json
                            file in each folder given (not its subfolders; *.report.* files are skipped), is
                            analysed and written to DIR/NAME.report.json|html|txt, NAME being the input's
                            name without its extension. A file that fails is reported and the others go on.
  --debug                   show stack traces for unexpected errors

A URL is fetched (15 s timeout, 16 MB cap). "-" reads standard input.
Exit codes: 0 ok, 1 bad input (with --out-dir: any input failed), 2 usage error.
`;

type Format = 'json' | 'text' | 'html';
interface Job {
  format: Format;
  lang?: Lang;
  inputFormat?: 'text' | 'html' | 'json';
  rubric: RubricRef | null;
  notes: boolean;
  cache: boolean;
  debug: boolean;
}

const ARTICLE_EXT = /\.(txt|html?|json)$/i;
const REPORT_FILE = /\.report\.(json|html?|txt)$/i;
const OUT_EXT: Record<Format, string> = { json: '.report.json', html: '.report.html', text: '.report.txt' };

export async function run(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    lang: { type: 'string' },
    'input-format': { type: 'string' },
    rubric: { type: 'string' },
    score: { type: 'boolean', default: true },
    notes: { type: 'boolean', default: false },
    cache: { type: 'boolean', default: true },
    out: { type: 'string', short: 'o' },
    'out-dir': { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const outDir = values['out-dir'];
  if (!positionals.length) throw new UsageError('analyze needs an input: a file, a URL or - for standard input (or files and folders with --out-dir DIR)');
  if (outDir !== undefined && values.out !== undefined) throw new UsageError('--out and --out-dir cannot be combined (--out writes one file, --out-dir one report per input)');
  if (outDir === '') throw new UsageError('--out-dir needs a folder name');
  if (outDir === undefined && positionals.length !== 1) throw new UsageError('several inputs need --out-dir DIR (one report per input, written there)');
  const defaultFormat: Format = outDir !== undefined || values.out?.endsWith('.json') ? 'json' : values.out?.match(/\.html?$/) ? 'html' : 'text';
  const job: Job = {
    format: oneOf('format', values.format, ['json', 'text', 'html'] as const) ?? defaultFormat,
    lang: oneOf('lang', values.lang, LANGS),
    inputFormat: oneOf('input-format', values['input-format'], ['text', 'html', 'json'] as const),
    rubric: null,
    notes: values.notes === true,
    cache: values.cache !== false,
    debug: values.debug === true,
  };
  if (outDir !== undefined) {
    job.rubric = values.score ? await resolveRubricArg(values.rubric, io) : null;
    return runMany(positionals, outDir, job, io);
  }
  const arg = positionals[0]!;
  if (arg !== '-' && !/^https?:\/\//i.test(arg) && (await isFolder(resolve(io.cwd, arg)))) {
    throw new InputError('is a directory, not a file (to analyse every article in it, add --out-dir DIR)', arg);
  }
  job.rubric = values.score ? await resolveRubricArg(values.rubric, io) : null;
  const out = await analyzeOne(arg, job, io, (w) => io.stderr(`warning: ${w}\n`), true);
  if (values.out) await writeOut(values.out, out, io);
  else io.stdout(out);
  return 0;
}

/** One input → the rendered report (json, text or html). Throws InputError naming the input. */
async function analyzeOne(arg: string, job: Job, io: IO, warn: (w: string) => void, single = false): Promise<string> {
  const input = await readInput(arg, io);
  if (input.warning) warn(input.warning);
  let report = await analyze(input.text, {
    format: job.inputFormat ?? input.format ?? 'auto',
    where: input.where,
    url: input.url,
    messageLang: job.lang,
    parseDocument,
    rubric: job.rubric,
    // The text listing shows warnings itself; JSON and HTML output go to a file or a pipe, so say it on stderr
    // too. In a batch (--out-dir) every warning goes to stderr, named by its input.
    onWarning: single && job.format === 'text' ? undefined : (w) => warn(`${input.where}: ${w}`),
  });
  if (job.notes) {
    // The SDK and the notes code load only when asked for.
    const { attachNotes } = await import('../notes-hook.js');
    report = await attachNotes(report, { cache: job.cache, io });
  }
  return job.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : job.format === 'html' ? renderHtml(report) : renderText(report);
}

async function writeOut(file: string, out: string, io: IO): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, file), out);
  } catch (e) {
    throw new InputError(`cannot write (${(e as { code?: string }).code ?? (e as Error).message})`, file);
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

interface Item {
  /** What to read (a path as given, joined with its folder, a URL or -). */
  arg: string;
  /** Output name without the extension. */
  name: string;
  /** Set when the item could not even be listed (a folder that cannot be read, or holds no article). */
  error?: string;
}

/** The name a report is written under: the input's file name without its extension; for a URL, its host and path. */
function stemOf(arg: string): string {
  if (arg === '-') return 'stdin';
  if (/^https?:\/\//i.test(arg)) {
    try {
      const u = new URL(arg);
      const slug = `${u.hostname}${u.pathname}`.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
      return slug.slice(0, 120) || 'page';
    } catch {
      return 'page';
    }
  }
  const base = basename(arg);
  return ARTICLE_EXT.test(base) ? base.slice(0, -extname(base).length) : base;
}

/** Files and folders → the articles to analyse, in order (a folder's files sorted by name). */
async function expand(args: string[], io: IO): Promise<Item[]> {
  const items: Item[] = [];
  for (const arg of args) {
    if (arg === '-' || /^https?:\/\//i.test(arg) || !(await isFolder(resolve(io.cwd, arg)))) {
      items.push({ arg, name: stemOf(arg) });
      continue;
    }
    let names: string[];
    try {
      const entries = await readdir(resolve(io.cwd, arg), { withFileTypes: true });
      names = entries.filter((e) => e.isFile() && !e.name.startsWith('.') && ARTICLE_EXT.test(e.name) && !REPORT_FILE.test(e.name)).map((e) => e.name);
    } catch (e) {
      items.push({ arg, name: stemOf(arg), error: `${arg}: cannot read the folder (${(e as { code?: string }).code ?? (e as Error).message})` });
      continue;
    }
    if (!names.length) items.push({ arg, name: stemOf(arg), error: `${arg}: no article files (.txt, .html, .htm, .json) in this folder` });
    for (const n of names.sort()) items.push({ arg: join(arg, n), name: stemOf(n) });
  }
  // Two inputs with the same name (a.txt and a.html, or the same name in two folders): keep their
  // extension, then number them, so no report overwrites another.
  const taken = new Map<string, number>();
  for (const it of items) taken.set(it.name, (taken.get(it.name) ?? 0) + 1);
  const used = new Set<string>();
  for (const it of items) {
    let name = (taken.get(it.name) ?? 0) > 1 && it.arg !== '-' && !/^https?:/i.test(it.arg) ? basename(it.arg) : it.name;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${it.name}-${n}`;
    used.add(name.toLowerCase());
    it.name = name;
  }
  return items;
}

/** `--out-dir`: every input analysed in this process; a failure is reported and the rest go on. */
async function runMany(args: string[], outDir: string, job: Job, io: IO): Promise<number> {
  const items = await expand(args, io);
  const dir = resolve(io.cwd, outDir);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new InputError(`cannot create the output folder (${(e as { code?: string }).code ?? (e as Error).message})`, outDir);
  }
  const tty = io.stderrIsTTY === true;
  const clear = () => tty && io.stderr('\r\x1b[2K');
  const say = (line: string) => {
    clear();
    io.stderr(line + '\n');
  };
  const failed: string[] = [];
  let written = 0;
  for (const [i, it] of items.entries()) {
    if (tty) {
      clear();
      io.stderr(`analysing ${i + 1}/${items.length}: ${it.arg.length > 60 ? '…' + it.arg.slice(-59) : it.arg}`);
    }
    if (it.error) {
      failed.push(it.arg);
      say(`loupe analyze: ${it.error}`);
      continue;
    }
    try {
      const out = await analyzeOne(it.arg, job, io, (w) => say(`warning: ${w}`));
      await writeOut(join(dir, it.name + OUT_EXT[job.format]), out, io);
      written++;
    } catch (e) {
      failed.push(it.arg);
      if (e instanceof InputError) say(`loupe analyze: ${e.message.startsWith(it.arg) ? e.message : `${it.arg}: ${e.message}`}`);
      else {
        say(`loupe analyze: ${it.arg}: unexpected error: ${e instanceof Error ? e.message : String(e)}${job.debug ? '' : ' (run with --debug for details)'}`);
        if (job.debug && e instanceof Error && e.stack) say(e.stack);
      }
    }
  }
  clear();
  const total = items.filter((it) => !it.error).length;
  const list = failed.length > 5 ? `${failed.slice(0, 5).join(', ')}, …` : failed.join(', ');
  io.stderr(`loupe analyze: ${written} of ${total} ${total === 1 ? 'report' : 'reports'} written to ${outDir}${failed.length ? `; ${failed.length} failed (${list})` : ''}\n`);
  return failed.length ? 1 : 0;
}
