import { writeFile } from 'node:fs/promises';
import { analyze } from '../../core/analyze.js';
import { LANGS } from '../../core/model/article.js';
import { renderHtml } from '../../core/render/html.js';
import { renderText } from '../../core/render/text.js';
import { InputError } from '../../core/errors.js';
import { parse, oneOf, UsageError } from '../args.js';
import { parseDocument, readInput, type IO } from '../io.js';
import { resolveRubricArg } from '../rubric-arg.js';
import { attachNotes } from '../notes-hook.js';

export const HELP = `loupe analyze <file|url|-> [options]

Read a news article (plain text scraped from a page, an HTML page, or a JSON article) and report what a
careful reader should check: state-media sources, unrelated photo captions, headline framing, unsourced
claims, missing author/date/source.

Options:
  --format json|text|html   json: the report (default when --out ends in .json); text: a lint-style
                            listing for a terminal (default); html: a standalone, printable handout
  --lang fr|en|es           language of the messages (default: the article's)
  --input-format text|html|json   how to read the input (default: from the extension or the content)
  --rubric <id|path>        score with a bundled rubric (credibility, sift, …) or a rubric file
  --no-score                no scorecard
  --notes                   draft teacher notes with an LLM (needs ANTHROPIC_API_KEY; see loupe notes --help)
  --no-cache                with --notes: ignore cached drafts
  --out FILE                write there instead of standard output
  --debug                   show stack traces for unexpected errors

A URL is fetched (15 s timeout, 16 MB cap). "-" reads standard input.
Exit codes: 0 ok, 1 bad input, 2 usage error.
`;

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
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'analyze takes one input (a file, a URL or -)' : 'analyze needs an input: a file, a URL or - for standard input');
  const format = oneOf('format', values.format, ['json', 'text', 'html'] as const) ?? (values.out?.endsWith('.json') ? 'json' : values.out?.match(/\.html?$/) ? 'html' : 'text');
  const lang = oneOf('lang', values.lang, LANGS);
  const inputFormat = oneOf('input-format', values['input-format'], ['text', 'html', 'json'] as const);
  const input = await readInput(positionals[0]!, io);
  if (input.warning) io.stderr(`warning: ${input.warning}\n`);
  const rubric = values.score ? await resolveRubricArg(values.rubric, io) : null;
  let report = await analyze(input.text, {
    format: inputFormat ?? input.format ?? 'auto',
    where: input.where,
    url: input.url,
    messageLang: lang,
    parseDocument,
    rubric,
    // The text listing shows warnings itself; JSON and HTML output go to a file or a pipe, so say it on stderr too.
    onWarning: format === 'text' ? undefined : (w) => io.stderr(`warning: ${input.where}: ${w}\n`),
  });
  if (values.notes) report = await attachNotes(report, { cache: values.cache !== false, io });
  const out = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'html' ? renderHtml(report) : renderText(report);
  if (values.out) {
    try {
      await writeFile(values.out, out);
    } catch (e) {
      throw new InputError(`cannot write (${(e as { code?: string }).code ?? (e as Error).message})`, values.out);
    }
  } else io.stdout(out);
  return 0;
}
