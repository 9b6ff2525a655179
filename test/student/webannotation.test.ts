import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT,
  LIMITS,
  ORPHAN_REASONS,
  addAnnotation,
  articleKey,
  createAnnotation,
  emptyWork,
  fromWebAnnotations,
  toWebAnnotations,
  type StudentWork,
} from '../../src/core/student/index.js';
import type { Kind } from '../../src/core/model/index.js';

/** No lone surrogate (encodeURIComponent throws on one). */
function wellFormed(s: string): boolean {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 2, 3, 10, 0, tick++));

const TEXTS: Record<string, string> = {
  fr: 'Crise à Marseille\u00a0: le préfet démissionne\n« Une décision attendue », estime un élu. Le port aurait perdu 30\u202f% de son trafic 📉 depuis janvier.',
  en: 'Mayor quits after audit\nThe city reportedly lost $2m 💸 on the deal. "We did nothing wrong," she said. The family 👨‍👩‍👧 was not informed.',
  es: 'El Gobierno niega la crisis\nSegún fuentes anónimas, el ministro dimitirá 🙄. La Sra.\u00a0Gómez lo desmintió el lunes.',
};

function workOn(text: string, marks: { kind: Kind; exact: string; note: string }[]): StudentWork {
  let w = emptyWork(articleKey(text), clock);
  marks.forEach((m, i) => {
    const start = text.indexOf(m.exact);
    if (start < 0) throw new Error(`fixture: ${m.exact} not in text`);
    w = addAnnotation(w, createAnnotation(text, { kind: m.kind, start, end: start + m.exact.length, note: m.note, id: `id ${i}/é` }, clock), clock);
  });
  return w;
}

const WORKS: Record<string, StudentWork> = {
  fr: workOn(TEXTS.fr!, [
    { kind: 'headline-framing', exact: 'Crise à Marseille\u00a0: le préfet', note: 'Titre alarmiste 😱 — « crise » ?' },
    { kind: 'unsourced-claim', exact: 'Le port aurait perdu 30\u202f% de son trafic 📉', note: '' },
  ]),
  en: workOn(TEXTS.en!, [
    { kind: 'unsourced-claim', exact: 'The city reportedly lost $2m 💸', note: 'Who says? <script>alert(1)</script>' },
    { kind: 'caption-mismatch', exact: 'family 👨‍👩‍👧', note: '=HYPERLINK("http://x")\nline two' },
  ]),
  es: workOn(TEXTS.es!, [
    { kind: 'unsourced-claim', exact: 'Según fuentes anónimas, el ministro dimitirá 🙄', note: '¿Qué fuentes?' },
    { kind: 'state-media', exact: 'Sra.\u00a0Gómez', note: 'ñ ü 𝔘𝔫𝔦𝔠𝔬𝔡𝔢' },
  ]),
};

describe('toWebAnnotations', () => {
  it('writes a W3C AnnotationCollection with both selectors and two bodies', () => {
    const text = TEXTS.fr!;
    const doc = toWebAnnotations(WORKS.fr!, { text, url: 'https://example.org/a', title: 'Crise', lang: 'fr' });
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    const [a, b] = doc.first.items;
    expect(a!.type).toBe('Annotation');
    expect(a!.target.source).toBe('https://example.org/a');
    const [pos, quote] = a!.target.selector;
    expect(pos.type).toBe('TextPositionSelector');
    expect(quote.type).toBe('TextQuoteSelector');
    expect(text.slice(pos.start, pos.end)).toBe(quote.exact);
    expect(a!.body.find((x) => x.purpose === 'tagging')!.value).toBe('headline-framing');
    expect(a!.body.find((x) => x.purpose === 'commenting')!.value).toBe('Titre alarmiste 😱 — « crise » ?');
    expect(a!.motivation).toBe('commenting');
    // no note → no commenting body, motivation tagging
    expect(b!.body.map((x) => x.purpose)).toEqual(['tagging']);
    expect(b!.motivation).toBe('tagging');
    expect((b!.target.selector[1].prefix ?? '').length).toBeLessThanOrEqual(32);
    expect((b!.target.selector[1].suffix ?? '').length).toBeLessThanOrEqual(32);
  });

  it('never cuts a surrogate pair in prefix or suffix', () => {
    const emoji = '😀'.repeat(40);
    const text = `${emoji}x MARK y${emoji}`;
    const w = workOn(text, [{ kind: 'unsourced-claim', exact: ' MARK ', note: '' }]);
    // position 81..87; 32 units before starts inside a pair only if odd — force it with one extra unit
    const text2 = `a${text}`;
    const w2 = workOn(text2, [{ kind: 'unsourced-claim', exact: ' MARK ', note: '' }]);
    for (const [t, work] of [[text, w], [text2, w2]] as const) {
      const q = toWebAnnotations(work, { text: t }).first.items[0]!.target.selector[1];
      expect(wellFormed(q.prefix!)).toBe(true);
      expect(wellFormed(q.suffix!)).toBe(true);
      expect(t.slice(0, t.indexOf(' MARK ')).endsWith(q.prefix!)).toBe(true);
    }
    void w;
  });

  it('keeps the stored quote and position when the text given does not contain the passage', () => {
    const doc = toWebAnnotations(WORKS.en!, { text: 'a different text' });
    const a = WORKS.en!.annotations[0]!;
    expect(doc.first.items[0]!.target.selector).toEqual([
      { type: 'TextPositionSelector', start: a.start, end: a.end },
      { type: 'TextQuoteSelector', exact: a.quote },
    ]);
    // …so importing on the right text still restores it exactly
    expect(fromWebAnnotations(doc, TEXTS.en!).annotations).toEqual(WORKS.en!.annotations);
  });

  it('uses an article urn as source when no url is given', () => {
    const doc = toWebAnnotations(WORKS.es!, { text: TEXTS.es! });
    expect(doc.first.items[0]!.target.source).toBe(`urn:loupe:article:${WORKS.es!.articleKey}`);
  });
});

describe('export → import is lossless', () => {
  for (const lang of ['fr', 'en', 'es'] as const) {
    it(`${lang}: through JSON text`, () => {
      const text = TEXTS[lang]!;
      const json = JSON.stringify(toWebAnnotations(WORKS[lang]!, { text, url: 'https://example.org/x' }));
      const back = fromWebAnnotations(json, text);
      expect(back.errors).toEqual([]);
      expect(back.orphans).toEqual([]);
      expect(back.moved).toBe(0);
      expect(back.annotations).toEqual(WORKS[lang]!.annotations);
    });
  }
  it('hostile notes stay as plain strings', () => {
    const back = fromWebAnnotations(JSON.parse(JSON.stringify(toWebAnnotations(WORKS.en!, { text: TEXTS.en! }))), TEXTS.en!);
    expect(back.annotations.map((a) => a.note)).toContain('Who says? <script>alert(1)</script>');
  });
});

describe('fromWebAnnotations: re-anchoring', () => {
  const text = TEXTS.es!;
  const exact = 'el ministro dimitirá';
  const start = text.indexOf(exact);
  const item = (selector: unknown[], extra: Record<string, unknown> = {}) => ({
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'unsourced-claim' }],
    target: { source: 'x', selector },
    ...extra,
  });
  const cases: { name: string; text: string; selector: unknown[]; want: [number, number] | 'orphan'; moved: number }[] = [
    { name: 'position and quote agree', text, selector: [{ type: 'TextPositionSelector', start, end: start + exact.length }, { type: 'TextQuoteSelector', exact }], want: [start, start + exact.length], moved: 0 },
    { name: 'text moved: quote found elsewhere', text: `Última hora. ${text}`, selector: [{ type: 'TextPositionSelector', start, end: start + exact.length }, { type: 'TextQuoteSelector', exact }], want: [start + 13, start + 13 + exact.length], moved: 1 },
    { name: 'quote only', text, selector: [{ type: 'TextQuoteSelector', exact }], want: [start, start + exact.length], moved: 1 },
    { name: 'position only', text, selector: [{ type: 'TextPositionSelector', start, end: start + exact.length }], want: [start, start + exact.length], moved: 0 },
    { name: 'a single selector object, not an array', text, selector: { type: 'TextQuoteSelector', exact } as unknown as unknown[], want: [start, start + exact.length], moved: 1 },
    { name: 'different case and accents, NBSP vs space', text, selector: [{ type: 'TextQuoteSelector', exact: 'EL MINISTRO DIMITIRA' }], want: [start, start + exact.length], moved: 1 },
    { name: 'quote gone: orphan', text, selector: [{ type: 'TextPositionSelector', start, end: start + 5 }, { type: 'TextQuoteSelector', exact: 'la ministra dimitió' }], want: 'orphan', moved: 0 },
    { name: 'position past the end, no quote: orphan', text, selector: [{ type: 'TextPositionSelector', start: 5000, end: 5010 }], want: 'orphan', moved: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = fromWebAnnotations([item(c.selector, { bodyValue: 'mi nota' })], c.text);
      expect(r.errors).toEqual([]);
      if (c.want === 'orphan') {
        expect(r.annotations).toEqual([]);
        expect(r.orphans).toHaveLength(1);
        expect(r.orphans[0]!.note).toBe('mi nota');
        expect(r.orphans[0]!.index).toBe(0);
        expect(r.orphans[0]!.kind).toBe('unsourced-claim');
        expect(ORPHAN_REASONS[r.orphans[0]!.reasonId].es.length).toBeGreaterThan(0);
      } else {
        expect(r.orphans).toEqual([]);
        const a = r.annotations[0]!;
        expect([a.start, a.end]).toEqual(c.want);
        expect(a.quote).toBe(c.text.slice(a.start, a.end));
        expect(a.note).toBe('mi nota');
        expect(r.moved).toBe(c.moved);
      }
    });
  }

  it('prefix and suffix choose between repeated quotes', () => {
    const t = 'Dijo que sí. Luego dijo que sí. Al final dijo que no.';
    const second = t.indexOf('que sí', 10);
    const r = fromWebAnnotations(
      [item([{ type: 'TextQuoteSelector', exact: 'que sí', prefix: 'Luego dijo ', suffix: '. Al' }])],
      t,
    );
    expect(r.annotations[0]!.start).toBe(second);
  });
});

describe('fromWebAnnotations: shapes and errors', () => {
  const text = TEXTS.en!;
  const good = {
    id: 'urn:loupe:annotation:abc',
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'unsourced-claim' }, { type: 'TextualBody', purpose: 'commenting', value: 'why' }],
    target: { source: 's', selector: [{ type: 'TextQuoteSelector', exact: 'reportedly lost' }] },
  };
  const shapes: { name: string; json: unknown }[] = [
    { name: 'collection', json: { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [good] } } },
    { name: 'page', json: { type: 'AnnotationPage', items: [good] } },
    { name: 'array', json: [good] },
    { name: 'single annotation', json: good },
    { name: 'JSON text with a BOM', json: `\uFEFF${JSON.stringify([good])}` },
    { name: 'a Hypothesis search response (rows)', json: { total: 1, rows: [good] } },
  ];
  for (const s of shapes) {
    it(`reads a ${s.name}`, () => {
      const r = fromWebAnnotations(s.json, text);
      expect(r.errors).toEqual([]);
      expect(r.annotations).toHaveLength(1);
      expect(r.annotations[0]!.id).toBe('abc');
      expect(r.annotations[0]!.note).toBe('why');
    });
  }

  const bad: { name: string; json: unknown; error: RegExp }[] = [
    { name: 'not JSON', json: '{"first": ', error: /^file: not valid JSON/ },
    { name: 'a number', json: 42, error: /^file: expected a JSON object or array/ },
    { name: 'an object without annotations', json: { hello: 1 }, error: /^file: no annotations found/ },
    { name: 'a collection whose pages are links', json: { type: 'AnnotationCollection', first: 'https://example.org/page1' }, error: /^file: the collection links to its pages/ },
    { name: 'item without target', json: [good, { ...good, target: undefined }], error: /^item 1 \(target\)/ },
    { name: 'item with an unknown kind tag', json: [{ ...good, body: [{ purpose: 'tagging', value: 'fake-news' }] }], error: /^item 0 \(body\): tag "fake-news" is not a Loupe kind/ },
    { name: 'item with no tagging body', json: [{ ...good, body: 'just a note' }], error: /^item 0 \(body\): no tagging body/ },
    { name: 'item with no selector', json: [{ ...good, target: 'https://example.org' }], error: /^item 0 \(target.selector\)/ },
    { name: 'position selector without end', json: [{ ...good, target: { selector: [{ type: 'TextPositionSelector', start: 3 }] } }], error: /^item 0 \(target.selector\): TextPositionSelector needs start and end/ },
    { name: 'a note too long', json: [{ ...good, body: [good.body[0], { purpose: 'commenting', value: 'x'.repeat(LIMITS.maxNoteChars + 1) }] }], error: /^item 0 \(body\[1\]/ },
    { name: 'a number where the quote should be', json: [{ ...good, target: { selector: [{ type: 'TextQuoteSelector', exact: 5 }] } }], error: /^item 0 \(target/ },
  ];
  for (const b of bad) {
    it(`reports ${b.name}`, () => {
      const r = fromWebAnnotations(b.json, text);
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.errors.some((e) => b.error.test(e))).toBe(true);
      for (const e of r.errors) expect(e).not.toMatch(/\n/);
    });
  }

  it('keeps the good items when some are bad', () => {
    const r = fromWebAnnotations([good, { nope: true }, { ...good, id: 'second' }], text);
    expect(r.annotations.map((a) => a.id).sort()).toEqual(['abc', 'second']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^item 1 /);
  });

  it('reads a Hypothesis API annotation (text + tags)', () => {
    const h = {
      id: 'Hyp123',
      created: '2026-01-02T03:04:05.000000+00:00',
      updated: '2026-01-09T00:00:00.000000+00:00',
      text: 'Source?',
      tags: ['unsourced-claim', 'homework'],
      target: [{ source: 'https://example.org', selector: [{ type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0 }, { type: 'TextQuoteSelector', exact: 'reportedly lost', prefix: 'The city ' }] }],
    };
    const r = fromWebAnnotations({ total: 1, rows: [h] }, text);
    expect(r.errors).toEqual([]);
    expect(r.annotations[0]).toMatchObject({ id: 'Hyp123', kind: 'unsourced-claim', note: 'Source?\n\n#homework', quote: 'reportedly lost', modified: '2026-01-09T00:00:00.000000+00:00' });
  });

  it('makes duplicate ids unique', () => {
    const r = fromWebAnnotations([good, good], text);
    expect(new Set(r.annotations.map((a) => a.id)).size).toBe(2);
  });

  it('accepts a kind label in any language and keeps other tags in the note', () => {
    const r = fromWebAnnotations(
      [{ ...good, body: [{ purpose: 'tagging', value: 'Afirmación sin fuente' }, { purpose: 'tagging', value: 'devoir-3' }, { purpose: 'commenting', value: 'ok' }] }],
      text,
    );
    expect(r.errors).toEqual([]);
    expect(r.annotations[0]!.kind).toBe('unsourced-claim');
    expect(r.annotations[0]!.note).toBe('ok\n\n#devoir-3');
  });

  it('caps the number of items and says so', () => {
    const many = Array.from({ length: LIMITS.maxAnnotations + 5 }, () => good);
    const r = fromWebAnnotations(many, text);
    expect(r.annotations).toHaveLength(LIMITS.maxAnnotations);
    expect(r.errors[0]).toMatch(/only the first/);
  });

  it('does not let __proto__ keys leak into objects', () => {
    const r = fromWebAnnotations(`[{"__proto__": {"polluted": 1}, "body": [{"purpose":"tagging","value":"state-media"}], "target": {"selector": [{"type":"TextQuoteSelector","exact":"city"}]}}]`, text);
    expect(r.annotations).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r.annotations[0]!)).toEqual(['id', 'kind', 'start', 'end', 'quote', 'note', 'created', 'modified']);
  });
});

describe('fromWebAnnotations: robustness', () => {
  const text = TEXTS.fr!;
  // Seeded generator: the same "random" inputs on every run.
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const atoms: unknown[] = [null, true, 0, -1, 1.5, 1e21, '', 'x', '<img src=x onerror=alert(1)>', '\ud800', 'unsourced-claim', 'TextQuoteSelector', 'TextPositionSelector', 'tagging', [], {}];
  function value(depth: number): unknown {
    const k = rnd(depth > 2 ? 1 : 4);
    if (k === 0) return atoms[rnd(atoms.length)];
    if (k === 1) return Array.from({ length: rnd(3) }, () => value(depth + 1));
    const keys = ['type', 'body', 'target', 'selector', 'purpose', 'value', 'exact', 'start', 'end', 'prefix', 'id', 'created', 'tags', 'text', '__proto__'];
    return Object.fromEntries(Array.from({ length: rnd(5) }, () => [keys[rnd(keys.length)]!, value(depth + 1)]));
  }
  function item(): unknown {
    // Mostly well-shaped annotations with one part replaced by noise.
    const good = {
      type: 'Annotation',
      id: `urn:loupe:annotation:${rnd(1000)}`,
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'state-media' }, { type: 'TextualBody', purpose: 'commenting', value: 'n' }],
      target: { source: 's', selector: [{ type: 'TextPositionSelector', start: rnd(200), end: 200 + rnd(10) }, { type: 'TextQuoteSelector', exact: text.slice(10, 10 + rnd(30)) }] },
    } as Record<string, unknown>;
    const parts = ['type', 'id', 'body', 'target'];
    if (rnd(3)) good[parts[rnd(parts.length)]!] = value(0);
    return rnd(10) === 0 ? value(0) : good;
  }

  it('never throws, and accounts for every item (placed, orphan or error)', () => {
    for (let round = 0; round < 300; round++) {
      const items = Array.from({ length: 1 + rnd(6) }, item);
      let r: ReturnType<typeof fromWebAnnotations> | undefined;
      expect(() => (r = fromWebAnnotations(items, text))).not.toThrow();
      const itemErrors = r!.errors.filter((e) => e.startsWith('item ')).length;
      expect(r!.annotations.length + r!.orphans.length + itemErrors).toBe(items.length);
      for (const a of r!.annotations) expect(text.slice(a.start, a.end)).toBe(a.quote);
      // whatever came in, it exports again
      expect(() => JSON.stringify(toWebAnnotations({ version: 1, articleKey: 'k', annotations: r!.annotations, updated: 't' }, { text }))).not.toThrow();
    }
  });

  it('never throws on random JSON documents', () => {
    for (let round = 0; round < 300; round++) {
      const doc = value(0);
      expect(() => fromWebAnnotations(doc, text)).not.toThrow();
      expect(() => fromWebAnnotations(JSON.stringify(doc) ?? 'undefined', text)).not.toThrow();
    }
  });

  it('an id with a lone surrogate is made well-formed and exports', () => {
    const r = fromWebAnnotations([{ id: 'a\ud800b', body: { purpose: 'tagging', value: 'state-media' }, target: { selector: { type: 'TextQuoteSelector', exact: 'préfet' } } }], text);
    expect(r.annotations[0]!.id).toBe('a\ufffdb');
    const again = fromWebAnnotations(JSON.stringify(toWebAnnotations({ version: 1, articleKey: 'k', annotations: r.annotations, updated: 't' }, { text })), text);
    expect(again.annotations[0]!.id).toBe('a\ufffdb');
  });
});
