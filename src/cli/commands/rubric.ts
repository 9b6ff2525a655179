import type { IO } from '../io.js';
import { parse, UsageError, oneOf } from '../args.js';
import { LANGS, type Lang } from '../../core/model/article.js';
import { bundledRubrics, DEFAULT_RUBRIC } from '../../core/rubric/bundled.js';
import { checkRubricText } from '../../core/rubric/load.js';
import { pick } from '../../core/rubric/score.js';
import type { Rubric } from '../../core/rubric/schema.js';
import { readRubricFile } from '../rubric-arg.js';

export const HELP = `loupe rubric <list|validate> [options]

Rubrics turn annotations into a scorecard: criteria, the annotations that cost points, prompts for
students, score bands. Three are bundled; a teacher can copy one, edit it and use it with
"loupe analyze article.txt --rubric my.rubric.yaml" (format: docs/rubrics.md).

Commands:
  list                  the bundled rubrics (id, points, criteria, title)
  validate <file>...    check rubric files: exit 0 with a one-line summary per file, or exit 1 with
                        the problems (file:line:column: field: what is wrong; at most ten per file)

Options:
  --lang fr|en|es       language of titles in the list (default: en)
  --format text|json    list as text (default) or JSON

Exit codes: 0 ok, 1 invalid rubric, 2 usage error.
`;

const summary = (r: Rubric, lang: Lang) => {
  const max = r.criteria.reduce((s, c) => s + c.points, 0);
  return `${r.id} v${r.version}: ${r.criteria.length} criteria, ${max} points, ${r.bands.length} bands — ${pick(r.title, lang)}`;
};

export async function run(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, {
    lang: { type: 'string' },
    format: { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const lang = oneOf('lang', values.lang, LANGS) ?? 'en';
  const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
  const [sub, ...files] = positionals;
  if (sub === 'list') {
    if (files.length) throw new UsageError('rubric list takes no arguments');
    const all = await bundledRubrics();
    if (format === 'json') {
      const rows = Object.values(all).map((r) => ({ id: r.id, version: r.version, title: pick(r.title, lang), default: r.id === DEFAULT_RUBRIC, max: r.criteria.reduce((s, c) => s + c.points, 0), criteria: r.criteria.map((c) => ({ id: c.id, title: pick(c.title, lang), points: c.points })) }));
      io.stdout(JSON.stringify(rows, null, 2) + '\n');
      return 0;
    }
    for (const r of Object.values(all)) {
      io.stdout(`${r.id.padEnd(12)} ${pick(r.title, lang)}${r.id === DEFAULT_RUBRIC ? ' (default)' : ''}\n`);
      io.stdout(`${''.padEnd(12)} ${r.criteria.map((c) => `${c.id} ${c.points}`).join(' · ')}\n`);
    }
    return 0;
  }
  if (sub === 'validate') {
    if (!files.length) throw new UsageError('rubric validate needs a file: loupe rubric validate my.rubric.yaml');
    let ok = true;
    for (const f of files) {
      const r = checkRubricText(await readRubricFile(f, io), f);
      if (r.rubric) {
        io.stdout(`${f}: ok — ${summary(r.rubric, lang)}\n`);
        for (const w of r.warnings) io.stderr(`warning: ${w}\n`);
      } else {
        ok = false;
        for (const e of r.errors) io.stderr(`${e}\n`);
      }
    }
    return ok ? 0 : 1;
  }
  throw new UsageError(sub ? `unknown subcommand "${sub}" (list or validate)` : 'rubric needs a subcommand: list or validate');
}
