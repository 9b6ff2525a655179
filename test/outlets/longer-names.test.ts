import { describe, expect, it } from 'vitest';
import { findOutletMentions, loadRegistry } from '../../src/core/outlets/index.js';
import { analyze } from '../../src/core/analyze.js';

const registry = await loadRegistry();

/** Generic outlet names from the ASD list must not match inside the name of another, honest publisher. */
describe('a registry name inside a longer proper name', () => {
  it.each([
    ['© 2025 New Horizons Review. All rights reserved.', 'Horizons'],
    ['© L’Économiste de l’Ouest 2025', 'Economiste'],
    ['Source: The Horizons Weekly', 'Horizons'],
  ])('"%s" names no registry outlet', (line, word) => {
    const found = findOutletMentions(line, registry, { slot: true });
    expect(found.filter((m) => m.quote.includes(word))).toEqual([]);
  });

  it('still finds the outlet named on its own after a sentence-initial word', () => {
    const found = findOutletMentions('Selon Horizons, le ministre a démissionné.', registry, {});
    expect(found.map((m) => m.entry.id)).toContain('horizons-mr');
  });

  it('an honest article whose publisher shares a word with a registry outlet gets no state-media flag', async () => {
    const text = [
      'Regional airline adds three routes from Nantes this summer',
      'By Claire Dubois',
      'The airline said on Monday it would add flights to Porto, Split and Palermo from June, according to its summer schedule.',
      '© 2025 New Horizons Review. All rights reserved.',
    ].join('\n\n');
    const report = await analyze(text, { format: 'text' });
    expect(report.annotations.filter((a) => a.kind === 'state-media')).toEqual([]);
  });
});
