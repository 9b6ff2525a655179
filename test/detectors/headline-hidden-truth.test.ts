import { describe, expect, it } from 'vitest';
import { analyzeHeadline } from '../../src/core/detectors/headline/index.js';

/** "What they don't want you to know": the hidden-truth teaser, in every language. */
describe('hidden-truth teasers', () => {
  it.each([
    ['en', 'The side effects the drug makers don’t want you to know about'],
    ['fr', 'Ce que les assureurs ne veulent pas que vous sachiez sur votre contrat'],
    ['es', 'Las cifras del paro que el Gobierno no quiere que veas'],
    ['es', 'Lo que te ocultan sobre la factura de la luz'],
  ] as const)('%s: %s is framed as clickbait', async (lang, headline) => {
    const r = await analyzeHeadline(headline, lang);
    expect(r.framed).toBe(true);
    expect(r.cues.some((c) => c.type === 'clickbait')).toBe(true);
  });

  it.each([
    ['es', 'Los vecinos no quieren que se cierre el centro de salud'],
    ['fr', 'Les parents ne veulent pas que l’école ferme en juin'],
    ['en', 'Residents do not want the library to close, survey finds'],
  ] as const)('%s: %s stays silent', async (lang, headline) => {
    const r = await analyzeHeadline(headline, lang);
    expect(r.framed).toBe(false);
  });
});
