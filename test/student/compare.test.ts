import { describe, expect, it } from 'vitest';
import type { Annotation, Kind } from '../../src/core/model/index.js';
import { COMPARE_RULE, compareWork, overlappingPairs, spanOverlap, type StudentAnnotation } from '../../src/core/student/index.js';

const TEXT = [
  'Le gouvernement aurait caché le rapport, affirme le site.', // 0..57
  'Selon Reuters, le ministre a démissionné mardi.', // 58..
  'Photo : un manifestant à Lyon en 2019.',
].join('\n');

function ref(kind: Kind, start: number, end: number, id = `${kind}:${start}-${end}`): Annotation {
  return {
    id,
    kind,
    detector: kind,
    messageId: 'm',
    start,
    end,
    quote: TEXT.slice(start, end),
    severity: 'caution',
    confidence: 0.7,
    message: 'msg',
    evidence: [],
  };
}
function mark(kind: Kind, start: number, end: number, id: string): StudentAnnotation {
  return { id, kind, start, end, quote: TEXT.slice(start, end), note: '', created: 't', modified: 't' };
}

describe('spanOverlap', () => {
  const cases: { name: string; a: [number, number]; b: [number, number]; want: number; text?: boolean }[] = [
    { name: 'same span', a: [0, 10], b: [0, 10], want: 1 },
    { name: 'disjoint', a: [0, 10], b: [20, 30], want: 0 },
    { name: 'touching is not overlapping', a: [0, 10], b: [10, 20], want: 0 },
    { name: 'half', a: [0, 10], b: [5, 15], want: 5 / 15 },
    { name: 'contained', a: [0, 20], b: [5, 10], want: 5 / 20 },
    // TEXT[15] is the space between "gouvernement" and "aurait": sharing only a space does not count
    { name: 'sharing only a space does not count (with text)', a: [3, 16], b: [15, 22], want: 0, text: true },
    { name: 'sharing a letter counts (with text)', a: [3, 17], b: [16, 22], want: 1 / 19, text: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = spanOverlap({ start: c.a[0], end: c.a[1] }, { start: c.b[0], end: c.b[1] }, c.text ? TEXT : undefined);
      expect(got).toBeCloseTo(c.want, 10);
    });
  }
});

describe('compareWork', () => {
  const claim = ref('unsourced-claim', 0, 39); // "Le gouvernement aurait caché le rapport"
  const caption = ref('caption-mismatch', TEXT.indexOf('Photo'), TEXT.length);
  const info = ref('transparency', TEXT.indexOf('Selon'), TEXT.indexOf('Selon') + 13);
  const refs = [claim, caption, info];

  const cases: {
    name: string;
    refs: Annotation[];
    marks: StudentAnnotation[];
    want: { matched: string[]; missed: string[]; extra: string[]; score: { matched: number; reference: number; extra: number; percent: number } };
  }[] = [
    {
      name: 'nothing marked: every mission flag missed, info kinds never missed',
      refs,
      marks: [],
      want: { matched: [], missed: [claim.id, caption.id], extra: [], score: { matched: 0, reference: 2, extra: 0, percent: 0 } },
    },
    {
      name: 'a partial mark of the right kind matches',
      refs,
      marks: [mark('unsourced-claim', 16, 28, 's1')],
      want: { matched: [`${claim.id}=s1`], missed: [caption.id], extra: [], score: { matched: 1, reference: 2, extra: 0, percent: 50 } },
    },
    {
      name: 'the right span with the wrong kind does not match',
      refs,
      marks: [mark('headline-framing', 0, 39, 's1')],
      want: { matched: [], missed: [claim.id, caption.id], extra: ['s1'], score: { matched: 0, reference: 2, extra: 1, percent: 0 } },
    },
    {
      name: 'two marks on one flag: the better overlap matches, the other is extra',
      refs,
      marks: [mark('unsourced-claim', 0, 5, 'small'), mark('unsourced-claim', 0, 38, 'big')],
      want: { matched: [`${claim.id}=big`], missed: [caption.id], extra: ['small'], score: { matched: 1, reference: 2, extra: 1, percent: 50 } },
    },
    {
      name: 'everything found',
      refs,
      marks: [mark('unsourced-claim', 0, 39, 'a'), mark('caption-mismatch', caption.start + 2, caption.end, 'b')],
      want: { matched: [`${claim.id}=a`, `${caption.id}=b`], missed: [], extra: [], score: { matched: 2, reference: 2, extra: 0, percent: 100 } },
    },
    {
      name: 'no reference flags: 100 percent, marks are extra',
      refs: [info],
      marks: [mark('state-media', 0, 10, 'x')],
      want: { matched: [], missed: [], extra: ['x'], score: { matched: 0, reference: 0, extra: 1, percent: 100 } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = compareWork(c.refs, c.marks, TEXT);
      expect(r.matched.map((m) => `${m.reference.id}=${m.student.id}`)).toEqual(c.want.matched);
      expect(r.missed.map((m) => m.id)).toEqual(c.want.missed);
      expect(r.extra.map((m) => m.id)).toEqual(c.want.extra);
      expect({ matched: r.score.matched, reference: r.score.reference, extra: r.score.extra, percent: r.score.percent }).toEqual(c.want.score);
      // byKind partitions the flat lists
      const kinds = Object.values(r.byKind);
      expect(kinds.reduce((n, k) => n + k.matched.length, 0)).toBe(r.matched.length);
      expect(kinds.reduce((n, k) => n + k.missed.length, 0)).toBe(r.missed.length);
      expect(kinds.reduce((n, k) => n + k.extra.length, 0)).toBe(r.extra.length);
      expect(r.byKind.transparency.missed).toEqual([]);
    });
  }

  it('one mark over a whole paragraph finds only one of the flags inside it', () => {
    const a = ref('unsourced-claim', 0, 22);
    const b = ref('unsourced-claim', 23, 39);
    const r = compareWork([a, b], [mark('unsourced-claim', 0, 57, 'wide')], TEXT);
    expect(r.score.matched).toBe(1);
    expect(r.missed.length).toBe(1);
  });

  it('greedy assignment gives each mark its best flag', () => {
    // mark p overlaps A a little and B well; mark q overlaps only A. Both flags are found.
    const A = ref('unsourced-claim', 0, 22);
    const B = ref('unsourced-claim', 23, 39);
    const p = mark('unsourced-claim', 20, 39, 'p');
    const q = mark('unsourced-claim', 0, 15, 'q');
    const r = compareWork([A, B], [p, q], TEXT);
    expect(r.matched.map((m) => `${m.reference.id}=${m.student.id}`).sort()).toEqual([`${A.id}=q`, `${B.id}=p`].sort());
    expect(r.score.percent).toBe(100);
    expect(r.score.precision).toBe(100);
  });

  it('two flags of one kind on the same span are one thing to find', () => {
    const a = ref('unsourced-claim', 0, 39, 'x');
    const b = { ...ref('unsourced-claim', 0, 39, 'y'), messageId: 'other' };
    const r = compareWork([a, b], [mark('unsourced-claim', 0, 39, 's')], TEXT);
    expect(r.score).toMatchObject({ matched: 1, reference: 1, percent: 100 });
    expect(r.missed).toEqual([]);
  });

  it('reports overlap as the Jaccard index', () => {
    const r = compareWork([ref('unsourced-claim', 0, 20)], [mark('unsourced-claim', 10, 30, 's')]);
    expect(r.matched[0]!.overlap).toBeCloseTo(10 / 30, 10);
  });

  it('rounds the percent', () => {
    const flags = [ref('unsourced-claim', 0, 5), ref('unsourced-claim', 6, 15), ref('unsourced-claim', 16, 22)];
    const r = compareWork(flags, [mark('unsourced-claim', 0, 5, 'a')], TEXT);
    expect(r.score.percent).toBe(33);
  });
});

describe('overlappingPairs', () => {
  // A small seeded generator so the spans are the same on every run.
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const spans = (n: number) =>
    Array.from({ length: n }, () => {
      const start = rnd(500);
      return { start, end: start + rnd(60) };
    });
  for (const [n, m] of [[0, 5], [5, 0], [30, 40], [200, 150]] as const) {
    it(`finds the same pairs as the brute force (${n} × ${m})`, () => {
      const a = spans(n);
      const b = spans(m);
      const brute: string[] = [];
      a.forEach((x, i) => b.forEach((y, j) => Math.min(x.end, y.end) > Math.max(x.start, y.start) && brute.push(`${i},${j}`)));
      const got = overlappingPairs(a, b).map(([i, j]) => `${i},${j}`);
      expect(got.sort()).toEqual(brute.sort());
    });
  }
});

describe('texts', () => {
  it('the rule is written in fr, en and es, and differently in each', () => {
    expect(Object.keys(COMPARE_RULE).sort()).toEqual(['en', 'es', 'fr']);
    expect(new Set(Object.values(COMPARE_RULE)).size).toBe(3);
    for (const t of Object.values(COMPARE_RULE)) expect(t.length).toBeGreaterThan(80);
  });
});
