import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/parse/index.js';
import type { Article } from '../../src/core/model/index.js';
import { READABLE_BLOCKS, TEXT_BLOCKS_WITHOUT_CHROME, blockSentences, createSentenceCursor, nextSentence, previousSentence, sentenceIndexAt, sentenceSpans } from '../../src/core/student/index.js';

const split = (t: string) => blockSentences(t, 0, t.length);

const cases: { lang: 'fr' | 'en' | 'es'; text: string; want: string[] }[] = [
  {
    lang: 'en',
    text: 'Mr. Okafor met Dr. Reyes in Leeds. They spoke for an hour. The U.S. Senate was not told.',
    want: ['Mr. Okafor met Dr. Reyes in Leeds.', 'They spoke for an hour.', 'The U.S. Senate was not told.'],
  },
  {
    lang: 'en',
    text: 'The report was written by J. R. Hartley. It runs to 40 pages! Is it credible?',
    want: ['The report was written by J. R. Hartley.', 'It runs to 40 pages!', 'Is it credible?'],
  },
  {
    lang: 'en',
    text: 'Sen. Alvarez and Gov. Chen disagreed. No. 10 declined to comment.',
    want: ['Sen. Alvarez and Gov. Chen disagreed.', 'No. 10 declined to comment.'],
  },
  {
    lang: 'fr',
    text: 'M. Lefèvre et Mme. Da Silva ont voté contre. Le texte passe quand même. Selon le Pr. Martin, « rien ne change. » La suite en mars.',
    want: ['M. Lefèvre et Mme. Da Silva ont voté contre.', 'Le texte passe quand même.', 'Selon le Pr. Martin, « rien ne change. »', 'La suite en mars.'],
  },
  {
    lang: 'fr',
    text: 'Le Dr. Benali a été entendu. Me Girard, son avocate, a plaidé la relaxe… Verdict lundi.',
    want: ['Le Dr. Benali a été entendu.', 'Me Girard, son avocate, a plaidé la relaxe…', 'Verdict lundi.'],
  },
  {
    lang: 'es',
    text: 'El Sr. Ibáñez viajó a EE.UU. La Sra. Ortega se quedó. ¿Quién pagó el viaje? ¡Nadie lo sabe!',
    want: ['El Sr. Ibáñez viajó a EE.UU.', 'La Sra. Ortega se quedó.', '¿Quién pagó el viaje?', '¡Nadie lo sabe!'],
  },
  {
    lang: 'es',
    text: 'La Dra. Fuentes presentó el estudio. Según la Srta. Paz, hay errores.',
    want: ['La Dra. Fuentes presentó el estudio.', 'Según la Srta. Paz, hay errores.'],
  },
  {
    lang: 'en',
    text: 'Sanctions were imposed by the U.S. The ministry said nothing. « Il est parti. Il reviendra », a-t-il dit.',
    want: ['Sanctions were imposed by the U.S.', 'The ministry said nothing.', '« Il est parti. Il reviendra », a-t-il dit.'],
  },
  {
    lang: 'en',
    text: '  Leading spaces are trimmed.   So are trailing ones.   ',
    want: ['Leading spaces are trimmed.', 'So are trailing ones.'],
  },
];

describe('blockSentences', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.text.slice(0, 40)}`, () => {
      const spans = split(c.text);
      expect(spans.map((s) => c.text.slice(s.start, s.end))).toEqual(c.want);
    });
  }
  it('a line break always ends a sentence', () => {
    const t = 'Photo: Dr.\nSmith at the clinic';
    expect(split(t).map((s) => t.slice(s.start, s.end))).toEqual(['Photo: Dr.', 'Smith at the clinic']);
  });
  it('whitespace-only text gives nothing', () => expect(split(' \n\t ')).toEqual([]));
  it('only the given block is split', () => {
    const t = 'Uno. Dos. Tres.';
    expect(blockSentences(t, 5, 9).map((s) => t.slice(s.start, s.end))).toEqual(['Dos.']);
  });
});

describe('sentenceSpans over an article', () => {
  const raw = [
    'Accueil > Monde > Europe',
    'Le maire de Nantes démissionne. Une surprise?',
    'Le maire, ici en 2021. (Photo AFP)',
    'Par Claire Dubois',
    'NANTES, 4 mars 2026',
    'Le maire a annoncé sa démission mardi. M. Roux invoque des raisons de santé.',
    'Son adjoint assurera l\'intérim. Des élections auront lieu en juin.',
    'Partager sur Facebook | Twitter',
  ].join('\n\n');

  it('with READABLE_BLOCKS: prose only, in order, within their block, quotes equal the text', async () => {
    const article = await parseArticle(raw, { format: 'text' });
    const spans = sentenceSpans(article, READABLE_BLOCKS);
    const readable = article.blocks.filter((b) => ['headline', 'standfirst', 'subheading', 'caption', 'paragraph'].includes(b.type));
    expect(spans.length).toBeGreaterThan(3);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      expect(s.end).toBeGreaterThan(s.start);
      if (i) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      expect(readable.some((b) => b.start <= s.start && s.end <= b.end)).toBe(true);
      const t = article.text.slice(s.start, s.end);
      expect(t).toBe(t.trim());
    }
    const texts = spans.map((s) => article.text.slice(s.start, s.end));
    expect(texts).toContain('M. Roux invoque des raisons de santé.');
    expect(texts.some((t) => t.includes('Partager'))).toBe(false);
    expect(texts.some((t) => t.includes('Accueil'))).toBe(false);
  });

  it('by default reaches every block, bylines and source lines included (where state-media evidence sits)', async () => {
    const article = await parseArticle(raw, { format: 'text' });
    const texts = sentenceSpans(article).map((s) => article.text.slice(s.start, s.end));
    expect(texts).toContain('Par Claire Dubois');
    expect(texts.some((t) => t.includes('Partager'))).toBe(true);
    const withoutChrome = sentenceSpans(article, TEXT_BLOCKS_WITHOUT_CHROME).map((s) => article.text.slice(s.start, s.end));
    expect(withoutChrome).toContain('Par Claire Dubois');
    expect(withoutChrome.some((t) => t.includes('Partager') || t.includes('Accueil'))).toBe(false);
  });

  it('splits block by block (a headline without a full stop stays apart)', () => {
    const text = 'Title here\n\nEl Sr. Gil habló. Luego se fue.';
    const article: Article = {
      text,
      lang: 'en',
      format: 'text',
      blocks: [
        { id: 'b0', type: 'headline', start: 0, end: 10 },
        { id: 'b1', type: 'paragraph', start: 12, end: text.length, lang: 'es' },
      ],
      meta: { urls: [] },
    };
    expect(sentenceSpans(article).map((s) => text.slice(s.start, s.end))).toEqual(['Title here', 'El Sr. Gil habló.', 'Luego se fue.']);
  });

  it('handles a long article block by block', () => {
    const para = 'Le conseil a voté le budget. Selon M. Durand, il est équilibré. ';
    const text = Array.from({ length: 400 }, () => para.repeat(5).trim()).join('\n\n');
    const blocks = [] as Article['blocks'];
    let at = 0;
    for (const p of text.split('\n\n')) {
      blocks.push({ id: `b${blocks.length}`, type: 'paragraph', start: at, end: at + p.length });
      at += p.length + 2;
    }
    const spans = sentenceSpans({ text, lang: 'fr', blocks });
    expect(spans).toHaveLength(400 * 10);
  });
});

describe('navigation', () => {
  const spans = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 25, end: 30 },
  ];
  const at: [number, number][] = [
    [0, 0],
    [9, 0],
    [10, 1],
    [11, 1],
    [12, 1],
    [29, 2],
    [30, -1],
  ];
  for (const [offset, want] of at) it(`sentenceIndexAt(${offset}) = ${want}`, () => expect(sentenceIndexAt(spans, offset)).toBe(want));
  it('next and previous', () => {
    expect(nextSentence(spans, 0)).toEqual(spans[1]);
    expect(nextSentence(spans, 11)).toEqual(spans[1]);
    expect(nextSentence(spans, 26)).toBeNull();
    expect(previousSentence(spans, 26)).toEqual(spans[1]);
    expect(previousSentence(spans, 3)).toBeNull();
    expect(previousSentence(spans, 99)).toEqual(spans[2]);
  });
});

describe('createSentenceCursor', () => {
  const raw = [
    'Inicio > Economía',
    'El Gobierno sube el salario mínimo. ¿Bastará?',
    'Una trabajadora en Sevilla, en 2023. (Foto EFE)',
    'Por Lucía Marín',
    'MADRID, 2 feb (EFE)',
    'El Consejo de Ministros aprobó el martes la subida. La Sra. Díaz habló de «justicia social».',
    '',
    'La patronal no firmó el acuerdo. Los sindicatos lo celebraron.',
    'Compartir en redes',
  ].join('\n\n');

  it('gives the same answers as the eager spans, at every offset', async () => {
    const article = await parseArticle(raw, { format: 'text' });
    for (const types of [undefined, READABLE_BLOCKS, TEXT_BLOCKS_WITHOUT_CHROME]) {
      const spans = sentenceSpans(article, types);
      const cursor = createSentenceCursor(article, types);
      expect(cursor.all()).toEqual(spans);
      expect(cursor.first()).toEqual(spans[0] ?? null);
      expect(cursor.last()).toEqual(spans[spans.length - 1] ?? null);
      for (let o = 0; o <= article.text.length + 1; o++) {
        const i = sentenceIndexAt(spans, o);
        expect(cursor.at(o)).toEqual(i === -1 ? null : spans[i]);
        expect(cursor.next(o)).toEqual(nextSentence(spans, o));
        expect(cursor.previous(o)).toEqual(previousSentence(spans, o));
      }
    }
  });

  it('splits nothing until asked, then only what it needs', () => {
    const para = 'El pleno aprobó la ordenanza. La oposición votó en contra. ';
    const text = Array.from({ length: 2000 }, () => para.trim()).join('\n\n');
    const blocks: Article['blocks'] = [];
    let at = 0;
    for (const p of text.split('\n\n')) {
      blocks.push({ id: `b${blocks.length}`, type: 'paragraph', start: at, end: at + p.length });
      at += p.length + 2;
    }
    let reads = 0;
    const spied = {
      blocks,
      get text() {
        reads++;
        return text;
      },
    };
    const cursor = createSentenceCursor(spied);
    expect(reads).toBe(0);
    const first = cursor.next(-1);
    expect(first && text.slice(first.start, first.end)).toBe('El pleno aprobó la ordenanza.');
    const second = cursor.next(first!.start);
    expect(second && text.slice(second.start, second.end)).toBe('La oposición votó en contra.');
    expect(reads).toBeLessThanOrEqual(4); // one block split, not 2,000
    const third = cursor.next(second!.start);
    expect(third!.start).toBe(blocks[1]!.start);
    expect(reads).toBeLessThanOrEqual(8);
    cursor.all();
    expect(reads).toBeGreaterThan(2000);
  });
});
