import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyze, VERSION } from '../../core/analyze.js';
import { LANGS, type Lang } from '../../core/model/article.js';
import type { Report } from '../../core/model/report.js';
import { InputError } from '../../core/errors.js';
import { bundledRubric, bundledRubrics, DEFAULT_RUBRIC } from '../../core/rubric/bundled.js';
import { uncheckedKinds } from '../../core/rubric/index.js';
import { renderHtml } from '../../core/render/html.js';
import { renderText } from '../../core/render/text.js';
import { applyEdits, buildLesson, lessonParts, parseLesson, rescore, type Lesson } from '../../core/lesson/index.js';
import { parse, oneOf, UsageError } from '../args.js';
import { parseDocument, readInput, type IO } from '../io.js';
import { looksLikePath } from '../rubric-arg.js';
import { attachNotes } from '../notes-hook.js';

export const HELP = `loupe lesson <article|-> [options]          build a lesson file from an article
loupe lesson check <lesson.json>...            check lesson files (exit 1 naming the field at fault)
loupe lesson handout <lesson.json> [--format html|text|json]
                                               the lesson's edited reference as a handout (json: the students' report)

A lesson is one JSON file: the article, the reference flags (the detectors' and the teacher's edits), the
reviewed notes, the rubric id and the teacher's instructions. Open it in the widget
(<loupe-annotator src="lesson.json"> or embed.html?lesson=URL) to edit the reference in teacher mode or to
annotate and compare in student mode. Format: docs/lessons.md.

Options (build):
  --rubric <id>             a bundled rubric (credibility, sift, craap; default: credibility)
  --lang fr|en|es           language of the messages (default: the article's)
  --input-format text|html|json   how to read the article (default: from the extension or the content)
  --title TEXT              the lesson's title
  --instructions TEXT       what students are asked to do (or --instructions-file FILE)
  --notes                   draft teacher notes with an LLM (needs ANTHROPIC_API_KEY); only reviewed notes
                            go into a lesson, so review them in the widget and export the lesson again
  --out FILE                write there instead of standard output
Options (handout):
  --format html|text|json   html (default): the printable handout; text: a listing; json: the report
  --out FILE

Exit codes: 0 ok, 1 bad input, 2 usage error.
`;

async function readText(path: string, io: IO): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (e as Error).message, path);
  }
}

async function write(out: string | undefined, body: string, io: IO): Promise<void> {
  if (!out) return io.stdout(body);
  try {
    await writeFile(resolve(io.cwd, out), body);
  } catch (e) {
    throw new InputError(`cannot write (${(e as { code?: string }).code ?? (e as Error).message})`, out);
  }
}

/** The students' report of a lesson, its score recomputed from the edited reference with the lesson's rubric. */
export async function lessonStudentReport(lesson: Lesson, where: string): Promise<Report> {
  const { report, edits } = lessonParts(lesson);
  const edited = applyEdits(report.annotations, edits);
  let score = lesson.score;
  if (lesson.rubric) {
    const rubric = await bundledRubric(lesson.rubric).catch((e: Error) => {
      throw new InputError(`rubric: ${e.message}`, where);
    });
    score = rescore(rubric, report.annotations, edited, lesson.lang, { unchecked: uncheckedKinds(lesson.warnings) });
  }
  return { ...report, annotations: edited.reference, score };
}

export async function run(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    lang: { type: 'string' },
    'input-format': { type: 'string' },
    rubric: { type: 'string' },
    title: { type: 'string' },
    instructions: { type: 'string' },
    'instructions-file': { type: 'string' },
    notes: { type: 'boolean', default: false },
    cache: { type: 'boolean', default: true },
    out: { type: 'string', short: 'o' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [first, ...rest] = positionals;
  if (!first) throw new UsageError('lesson needs an article (a file, a URL or -), or "check" / "handout" and a lesson file');

  if (first === 'check') {
    if (!rest.length) throw new UsageError('lesson check needs at least one lesson file');
    let bad = 0;
    for (const f of rest) {
      try {
        const l = parseLesson(await readText(f, io), f);
        if (l.rubric) await bundledRubric(l.rubric).catch((e: Error) => { throw new InputError(`rubric: ${e.message}`, f); });
        const dismissed = l.annotations.filter((a) => a.teacher?.dismissed).length;
        const added = l.annotations.filter((a) => a.teacher?.added).length;
        const edited = l.annotations.filter((a) => a.teacher?.original).length;
        io.stdout(`${f}: ok — ${l.annotations.length - dismissed} reference flags (${added} added, ${edited} edited, ${dismissed} dismissed by the teacher), rubric ${l.rubric ?? 'none'}\n`);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        io.stderr(`${e.message}\n`);
        bad++;
      }
    }
    return bad ? 1 : 0;
  }

  if (first === 'handout') {
    if (rest.length !== 1) throw new UsageError('lesson handout takes one lesson file');
    const f = rest[0]!;
    const format = oneOf('format', values.format, ['json', 'text', 'html'] as const) ?? (values.out?.endsWith('.json') ? 'json' : values.out?.match(/\.txt$/) ? 'text' : 'html');
    const report = await lessonStudentReport(parseLesson(await readText(f, io), f), f);
    await write(values.out, format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'html' ? renderHtml(report) : renderText(report), io);
    return 0;
  }

  if (rest.length) throw new UsageError('lesson takes one article (a file, a URL or -)');
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('a lesson is JSON; --format is for "lesson handout"');
  const lang = oneOf('lang', values.lang, LANGS) as Lang | undefined;
  const inputFormat = oneOf('input-format', values['input-format'], ['text', 'html', 'json'] as const);
  const rubricId = values.rubric ?? DEFAULT_RUBRIC;
  if (looksLikePath(rubricId)) throw new UsageError('a lesson names a bundled rubric (credibility, sift, craap), not a file');
  const bundled = await bundledRubrics();
  if (!Object.hasOwn(bundled, rubricId)) throw new InputError(`unknown rubric "${rubricId}" (bundled: ${Object.keys(bundled).join(', ')})`);
  const instructions = values['instructions-file'] !== undefined ? (await readText(values['instructions-file'], io)).trim() : (values.instructions ?? '');
  const input = await readInput(first, io);
  if (input.warning) io.stderr(`warning: ${input.warning}\n`);
  let report = await analyze(input.text, { format: inputFormat ?? input.format ?? 'auto', where: input.where, url: input.url, messageLang: lang, parseDocument, rubric: rubricId });
  if (values.notes) report = await attachNotes(report, { cache: values.cache !== false, io });
  const lesson = buildLesson({ report, rubric: rubricId, instructions, title: values.title ?? '', generator: { name: 'loupe', version: VERSION } });
  await write(values.out, JSON.stringify(lesson, null, 2) + '\n', io);
  return 0;
}
