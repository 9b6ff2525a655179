import { LineCounter, parseDocument, visit, isScalar, isMap, isSeq, isNode, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { InputError, formatPath } from '../errors.js';
import { LANGS } from '../model/article.js';
import { Kind } from '../model/annotation.js';
import { knownMessages } from './known.js';
import { Rubric, checkRubric, FORBIDDEN_KEYS, type KnownMessages } from './schema.js';

/**
 * Reading a rubric file (YAML) into a validated Rubric, with errors a teacher can act on:
 * "my.rubric.yaml:14:13: criteria[2].points: expected a number, got a text ("ten")".
 * Browser-safe (the `yaml` package is pure JS); only imported where text must be parsed, so a page that
 * uses bundled rubrics never loads it.
 */

export { knownMessages };

export const MAX_RUBRIC_BYTES = 256 * 1024;
const MAX_ERRORS = 10;
const MAX_ALIASES = 50;

/** A rubric file that cannot be used; `issues` are complete lines (file:line:col: path: message), at most ten. */
export class RubricError extends InputError {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    const more = /… and (\d+) more$/.exec(issues[issues.length - 1] ?? '');
    const total = more ? issues.length - 1 + Number(more[1]) : issues.length;
    super(total > 1 ? `${issues[0]} (and ${total - 1} more problem${total > 2 ? 's' : ''}: run "loupe rubric validate ${file}")` : (issues[0] ?? `${file}: invalid rubric`));
  }
}

export interface RubricCheck {
  rubric?: Rubric;
  errors: string[];
  warnings: string[];
}

const ARTICLE: Record<string, string> = { number: 'a number', string: 'a text', object: 'a mapping (key: value lines)', array: 'a list (lines starting with "- ")', boolean: 'true or false' };
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `a text ("${v.length > 30 ? v.slice(0, 30) + '…' : v}")`;
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} (${String(v)})`;
}

/** zod messages in the words the docs use. */
function message(iss: z.core.$ZodIssue, input: unknown): string {
  const last = iss.path[iss.path.length - 1];
  switch (iss.code) {
    case 'invalid_type': {
      const at = valueAt(input, iss.path);
      if (at === undefined) return `missing; expected ${ARTICLE[iss.expected] ?? iss.expected}`;
      return `expected ${ARTICLE[iss.expected] ?? iss.expected}, got ${describe(at)}`;
    }
    case 'invalid_union':
      if (last === 'points') return `expected a number, or points by severity { info, caution, warning }; got ${describe(valueAt(input, iss.path))}`;
      if (last === 'version') return `expected a number or a text, got ${describe(valueAt(input, iss.path))}`;
      return iss.message;
    case 'invalid_value':
      if (last === 'kind') return `unknown kind ${JSON.stringify(valueAt(input, iss.path))} (expected one of: ${Kind.options.join(', ')})`;
      return `expected one of: ${iss.values.map((v) => String(v)).join(', ')}; got ${describe(valueAt(input, iss.path))}`;
    case 'unrecognized_keys':
      return `unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; see docs/rubrics.md)`;
    case 'too_small':
      if (iss.origin === 'array') return iss.message.startsWith('Too small') ? `needs at least ${String(iss.minimum)} item${Number(iss.minimum) > 1 ? 's' : ''}` : iss.message;
      if (iss.origin === 'string') return 'must not be empty';
      return iss.message.startsWith('Too small') ? `must be at least ${String(iss.minimum)}` : iss.message;
    case 'too_big':
      if (iss.origin === 'array') return `at most ${String(iss.maximum)} items`;
      if (iss.origin === 'string') return `too long (at most ${String(iss.maximum)} characters)`;
      return iss.message.startsWith('Too big') ? `must be at most ${String(iss.maximum)}` : iss.message;
    default:
      return iss.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

/** The deepest YAML node along a path (the parent when the field is missing). */
function nodeAt(doc: Document, path: readonly PropertyKey[], unknownKey?: string): Node | undefined {
  let node: unknown = doc.contents;
  for (const p of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && it.key.value === p);
      if (!pair || !isNode(pair.value)) return (pair && isNode(pair.key) ? pair.key : node) as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof p === 'number' && isNode(node.items[p])) node = node.items[p];
    else break;
  }
  if (unknownKey && isMap(node)) {
    const pair = node.items.find((it) => isScalar(it.key) && it.key.value === unknownKey);
    if (pair && isNode(pair.key)) return pair.key;
  }
  return isNode(node) ? node : undefined;
}

/** Parse and validate a rubric file; never throws for bad content (errors are returned, at most ten). */
export function checkRubricText(yamlText: string, fileName: string, known: KnownMessages = knownMessages()): RubricCheck {
  const bytes = new TextEncoder().encode(yamlText).length;
  if (bytes > MAX_RUBRIC_BYTES)
    return { errors: [`${fileName}: too large (${Math.ceil(bytes / 1024)} kB; a rubric file may be at most ${MAX_RUBRIC_BYTES / 1024} kB)`], warnings: [] };
  const text = yamlText.replace(/^\uFEFF/, '');
  if (!text.trim()) return { errors: [`${fileName}: the file is empty`], warnings: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false, schema: 'core', strict: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return fileName;
    const { line, col } = lineCounter.linePos(offset);
    return `${fileName}:${line}:${col}`;
  };
  const errors: string[] = doc.errors.slice(0, MAX_ERRORS).map((e) => `${at(e.pos[0])}: ${firstLine(e.message)}`);
  if (errors.length) return { errors, warnings: [] };

  visit(doc, {
    Pair(_, pair) {
      const k = pair.key;
      if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
        errors.push(`${at(isNode(k) ? k.range?.[0] : undefined)}: keys must be plain words`);
        return visit.BREAK;
      }
      if (typeof k.value === 'string' && FORBIDDEN_KEYS.has(k.value)) errors.push(`${at(k.range?.[0])}: the key "${k.value}" is not allowed`);
      if (errors.length >= MAX_ERRORS) return visit.BREAK;
      return undefined;
    },
    Alias(_, alias) {
      errors.push(`${at(alias.range?.[0])}: aliases (*${alias.source}) are not allowed in rubric files; repeat the text instead`);
      return errors.length >= MAX_ERRORS ? visit.BREAK : undefined;
    },
  });
  if (errors.length) return { errors: errors.slice(0, MAX_ERRORS), warnings: [] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { errors: [`${fileName}: ${e instanceof Error ? firstLine(e.message) : String(e)}`], warnings: [] };
  }
  const r = Rubric.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues;
    const lines = issues
      .slice(0, MAX_ERRORS)
      .map((iss) => {
        const node = nodeAt(doc, iss.path, iss.code === 'unrecognized_keys' ? iss.keys[0] : undefined);
        return { pos: node?.range?.[0] ?? -1, line: `${at(node?.range?.[0])}: ${formatPath(iss.path)}: ${message(iss, data)}` };
      })
      .sort((a, b) => a.pos - b.pos)
      .map((x) => x.line);
    if (issues.length > MAX_ERRORS) lines.push(`${fileName}: … and ${issues.length - MAX_ERRORS} more`);
    return { errors: lines, warnings: [] };
  }
  const semantic = checkRubric(r.data, known);
  if (semantic.length) {
    const lines = semantic.slice(0, MAX_ERRORS).map((iss) => `${at(nodeAt(doc, iss.path)?.range?.[0])}: ${formatPath(iss.path)}: ${iss.message}`);
    if (semantic.length > MAX_ERRORS) lines.push(`${fileName}: … and ${semantic.length - MAX_ERRORS} more`);
    return { errors: lines, warnings: [] };
  }
  return { rubric: r.data, errors: [], warnings: translationWarnings(r.data, fileName) };
}

/** Parse a rubric file or throw a RubricError (an InputError: one line, no stack trace). */
export function parseRubric(yamlText: string, fileName: string): Rubric {
  const r = checkRubricText(yamlText, fileName);
  if (!r.rubric) throw new RubricError(fileName, r.errors);
  return r.rubric;
}

/** Texts missing in a language (the scorecard then falls back to another language). */
export function translationWarnings(r: Rubric, fileName: string): string[] {
  const missing: Record<string, number> = { fr: 0, en: 0, es: 0 };
  const walk = (v: unknown, key?: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      const isText = keys.length > 0 && keys.every((k) => (LANGS as readonly string[]).includes(k));
      if (isText && key !== 'points') {
        for (const l of LANGS) if (o[l] === undefined) missing[l]!++;
      } else for (const [k, x] of Object.entries(o)) walk(x, k);
    }
  };
  walk(r);
  return LANGS.filter((l) => missing[l]! > 0).map((l) => `${fileName}: ${missing[l]} text${missing[l]! > 1 ? 's have' : ' has'} no "${l}" version (another language is shown instead)`);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
