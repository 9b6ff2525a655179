import { z } from 'zod';
import { Kind } from '../model/annotation.js';
import { anchor, selectorsFor, type TextPositionSelector, type TextQuoteSelector } from '../model/selectors.js';
import { KIND_LABELS } from '../render/labels.js';
import { fold } from '../text/fold.js';
import type { Localized } from '../i18n.js';
import { LIMITS, sortAnnotations, type Now, type StudentAnnotation, type StudentWork } from './types.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Ids of exported annotations are `urn:loupe:annotation:<encoded student id>`. */
export const ANNOTATION_ID_PREFIX = 'urn:loupe:annotation:';
/** Without a page URL, the target source names the article by its key. */
export const ARTICLE_SOURCE_PREFIX = 'urn:loupe:article:';

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format: 'text/plain';
  language?: string;
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'tagging';
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector: [TextPositionSelector, TextQuoteSelector] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  generator: { type: 'Software'; name: string };
  /** When the work was last changed. */
  modified: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface ExportOptions {
  /** The article text the offsets index into (`article.text`). */
  text: string;
  /** The page the article came from; becomes each target's `source`. */
  url?: string;
  /** A label for the collection (the headline). */
  title?: string;
  /** Language of the notes (BCP 47), e.g. the widget language. */
  lang?: string;
}

const GENERATOR = { type: 'Software' as const, name: 'Loupe' };

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Drop a half surrogate pair that 32-unit context slicing cut off, so other tools get well-formed strings. */
function wellFormedPrefix(s: string): string {
  return s.length && isLow(s.charCodeAt(0)) ? s.slice(1) : s;
}
function wellFormedSuffix(s: string): string {
  return s.length && isHigh(s.charCodeAt(s.length - 1)) ? s.slice(0, -1) : s;
}

/** Lone surrogates become U+FFFD (encodeURIComponent throws on them; other tools choke on them). */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Selectors for a student mark: from the text when the quote is there, else from what was stored. */
function selectorsForMark(text: string, a: StudentAnnotation): [TextPositionSelector, TextQuoteSelector] {
  const at = anchor(text, { type: 'TextQuoteSelector', exact: a.quote }, { start: a.start, end: a.end });
  if (!at || (a.quote === '' && a.start > text.length)) {
    return [
      { type: 'TextPositionSelector', start: a.start, end: a.end },
      { type: 'TextQuoteSelector', exact: a.quote },
    ];
  }
  const [pos, quote] = selectorsFor(text, at.start, at.end);
  const q: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote.exact };
  const prefix = wellFormedPrefix(quote.prefix ?? '');
  const suffix = wellFormedSuffix(quote.suffix ?? '');
  if (prefix) q.prefix = prefix;
  if (suffix) q.suffix = suffix;
  return [pos, q];
}

/**
 * A student's work as a W3C Web Annotation `AnnotationCollection` (JSON-LD). Each annotation has a
 * `commenting` TextualBody for the note (when there is one) and a `tagging` TextualBody whose value is the
 * kind id (`unsourced-claim`…), and a target with a TextPositionSelector and a TextQuoteSelector (exact +
 * up to 32 characters of prefix/suffix), the way Hypothesis anchors.
 */
export function toWebAnnotations(work: StudentWork, options: ExportOptions): AnnotationCollection {
  const source = options.url || `${ARTICLE_SOURCE_PREFIX}${work.articleKey}`;
  const items: WebAnnotation[] = sortAnnotations(work.annotations).map((a) => {
    const body: TextualBody[] = [];
    if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain', ...(options.lang ? { language: options.lang } : {}) });
    body.push({ type: 'TextualBody', purpose: 'tagging', value: a.kind, format: 'text/plain' });
    return {
      id: ANNOTATION_ID_PREFIX + encodeURIComponent(wellFormed(a.id)),
      type: 'Annotation',
      motivation: a.note ? 'commenting' : 'tagging',
      created: a.created,
      modified: a.modified,
      body,
      target: { source, selector: selectorsForMark(options.text, a) },
    };
  });
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:loupe:work:${work.articleKey}`,
    type: 'AnnotationCollection',
    ...(options.title ? { label: options.title } : {}),
    total: items.length,
    generator: GENERATOR,
    modified: work.updated,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Import

/** An imported annotation that could not be placed in this article: kept, with its quote and note. */
export interface Orphan {
  /** Position of the item in the imported list. */
  index: number;
  id: string;
  kind: Kind;
  quote: string;
  note: string;
  created: string;
  modified: string;
  /** Where it was in the text it was made on, if known. */
  start?: number;
  end?: number;
  /** Why it could not be placed, as an id (see ORPHAN_REASONS for the text in fr/en/es)… */
  reasonId: OrphanReason;
  /** …and in English, for logs. */
  reason: string;
}

export type OrphanReason = 'quote-not-found' | 'position-outside';
/** Why an imported annotation could not be placed, for the student, in every language. */
export const ORPHAN_REASONS: Record<OrphanReason, Localized> = {
  'quote-not-found': {
    fr: "Le passage cité n'est pas dans cet article.",
    en: 'The quoted passage is not in this article.',
    es: 'El fragmento citado no está en este artículo.',
  },
  'position-outside': {
    fr: "La position est hors de l'article et aucun passage n'est cité.",
    en: 'The position is outside this article and no passage is quoted.',
    es: 'La posición está fuera del artículo y no se cita ningún fragmento.',
  },
};

export interface ImportResult {
  annotations: StudentAnnotation[];
  orphans: Orphan[];
  /** One line per item that could not be read at all, naming the item index and the field. */
  errors: string[];
  /** Items placed somewhere other than their recorded position (the text moved, or a near match was used). */
  moved: number;
}

const str = (max: number) => z.string().max(max, { message: `longer than ${max} characters` });
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).max(50)]);

const BodyIn = z.union([
  str(LIMITS.maxNoteChars),
  z.object({
    type: z.string().max(100).optional(),
    purpose: z.string().max(100).optional(),
    value: str(LIMITS.maxNoteChars).optional(),
  }),
]);

const SelectorIn = z.object({
  type: z.string().max(100),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  exact: str(LIMITS.maxQuoteChars).optional(),
  prefix: str(1000).optional(),
  suffix: str(1000).optional(),
});

const TargetIn = z.union([
  str(2000),
  z.object({
    source: str(2000).optional(),
    selector: oneOrMany(SelectorIn).optional(),
  }),
]);

const AnnotationIn = z.object({
  id: str(2000).optional(),
  type: z.union([z.string().max(100), z.array(z.string().max(100)).max(10)]).optional(),
  motivation: z.union([z.string().max(100), z.array(z.string().max(100)).max(10)]).optional(),
  created: str(64).optional(),
  modified: str(64).optional(),
  /** Hypothesis API name for `modified`. */
  updated: str(64).optional(),
  body: oneOrMany(BodyIn).optional(),
  bodyValue: str(LIMITS.maxNoteChars).optional(),
  /** Hypothesis API fields: the note and the tags. */
  text: str(LIMITS.maxNoteChars).optional(),
  tags: z.array(str(200)).max(50).optional(),
  target: oneOrMany(TargetIn),
});
type AnnotationIn = z.infer<typeof AnnotationIn>;

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Kind ids and their labels in every language, folded, → kind. */
const KIND_BY_NAME: Map<string, Kind> = (() => {
  const m = new Map<string, Kind>();
  for (const k of Kind.options) {
    m.set(k, k);
    for (const label of Object.values(KIND_LABELS[k])) m.set(fold(label).trim(), k);
  }
  return m;
})();
const kindOf = (tag: string): Kind | undefined => KIND_BY_NAME.get(fold(tag).trim());

/** Find the list of annotations in whatever shape was given: collection, page, array, single annotation. */
function itemsOf(json: unknown): { items: unknown[] } | { error: string } {
  if (Array.isArray(json)) return { items: json };
  if (!json || typeof json !== 'object') return { error: 'expected a JSON object or array of Web Annotations' };
  const o = json as Record<string, unknown>;
  const first = o.first;
  if (first && typeof first === 'object' && Array.isArray((first as Record<string, unknown>).items)) {
    return { items: (first as Record<string, unknown>).items as unknown[] };
  }
  if (Array.isArray(first)) return { items: first };
  if (typeof first === 'string') return { error: 'the collection links to its pages (first is a URL) instead of including them: export it with the annotations embedded' };
  if (Array.isArray(o.items)) return { items: o.items };
  if (Array.isArray(o.rows)) return { items: o.rows }; // a Hypothesis search API response
  if ('target' in o) return { items: [o] };
  return { error: 'no annotations found: expected an AnnotationCollection (first.items), an AnnotationPage (items), an array, or one Annotation' };
}

function zodLine(index: number, issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `item ${index}${path ? ` (${path.slice(path.startsWith('.') ? 1 : 0)})` : ''}: ${issue.message}`;
}

function decodeId(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let id = raw;
  if (id.startsWith(ANNOTATION_ID_PREFIX)) {
    try {
      id = decodeURIComponent(id.slice(ANNOTATION_ID_PREFIX.length));
    } catch {
      id = id.slice(ANNOTATION_ID_PREFIX.length);
    }
  }
  id = wellFormed(id.slice(0, LIMITS.maxIdChars));
  return id || undefined;
}

interface Read {
  id?: string;
  kind: Kind;
  note: string;
  created?: string;
  modified?: string;
  position?: { start: number; end: number };
  quote?: TextQuoteSelector;
}

function readItem(index: number, a: AnnotationIn): Read | string {
  const bodies = asArray(a.body);
  const notes: string[] = [];
  const tags: string[] = [];
  let unknownTag: string | undefined;
  let kind: Kind | undefined;
  const tagBodies = (a.tags ?? []).map((value) => ({ purpose: 'tagging', value }) as const);
  if (a.text) notes.push(a.text);
  for (const b of [...bodies, ...tagBodies]) {
    if (typeof b === 'string') {
      notes.push(b);
      continue;
    }
    if (b.value === undefined) continue;
    if (b.purpose === 'tagging') {
      tags.push(b.value);
      const k = kindOf(b.value);
      if (k && !kind) kind = k;
      else if (!k) unknownTag ??= b.value;
    } else notes.push(b.value);
  }
  if (a.bodyValue !== undefined) notes.push(a.bodyValue);
  if (!kind) {
    return unknownTag !== undefined
      ? `item ${index} (body): tag ${JSON.stringify(unknownTag.slice(0, 60))} is not a Loupe kind (expected one of ${Kind.options.join(', ')})`
      : `item ${index} (body): no tagging body naming the kind (expected one of ${Kind.options.join(', ')})`;
  }
  // Hypothesis keeps other tags as data; we keep them in the note so nothing the user wrote is lost.
  const otherTags = tags.filter((t) => kindOf(t) !== kind);
  let note = notes.join('\n\n');
  if (otherTags.length) note = note ? `${note}\n\n#${otherTags.join(' #')}` : `#${otherTags.join(' #')}`;
  if (note.length > LIMITS.maxNoteChars) return `item ${index} (body): note longer than ${LIMITS.maxNoteChars} characters`;

  const selectors = asArray(a.target).flatMap((t) => (typeof t === 'string' ? [] : asArray(t.selector)));
  let position: Read['position'];
  let quote: TextQuoteSelector | undefined;
  for (const s of selectors) {
    if (s.type === 'TextPositionSelector' && !position) {
      if (s.start === undefined || s.end === undefined) return `item ${index} (target.selector): TextPositionSelector needs start and end`;
      if (s.end < s.start) return `item ${index} (target.selector): TextPositionSelector end is before start`;
      position = { start: s.start, end: s.end };
    } else if (s.type === 'TextQuoteSelector' && !quote) {
      if (s.exact === undefined) return `item ${index} (target.selector): TextQuoteSelector needs exact`;
      quote = { type: 'TextQuoteSelector', exact: s.exact, ...(s.prefix !== undefined ? { prefix: s.prefix } : {}), ...(s.suffix !== undefined ? { suffix: s.suffix } : {}) };
    }
  }
  if (!position && !quote) return `item ${index} (target.selector): no TextPositionSelector or TextQuoteSelector`;
  const id = decodeId(a.id);
  return {
    ...(id ? { id } : {}),
    kind,
    note,
    ...(a.created ? { created: a.created } : {}),
    ...(a.modified || a.updated ? { modified: a.modified || a.updated } : {}),
    ...(position ? { position } : {}),
    ...(quote ? { quote } : {}),
  };
}

/** Search the quote again in a folded copy (case, accents, NBSP/typographic apostrophes), length-preserving. */
function anchorLoosely(text: string, folded: string, quote: TextQuoteSelector, position?: { start: number; end: number }) {
  if (!quote.exact.trim()) return null;
  return anchor(
    folded,
    {
      type: 'TextQuoteSelector',
      exact: fold(quote.exact),
      ...(quote.prefix !== undefined ? { prefix: fold(quote.prefix) } : {}),
      ...(quote.suffix !== undefined ? { suffix: fold(quote.suffix) } : {}),
    },
    position,
  );
}

/**
 * Read Web Annotations (a collection, a page, an array or one annotation — or the JSON text of one) and
 * place them in `articleText`: trust the TextPositionSelector when the quote is there, else search the quote
 * (prefix/suffix and nearness decide between repeats), else search it ignoring case, accents and NBSP.
 * Annotations that cannot be placed come back as `orphans` (nothing a student wrote is dropped silently);
 * items that cannot be read come back as `errors`, one line each, naming the item index and the field.
 * Everything imported stays plain data (strings); sizes and counts are capped (see LIMITS).
 */
export function fromWebAnnotations(json: unknown, articleText: string, now: Now = () => new Date()): ImportResult {
  const result: ImportResult = { annotations: [], orphans: [], errors: [], moved: 0 };
  let data = json;
  if (typeof data === 'string') {
    if (data.length > LIMITS.maxImportChars) {
      result.errors.push(`file: larger than ${LIMITS.maxImportChars} characters`);
      return result;
    }
    try {
      data = JSON.parse(data.replace(/^\uFEFF/, ''));
    } catch (e) {
      result.errors.push(`file: not valid JSON (${e instanceof Error ? e.message.split('\n')[0] : 'parse error'})`);
      return result;
    }
  }
  const found = itemsOf(data);
  if ('error' in found) {
    result.errors.push(`file: ${found.error}`);
    return result;
  }
  let items = found.items;
  if (items.length > LIMITS.maxAnnotations) {
    result.errors.push(`file: ${items.length} annotations, only the first ${LIMITS.maxAnnotations} were read`);
    items = items.slice(0, LIMITS.maxAnnotations);
  }
  const stamp = now().toISOString();
  const seen = new Set<string>();
  let folded: string | undefined;
  let auto = 0;
  items.forEach((raw, index) => {
    const parsed = AnnotationIn.safeParse(raw);
    if (!parsed.success) {
      result.errors.push(zodLine(index, parsed.error.issues[0]!));
      return;
    }
    const read = readItem(index, parsed.data);
    if (typeof read === 'string') {
      result.errors.push(read);
      return;
    }
    let id = read.id ?? `import-${index}`;
    while (seen.has(id)) id = `${read.id ?? 'import'}-${index}-${++auto}`;
    seen.add(id);
    const created = read.created ?? read.modified ?? stamp;
    const modified = read.modified ?? created;
    const quote: TextQuoteSelector | undefined =
      read.quote ??
      (read.position && read.position.end <= articleText.length
        ? { type: 'TextQuoteSelector', exact: articleText.slice(read.position.start, read.position.end) }
        : undefined);
    let at: { start: number; end: number } | null = null;
    if (quote) {
      at = anchor(articleText, quote, read.position);
      if (!at) at = anchorLoosely(articleText, (folded ??= fold(articleText)), quote, read.position);
      if (at && quote.exact === '' && read.position === undefined) at = null;
    }
    if (!at || at.end - at.start > LIMITS.maxQuoteChars) {
      result.orphans.push({
        index,
        id,
        kind: read.kind,
        quote: quote?.exact ?? '',
        note: read.note,
        created,
        modified,
        ...(read.position ?? {}),
        reasonId: quote ? 'quote-not-found' : 'position-outside',
        reason: quote ? 'the quoted passage is not in this article' : 'the position is outside this article and there is no quote',
      });
      return;
    }
    if (!read.position || at.start !== read.position.start || at.end !== read.position.end) result.moved++;
    result.annotations.push({
      id,
      kind: read.kind,
      start: at.start,
      end: at.end,
      quote: articleText.slice(at.start, at.end),
      note: read.note,
      created,
      modified,
    });
  });
  result.annotations = sortAnnotations(result.annotations);
  return result;
}
