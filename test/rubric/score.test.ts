import { describe, expect, it } from 'vitest';
import { ann } from './helpers.js';
import { bundledRubric, bundledRubrics, resolveRubric, scoreAnnotations, scoreReport, uncheckedKinds, Rubric } from '../../src/core/rubric/index.js';
import { InputError } from '../../src/core/errors.js';
import type { Annotation } from '../../src/core/model/annotation.js';

const pct = (s: { total: number; max: number }) => (100 * s.total) / s.max;

/** A tiny rubric whose arithmetic can be checked by hand. */
const tiny = Rubric.parse({
  id: 'tiny',
  version: 1,
  title: { fr: 'Petite grille', en: 'Tiny rubric', es: 'Rúbrica mínima' },
  description: { en: 'test' },
  criteria: [
    {
      id: 'claims',
      title: { fr: 'Affirmations', en: 'Claims', es: 'Afirmaciones' },
      description: { en: 'x' },
      points: 10,
      deductions: [{ kind: 'unsourced-claim', points: { warning: 4, caution: 2 }, reason: { en: '{count} unsourced', fr: '{count} sans source' } }],
      ifNone: { en: 'all sourced', fr: 'tout est sourcé' },
      prompts: { en: ['Who says so?'], fr: ['Qui le dit ?'] },
      sources: [{ title: 'test' }],
    },
    {
      id: 'outlets',
      title: { en: 'Outlets' },
      description: { en: 'x' },
      points: 10,
      deductions: [{ kind: 'state-media', points: 6, count: 'distinct', scaleByConfidence: false }],
      prompts: {},
      sources: [{ title: 'test' }],
    },
    {
      id: 'once',
      title: { en: 'Once' },
      description: { en: 'x' },
      points: 5,
      deductions: [{ kind: 'headline-framing', points: { warning: 5, caution: 3 }, count: 'once', minConfidence: 0.5 }],
      prompts: {},
      sources: [{ title: 'test' }],
    },
  ],
  bands: [
    { id: 'high', min: 80, label: { en: 'High', fr: 'Haut' } },
    { id: 'mid', min: 50, label: { en: 'Mid' } },
    { id: 'low', min: 0, label: { en: 'Low' } },
  ],
});

describe('scorer arithmetic (tiny rubric)', () => {
  const table: { name: string; anns: Annotation[]; total: number; band: string; criteria: Record<string, number> }[] = [
    { name: 'nothing found', anns: [], total: 25, band: 'high', criteria: { claims: 10, outlets: 10, once: 5 } },
    { name: 'confidence scales a deduction', anns: [ann('unsourced-claim', 'no-source', 'warning', 0.5)], total: 23, band: 'high', criteria: { claims: 8 } },
    { name: 'severity picks the amount', anns: [ann('unsourced-claim', 'no-source', 'caution', 1), ann('unsourced-claim', 'vague', 'warning', 1)], total: 19, band: 'mid', criteria: { claims: 4 } },
    { name: 'a criterion never goes below 0', anns: Array.from({ length: 9 }, () => ann('unsourced-claim', 'no-source', 'warning', 1)), total: 15, band: 'mid', criteria: { claims: 0 } },
    { name: 'distinct: one outlet named three times counts once', anns: [1, 2, 3].map((i) => ann('state-media', 'cited', 'caution', 0.3, { start: i * 100, quote: 'Fars News' })), total: 19, band: 'mid', criteria: { outlets: 4 } },
    { name: 'distinct: two outlets count twice', anns: [ann('state-media', 'cited', 'caution', 1, { quote: 'Fars News' }), ann('state-media', 'cited', 'caution', 1, { quote: 'FARS  news' }), ann('state-media', 'cited', 'caution', 1, { quote: 'Tasnim' })], total: 15, band: 'mid', criteria: { outlets: 0 } },
    { name: 'once: only the strongest counts', anns: [ann('headline-framing', 'question', 'caution', 1), ann('headline-framing', 'loaded', 'warning', 0.8)], total: 21, band: 'high', criteria: { once: 1 } },
    { name: 'minConfidence drops unsure findings', anns: [ann('headline-framing', 'question', 'warning', 0.4)], total: 25, band: 'high', criteria: { once: 5 } },
    { name: 'kinds without a rule cost nothing', anns: [ann('source-profile', 'independent-public', 'info', 1), ann('transparency', 'no-byline', 'info', 1)], total: 25, band: 'high', criteria: { claims: 10 } },
  ];
  for (const t of table)
    it(t.name, () => {
      const s = scoreAnnotations(tiny, t.anns, 'en');
      expect(s.total).toBe(t.total);
      expect(s.max).toBe(25);
      expect(s.band.id).toBe(t.band);
      for (const [id, pts] of Object.entries(t.criteria)) expect(s.criteria.find((c) => c.id === id)!.points, id).toBe(pts);
      for (const c of s.criteria) expect(c.max - c.points).toBeCloseTo(-c.reasons.reduce((x, r) => x + r.delta, 0), 5);
    });

  it('reasons name the annotations that moved the points, in the report language', () => {
    const a = ann('unsourced-claim', 'no-source', 'warning', 1);
    const b = ann('unsourced-claim', 'no-source', 'caution', 1);
    const fr = scoreAnnotations(tiny, [b, a], 'fr').criteria[0]!;
    expect(fr.title).toBe('Affirmations');
    expect(fr.reasons).toEqual([{ text: '2 sans source', delta: -6, annotationIds: [a.id, b.id].sort((x, y) => (x < y ? -1 : 1)) }]);
    expect(fr.prompts).toEqual(['Qui le dit ?']);
    const none = scoreAnnotations(tiny, [], 'fr').criteria[0]!;
    expect(none.reasons).toEqual([{ text: 'tout est sourcé', delta: 0, annotationIds: [] }]);
  });

  it('falls back to another language when the rubric lacks one', () => {
    const s = scoreAnnotations(tiny, [], 'es');
    expect(s.criteria[1]!.title).toBe('Outlets');
    expect(s.band.label).toBe('High');
    expect(s.criteria[0]!.prompts).toEqual(['Who says so?']);
  });

  it('is deterministic whatever the order of the annotations', () => {
    const anns = [
      ann('unsourced-claim', 'no-source', 'caution', 0.7),
      ann('state-media', 'cited', 'caution', 0.9, { quote: 'IRNA' }),
      ann('headline-framing', 'q', 'warning', 0.6),
      ann('unsourced-claim', 'vague', 'warning', 0.55),
      ann('state-media', 'cited', 'caution', 0.4, { quote: 'IRNA' }),
    ];
    const a = scoreAnnotations(tiny, anns, 'en');
    const b = scoreAnnotations(tiny, [...anns].reverse(), 'en');
    const c = scoreAnnotations(tiny, [anns[2]!, anns[0]!, anns[4]!, anns[1]!, anns[3]!], 'en');
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});

describe('the default rubric is fair', async () => {
  const cred = await bundledRubric('credibility');
  const score = (anns: Annotation[]) => pct(scoreAnnotations(cred, anns, 'en'));
  const honest: [string, Annotation[], number][] = [
    ['clean article', [], 100],
    ['one cautious unsourced claim', [ann('unsourced-claim', 'no-source', 'caution', 0.6)], 90],
    ['a missing byline (wire copy)', [ann('transparency', 'no-byline', 'info', 0.6)], 90],
    ['missing byline and one cautious claim', [ann('transparency', 'no-byline', 'info', 0.6), ann('unsourced-claim', 'vague-source', 'caution', 0.6)], 90],
    ['cites a state outlet once, by name', [ann('state-media', 'cited-SC', 'caution', 0.85, { quote: 'IRNA' })], 90],
    ['independent public media profiled five times', Array.from({ length: 5 }, () => ann('source-profile', 'profile', 'info', 1)), 100],
    ['two unsure unsourced claims, info', [ann('unsourced-claim', 'no-source', 'info', 0.5), ann('unsourced-claim', 'no-source', 'info', 0.5)], 95],
  ];
  for (const [name, anns, min] of honest) it(`${name} scores at least ${min}%`, () => expect(score(anns)).toBeGreaterThanOrEqual(min));

  it('a state outlet publishing a doctored-photo story with a loaded headline scores at most 35%', () => {
    const anns = [
      ann('state-media', 'publisher-SC', 'warning', 0.9, { quote: 'Outlet X' }),
      ann('state-media', 'cited-SC', 'caution', 0.85, { quote: 'Agency Y' }),
      ann('caption-mismatch', 'unrelated', 'warning', 0.8),
      ann('headline-framing', 'speculative-question', 'warning', 0.7),
      ann('unsourced-claim', 'no-source', 'caution', 0.7),
      ann('unsourced-claim', 'state-only-source', 'caution', 0.7),
      ann('transparency', 'no-byline', 'info', 0.6),
      ann('transparency', 'no-date', 'info', 0.6),
    ];
    expect(score(anns)).toBeLessThanOrEqual(35);
    expect(score(anns)).toBeGreaterThanOrEqual(0);
  });

  it('a state-controlled publisher alone takes an otherwise clean article out of the credible bands', () => {
    expect(score([ann('state-media', 'publisher-SC', 'warning', 0.9, { quote: 'Outlet X' })])).toBeLessThan(70);
  });

  it('state media as publisher always scores below a flag-free honest article', () => {
    expect(score([ann('state-media', 'publisher-CaPu', 'caution', 0.75)])).toBeLessThan(score([]));
  });
});

describe('a detector that failed', () => {
  it('its criteria say "not checked" instead of the reassuring ifNone text', async () => {
    const report = { annotations: [], warnings: ['caption-mismatch: detector failed (boom); its findings are missing'] } as unknown as Parameters<typeof scoreReport>[0];
    const s = (await scoreReport(report, 'credibility', 'en'))!;
    const photo = s.criteria.find((c) => c.id === 'photo-integrity')!;
    expect(photo.reasons).toEqual([{ text: expect.stringMatching(/^Not checked: the analysis of Unrelated caption failed/), delta: 0, annotationIds: [] }]);
    expect(s.criteria.find((c) => c.id === 'headline-fairness')!.reasons[0]!.text).not.toMatch(/Not checked/);
    expect(uncheckedKinds(['state-media: detector failed (x)'])).toEqual(new Set(['state-media', 'source-profile']));
    expect(uncheckedKinds(['scoring failed (x)', 'nope: detector failed (y)']).size).toBe(0);
  });
});

describe('scoreReport and rubric references', () => {
  const report = { annotations: [ann('transparency', 'no-date', 'info', 0.6)] } as unknown as Parameters<typeof scoreReport>[0];
  it('undefined is the default rubric, credibility', async () => {
    expect((await scoreReport(report, undefined, 'en'))!.rubric.id).toBe('credibility');
  });
  it('a string names a bundled rubric, and {id} does too', async () => {
    for (const id of Object.keys(await bundledRubrics())) {
      expect((await scoreReport(report, id, 'fr'))!.rubric.id).toBe(id);
      expect((await scoreReport(report, { id }, 'es'))!.rubric.id).toBe(id);
    }
  });
  it('a parsed rubric object is used as is', async () => {
    expect((await scoreReport(report, tiny, 'en'))!.rubric).toEqual({ id: 'tiny', version: 1, title: 'Tiny rubric' });
  });
  it('an unknown id or a malformed object is an InputError', async () => {
    await expect(scoreReport(report, 'nope', 'en')).rejects.toThrow(InputError);
    await expect(scoreReport(report, 'nope', 'en')).rejects.toThrow(/unknown rubric "nope".*credibility/);
    await expect(resolveRubric({ ...tiny, criteria: [{ ...tiny.criteria[0]!, points: -1 }] } as Rubric)).rejects.toThrow(/criteria\[0\]\.points/);
    await expect(resolveRubric({ ...tiny, criteria: [tiny.criteria[0]!, tiny.criteria[0]!] })).rejects.toThrow(/duplicate criterion id/);
    await expect(scoreReport(report, '__proto__', 'en')).rejects.toThrow(InputError);
    const badMessage = { ...tiny, criteria: [{ ...tiny.criteria[0]!, deductions: [{ kind: 'transparency' as const, messageIds: ['no-author'], points: 1 }] }] };
    await expect(resolveRubric(badMessage)).rejects.toThrow(/unknown message id "no-author" for kind transparency/);
  });
});
