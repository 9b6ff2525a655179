import { describe, expect, it } from 'vitest';
import { checkQuotes, countWords, fitWords, groundNotes, normalizeForMatch, quoteInArticle, quotedSegments } from '../../src/llm/ground.js';
import { makeReport } from './reports.js';

const ARTICLE = normalizeForMatch(`Le porte-parole a déclaré : « Nous n’avons reçu aucune demande officielle. »
The mayor said the bridge would reopen in “early spring”, according to city records.
El Ministerio afirmó que los embalses están al 38 % de su capacidad.`);

describe('quoteInArticle', () => {
  it.each([
    'Nous n’avons reçu aucune demande officielle',
    "nous n'avons reçu aucune demande officielle.", // case, apostrophe, trailing punctuation
    'NOUS N’AVONS RECU AUCUNE DEMANDE', // diacritics folded
    'the bridge would reopen in "early spring"',
    'the bridge would reopen … according to city records', // elision
    'los embalses están al 38 %',
    'los  embalses\nestán', // whitespace
  ])('finds a faithful quote: %s', (q) => expect(quoteInArticle(q, ARTICLE)).toBe(true));

  it.each([
    'Nous avons reçu une demande officielle',
    'the bridge will never reopen',
    'los embalses están al 83 %',
    'according to city records … the bridge would reopen', // elided parts out of order
  ])('rejects an invented or altered quote: %s', (q) => expect(quoteInArticle(q, ARTICLE)).toBe(false));
});

describe('quotedSegments', () => {
  it.each([
    ['Le titre « va-t-il ruiner » inquiète.', ['va-t-il ruiner']],
    ['The phrase “obviously cost” is not sourced, nor is "thousands".', ['obviously cost', 'thousands']],
    ['La frase «es evidente» y „otra cita“.', ['es evidente', 'otra cita']],
    ["L'auteur n'est pas nommé, it's the outlet's choice.", []],
  ])('%s', (text, expected) => expect(quotedSegments(text)).toEqual(expected));
});

describe('checkQuotes', () => {
  it.each([
    ['Les « experts » cités ne sont pas nommés.', 'Les experts cités ne sont pas nommés.', 1],
    ['The so-called "decisive blow" is not explained.', 'The so-called decisive blow is not explained.', 1],
    ['El «38 %» viene del Ministerio.', 'El «38 %» viene del Ministerio.', 0],
  ])('scare quotes not from the article lose their marks: %s', (input, expected, unquoted) => {
    const r = checkQuotes(input, ARTICLE);
    expect(r).toEqual({ text: expected, invented: undefined, unquoted });
  });
  it('a longer quotation that is not in the article is invented', () => {
    expect(checkQuotes('Il a dit « nous avons tout reçu hier soir ».', ARTICLE).invented).toBe('nous avons tout reçu hier soir');
  });
});

describe('fitWords', () => {
  const long = Array.from({ length: 12 }, (_, i) => `Phrase numéro ${i} avec cinq mots.`).join(' ');
  it('keeps text within the limit as is', () => expect(fitWords('Une phrase courte.', 80)).toBe('Une phrase courte.'));
  it('cuts after the last whole sentence that fits', () => {
    const cut = fitWords(long, 20)!;
    expect(countWords(cut)).toBeLessThanOrEqual(20);
    expect(cut.endsWith('.')).toBe(true);
  });
  it('gives up when not even one sentence fits', () => expect(fitWords(Array(100).fill('mot').join(' '), 80)).toBeUndefined());
});

describe('groundNotes', () => {
  const report = makeReport('en');
  const [a, b] = report.annotations;
  const good = (id: string) => ({ annotationId: id, text: 'The claim has no source, so readers cannot tell who stands behind it or how it could be checked.', question: 'Who could confirm this?', check: 'Search for the harbour authority statement.', quotes: [] });
  it('keeps grounded notes and explains every drop', async () => {
    const g = await groundNotes(
      report,
      [
        good(a!.id),
        good(a!.id), // duplicate
        { ...good(b!.id), quotes: ['The deal will obviously cost thousands of jobs'] }, // altered quote
        good('unsourced-claim:0-5'), // unknown
        { ...good(report.annotations[2]!.id), text: '' },
      ],
      { lang: 'en' },
    );
    expect([...g.notes.keys()]).toEqual([a!.id]);
    expect(g.dropped.map((d) => d.reason)).toEqual(['duplicate', 'invented-quote', 'unknown-id', 'empty']);
    expect(g.missing).toEqual([b!.id, report.annotations[2]!.id]);
  });
  it('an id that exists but was not asked for is dropped (its annotation already had a note)', async () => {
    const g = await groundNotes(report, [good(a!.id)], { lang: 'en', requested: [b!.id] });
    expect(g.dropped[0]!.reason).toBe('unknown-id');
  });
  it('a note that quotes an English caption inside a French explanation is still French', async () => {
    const g = await groundNotes(
      report,
      [{ ...good(a!.id), text: 'La légende « Workers at a container terminal in 2017 » décrit une autre scène que celle de l’article : une photo réutilisée peut donner une impression trompeuse aux lecteurs.' }],
      { lang: 'fr', requested: [a!.id] },
    );
    expect(g.dropped).toEqual([]);
  });
  it('an invented quotation in the prose only (not listed) is caught too', async () => {
    const g = await groundNotes(report, [{ ...good(a!.id), check: 'Ask whether "the harbour was sold in secret" appears anywhere.' }], { lang: 'en', requested: [a!.id] });
    expect(g.dropped.map((d) => d.reason)).toEqual(['invented-quote']);
  });
});
