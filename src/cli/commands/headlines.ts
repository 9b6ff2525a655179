import { LANGS, type Lang } from '../../core/model/article.js';
import { analyzeHeadlineWith, loadLexicon, TECHNIQUE_LABELS } from '../../core/detectors/headline/index.js';
import { decodeBytes } from '../../core/parse/index.js';
import { loadLanguageDetector, detectLang } from '../../core/text/lang.js';
import { InputError } from '../../core/errors.js';
import { parse, oneOf, UsageError } from '../args.js';
import type { IO } from '../io.js';

export const HELP = `loupe headlines [headline …] [options]

Judge how headlines frame a story, one headline at a time, without the article body (so without the
headline–body support check that "loupe analyze" adds). Cues are named after persuasion techniques:
doubt (yes/no and speculative questions, scare quotes), loaded language, exaggeration, name calling,
appeal to fear, slogans, clickbait (teasers, numbered lists, "you", forward references).

Options:
  --stdin                   read headlines from standard input, one a line (blank lines are skipped)
  --format jsonl|text       jsonl: one JSON object a line, {"input","framed","cues":[{"type","quote","message"}]}
                            (default); text: a readable listing
  --lang fr|en|es           language of the headlines and of the messages (default: guessed per headline,
                            English when too short to tell)
  --message-lang fr|en|es   language of the messages only (default: --lang, else the headline's)
  --score                   also print each headline's score and each cue's form and weight (jsonl)

Examples:
  loupe headlines "Is the euro about to collapse?" --lang en
  printf 'Voici pourquoi…\\nPourquoi les prix montent\\n' | loupe headlines --stdin --lang fr
Exit codes: 0 ok, 1 bad input, 2 usage error.
`;

export async function run(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, {
    stdin: { type: 'boolean', default: false },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string' },
    'message-lang': { type: 'string' },
    score: { type: 'boolean', default: false },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = oneOf('format', values.format, ['jsonl', 'text'] as const) ?? 'jsonl';
  const lang = oneOf('lang', values.lang, LANGS);
  const messageLang = oneOf('message-lang', values['message-lang'], LANGS);
  if (values.stdin && positionals.length) throw new UsageError('give headlines as arguments or with --stdin, not both');
  let lines: { text: string; where: string }[];
  if (values.stdin) {
    const { text, warning } = decodeBytes(await io.readStdin(), 'stdin');
    if (warning) io.stderr(`warning: ${warning}\n`);
    lines = text
      .split(/\r?\n/)
      .map((l, i) => ({ text: l.trim(), where: `stdin line ${i + 1}` }))
      .filter((l) => l.text);
    if (!lines.length) throw new InputError('no headlines (expected one a line)', 'stdin');
  } else {
    if (!positionals.length) throw new UsageError('headlines needs headlines: as arguments, or --stdin to read them one a line');
    lines = positionals.map((p, i) => ({ text: p.trim(), where: `argument ${i + 1}` }));
    const empty = lines.find((l) => !l.text);
    if (empty) throw new InputError('empty headline', empty.where);
  }
  const tooLong = lines.find((l) => l.text.length > 1000);
  if (tooLong) throw new InputError(`a headline of ${tooLong.text.length} characters (the limit is 1000): is this one headline a line?`, tooLong.where);
  if (!lang) await loadLanguageDetector();
  for (const line of lines) {
    const l: Lang = lang ?? detectLang(line.text, 12)?.lang ?? 'en';
    const r = analyzeHeadlineWith(await loadLexicon(l), line.text, { messageLang: messageLang ?? l });
    if (format === 'jsonl') {
      const cues = r.cues.map((c) => ({ type: c.type, quote: c.quote, message: c.message, ...(values.score ? { form: c.form, weight: c.weight } : {}) }));
      io.stdout(JSON.stringify({ input: line.text, framed: r.framed, cues, ...(values.score ? { lang: l, score: r.score } : {}) }) + '\n');
    } else {
      const ml = messageLang ?? l;
      const verdict = r.framed ? { fr: 'cadré', en: 'framed', es: 'encuadrado' }[ml] : { fr: 'neutre', en: 'plain', es: 'neutro' }[ml];
      io.stdout(`${r.framed ? '!' : ' '} ${line.text}\n    ${verdict}${r.cues.length ? ` — ${[...new Set(r.cues.map((c) => TECHNIQUE_LABELS[c.type][ml]))].join(', ')}` : ''}\n`);
      for (const c of r.cues) io.stdout(`    · ${c.message}\n`);
    }
  }
  return 0;
}
