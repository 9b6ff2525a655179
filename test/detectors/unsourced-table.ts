import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { unsourcedClaim } from '../../src/core/detectors/unsourced-claim.js';
import type { Annotation } from '../../src/core/model/annotation.js';

/** A one-line headline per language; the body under test follows it. */
export const HEAD = { fr: 'Les nouvelles du jour', en: 'The news of the day', es: 'Las noticias del día' } as const;
export type L = keyof typeof HEAD;
/** [name, lang, body, phrase the flag must cover, messageId] */
export type Invalid = [string, L, string, string, string];
/** [name, lang, body] */
export type Valid = [string, L, string];

async function run(lang: L, body: string): Promise<Annotation[]> {
  const report = await analyze(`${HEAD[lang]}\n\n${body}\n`, { detectors: [unsourcedClaim], rubric: null, lang } as never);
  return report.annotations.filter((a) => a.kind === 'unsourced-claim');
}

/** Table-driven unsourced-claim tests: each invalid body must get a flag of its message id over the phrase; valid ones none. */
export function unsourcedTable(title: string, invalid: Invalid[], valid: Valid[]): void {
  describe(`${title} — must flag`, () => {
    it.each(invalid)('%s', async (_n, lang, body, phrase, messageId) => {
      const flags = await run(lang, body);
      const at = body.indexOf(phrase);
      expect(at, `phrase not in body: ${phrase}`).toBeGreaterThanOrEqual(0);
      const start = HEAD[lang].length + 2 + at;
      const hit = flags.find((f) => f.start <= start && f.end >= start + phrase.length);
      expect(hit, `no flag covering “${phrase}”; got ${JSON.stringify(flags.map((f) => [f.messageId, f.quote]))}`).toBeDefined();
      expect(hit!.messageId).toBe(messageId);
    });
  });
  describe(`${title} — must stay silent`, () => {
    it.each(valid)('%s', async (_n, lang, body) => {
      const flags = await run(lang, body);
      expect(flags.map((f) => `${f.messageId}: ${f.quote}`)).toEqual([]);
    });
  });
}
