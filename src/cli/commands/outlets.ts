import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { IO } from '../io.js';
import { parse, UsageError, oneOf } from '../args.js';
import { InputError } from '../../core/errors.js';
import { LANGS, type Lang } from '../../core/model/article.js';
import { loadRegistry } from '../../core/outlets/registry.js';
import { checkRegistryData } from '../../core/outlets/check.js';
import { TYPOLOGY } from '../../core/outlets/typology.js';

export const HELP = `loupe outlets <lookup|check> [options]

The outlet registry (rubrics/outlets, docs/outlets.md) says which outlets are state-controlled or captured
(State Media Monitor typology: SC, CaPu, CaPr) and which are independent public media (IP, ISM, ISF, ISFM),
each with cited evidence.

Commands:
  lookup <name|url>...  the outlet a name ("Sputnik Afrique") or URL ("https://french.presstv.ir/…") designates
  lookup --stdin        one name or URL a line on stdin
  check [file]          validate the bundled registry, or a registry/extra.json file: schema, duplicate hosts or
                        aliases across entries, missing evidence, bad URLs. Exit 1 when there are errors.

Options:
  --format text|json|jsonl  lookup output (default: text; jsonl = one { input, match } object a line,
                            match: null | { id, name, typology, stateMedia })
  --lang fr|en|es           language of typology labels in text output (default: en)
  --verbose                 check: list warnings one by one

Exit codes: 0 ok, 1 invalid registry or unreadable file, 2 usage error.
`;

export async function run(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parse(argv, {
    stdin: { type: 'boolean' },
    format: { type: 'string' },
    lang: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const lang: Lang = oneOf('lang', values.lang, LANGS) ?? 'en';
  const [sub, ...rest] = positionals;
  if (sub === 'lookup') {
    const format = oneOf('format', values.format, ['text', 'json', 'jsonl'] as const) ?? 'text';
    let inputs = rest;
    if (values.stdin) {
      if (rest.length) throw new UsageError('outlets lookup: give names as arguments or with --stdin, not both');
      inputs = new TextDecoder().decode(await io.readStdin()).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    } else if (!rest.length) throw new UsageError('outlets lookup needs at least one name or URL (or --stdin)');
    const registry = await loadRegistry();
    const rows = inputs.map((input) => {
      const m = registry.lookup(input);
      return { input, match: m ? { id: m.entry.id, name: m.entry.name, typology: m.entry.typology, stateMedia: m.stateMedia } : null };
    });
    if (format === 'jsonl') io.stdout(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
    else if (format === 'json') io.stdout(JSON.stringify(rows, null, 2) + '\n');
    else {
      for (const r of rows) {
        if (!r.match) io.stdout(`${r.input} → ${{ fr: 'aucun média du registre', en: 'not in the registry', es: 'no está en el registro' }[lang]}\n`);
        else {
          const t = TYPOLOGY[r.match.typology];
          const sm = { fr: t.state ? 'média d’État : oui' : 'média d’État : non', en: t.state ? 'state media: yes' : 'state media: no', es: t.state ? 'medio estatal: sí' : 'medio estatal: no' }[lang];
          io.stdout(`${r.input} → ${r.match.name} (${r.match.id}) · ${r.match.typology} ${t.label[lang]} · ${sm}\n`);
        }
      }
    }
    return 0;
  }
  if (sub === 'check') {
    if (rest.length > 1) throw new UsageError('outlets check takes at most one file');
    let data: unknown;
    let where = 'rubrics/outlets/registry.json';
    if (rest[0]) {
      where = rest[0];
      let text: string;
      try {
        text = await readFile(resolve(io.cwd, rest[0]), 'utf8');
      } catch (e) {
        const code = (e as { code?: string }).code;
        throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (e as Error).message, rest[0]);
      }
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new InputError(`malformed JSON (${(e as Error).message})`, rest[0]);
      }
    } else {
      data = (await import('../../../rubrics/outlets/registry.json', { with: { type: 'json' } })).default;
    }
    const r = checkRegistryData(data);
    const errors = r.problems.filter((p) => p.level === 'error');
    const warnings = r.problems.filter((p) => p.level === 'warning');
    for (const p of errors) io.stderr(`${where}: error: ${p.id}: ${p.message}\n`);
    if (values.verbose) for (const p of warnings) io.stderr(`${where}: warning: ${p.id}: ${p.message}\n`);
    io.stdout(`${where}: ${r.entries} entries (${r.state} state or captured, ${r.independent} independent); ${errors.length} error(s), ${warnings.length} warning(s)${warnings.length && !values.verbose ? ' (--verbose lists them)' : ''}\n`);
    return errors.length ? 1 : 0;
  }
  throw new UsageError(sub ? `unknown outlets command "${sub}" (lookup, check)` : 'outlets needs a command: lookup or check');
}
