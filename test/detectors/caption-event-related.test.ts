import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { captionMismatch } from '../../src/core/detectors/caption-mismatch.js';

const article = (caption: string) =>
  [
    'Why turnout in small towns could decide the county council election',
    caption,
    'By Maya Collins',
    'Published 4 March 2025',
    'Turnout in small towns fell by six points between the last two county council elections, according to figures from the electoral commission, while turnout in the county town held steady.',
    'Campaigners said polling stations had been closed or merged in several villages since the previous vote. The council said the changes followed a review of costs.',
    'Political scientist Dr Anna Webb of the University of Leeds said the gap mattered because small-town voters lean differently from those in the county town.',
  ].join('\n\n');

const run = async (caption: string) => (await analyze(article(caption), { format: 'text', detectors: [captionMismatch], rubric: null })).annotations;

describe('a photo of the same kind of event', () => {
  it('an earlier vote in a small town the gazetteer does not know is related, not flagged', async () => {
    expect(await run('Volunteers count ballots at a polling station in Little Snoring, Norfolk, in May 2021. (Photo: Jane Hill/PA)')).toEqual([]);
  });
  it('a known foreign capital and a far date are still flagged', async () => {
    const a = await run('Supporters of President Nicolás Maduro rally in Caracas, Venezuela, in January 2019. (Photo: Reuters)');
    expect(a.map((x) => x.kind)).toEqual(['caption-mismatch']);
  });
});
