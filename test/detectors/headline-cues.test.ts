import { describe, expect, it } from 'vitest';
import { analyzeHeadline } from '../../src/core/detectors/headline/index.js';
import type { Lang } from '../../src/core/model/article.js';

/** Headlines that must stay silent (no body: the CLI case). Written for these tests, in fr/en/es. */
const valid: [Lang, string][] = [
  ['fr', 'Le conseil municipal de Rennes adopte son budget pour 2025'],
  ['fr', 'Pourquoi le prix du blé baisse depuis trois mois'],
  ['fr', 'Comment fonctionne la nouvelle carte de transport régionale ?'],
  ['fr', "L'OTAN et l'ONU appellent à un cessez-le-feu au Soudan"],
  ['fr', 'La SNCF annonce des travaux sur la ligne Paris-Lyon cet été'],
  ['en', 'City council approves budget for new library branch'],
  ['en', 'How does the new congestion charge work?'],
  ['en', 'NATO ministers meet in Brussels as Ukraine aid stalls'],
  ['en', 'Rail strike cancels 300 trains across the north of England'],
  ['en', 'Minister says new tax rules "will not" apply to small farms'],
  ['es', 'El Gobierno aprueba la reforma del subsidio por desempleo'],
  ['es', '¿Por qué sube el precio del aceite de oliva?'],
  ['es', '¿Cómo funciona el nuevo abono de transporte?'],
  ['es', 'La ONU y la OEA piden una tregua en Haití'],
  ['es', 'EEUU y México firman un acuerdo sobre aranceles agrícolas'],
  ['es', '¿Qué es la dana y por qué provoca lluvias tan intensas?'],
  ['fr', 'Qui est Lucie Castets, la candidate proposée par la gauche ?'],
];

/** Headlines that must be framed, with a cue type and the quote it points at. */
const invalid: [Lang, string, string, string][] = [
  ['fr', "L'euro va-t-il s'effondrer avant l'été ?", 'doubt', "L'euro va-t-il s'effondrer avant l'été ?"],
  ['fr', 'Voici pourquoi vous ne regarderez plus jamais votre frigo de la même façon', 'clickbait', 'Voici pourquoi'],
  ['fr', 'Ce dictateur qui humilie son peuple', 'name-calling', 'dictateur'],
  ['fr', 'Les retraites, un scandale absolument honteux', 'loaded-language', 'scandale'],
  ['fr', 'La ministre et ses « experts » préparent une réforme SCANDALEUSE', 'loaded-language', 'SCANDALEUSE'],
  ['fr', '10 astuces incroyables pour économiser sur vos courses', 'clickbait', '10 astuces'],
  ['en', 'Is the housing market about to crash?', 'doubt', 'Is the housing market about to crash?'],
  ['en', "You won't believe what this senator said about pizza", 'clickbait', "You won't believe"],
  ['en', '15 Reasons Your Cat Is Secretly Judging You', 'clickbait', '15 Reasons'],
  ['en', 'The mayor and his "experts" unveil a plan for the river: a TOTAL DISASTER', 'loaded-language', 'TOTAL DISASTER'],
  ['en', 'Crooked thugs and puppets run the city hall', 'name-calling', 'puppets'],
  ['es', '¿Está Bruselas detrás de la subida de la luz?', 'doubt', '¿Está Bruselas detrás de la subida de la luz?'],
  ['es', 'Lo que nadie te cuenta sobre las hipotecas', 'clickbait', 'Lo que nadie te cuenta'],
  ['es', 'El régimen del dictador humilla a sus críticos con una farsa vergonzosa', 'name-calling', 'dictador'],
  ['es', '7 trucos increíbles para dormir mejor', 'clickbait', '7 trucos'],
  ['es', '¿Qué esconde el nuevo contrato del puerto de Valencia?', 'doubt', '¿Qué esconde el nuevo contrato del puerto de Valencia?'],
  ['fr', 'Les médias dominants et leurs « experts » se taisent sur la grève des pilotes', 'name-calling', 'médias dominants'],
  ['en', 'Who is pulling the strings behind the new housing law?', 'doubt', 'pulling the strings'],
  ['fr', 'Le ministre humilié à Bruxelles : la France à genoux', 'loaded-language', 'humilié'],
  ['es', 'La alcaldesa, la traidora que vendió el puerto', 'name-calling', 'traidora'],
];

describe('analyzeHeadline: must stay silent', () => {
  it.each(valid)('[%s] %s', async (lang, text) => {
    const r = await analyzeHeadline(text, lang);
    expect(r.framed, JSON.stringify(r.cues.map((c) => [c.form, c.quote, c.weight]))).toBe(false);
  });
});

describe('analyzeHeadline: must be framed', () => {
  it.each(invalid)('[%s] %s', async (lang, text, type, quote) => {
    const r = await analyzeHeadline(text, lang);
    expect(r.framed).toBe(true);
    const cue = r.cues.find((c) => c.type === type && c.quote === quote);
    expect(cue, JSON.stringify(r.cues.map((c) => [c.type, c.quote]))).toBeDefined();
    expect(text.slice(cue!.start, cue!.end)).toBe(cue!.quote);
  });
});

describe('analyzeHeadline: details', () => {
  it('tells a speculative question from a plain yes/no one', async () => {
    const plain = await analyzeHeadline('Le télétravail est-il bon pour la santé ?', 'fr');
    const spec = await analyzeHeadline('Une alliance militaire Paris-Berlin est-elle possible ?', 'fr');
    expect(plain.cues.map((c) => c.form)).toContain('yes-no-question');
    expect(spec.cues.map((c) => c.form)).toContain('speculative-question');
    expect(spec.score).toBeGreaterThan(plain.score);
  });

  it('does not take acronyms for shouting', async () => {
    for (const [lang, h] of [['fr', "L'OTAN, l'ONU et l'UNESCO réunies à Genève"], ['es', 'EEUU y la OTAN ante la cumbre'], ['en', 'UNICEF and NASA sign a deal']] as const) {
      const r = await analyzeHeadline(h, lang);
      expect(r.cues.filter((c) => c.form === 'all-caps')).toEqual([]);
    }
  });

  it('does not read a quoted title as scare quotes, but does read a short mocking quote so', async () => {
    const title = await analyzeHeadline('Le film « Les Enfants du Paradis » ressort en salles', 'fr');
    expect(title.cues.filter((c) => c.form === 'scare-quotes')).toEqual([]);
    const scare = await analyzeHeadline('Le gouvernement et sa « concertation » sur les retraites', 'fr');
    expect(scare.cues.find((c) => c.form === 'scare-quotes')?.quote).toBe('concertation');
  });

  it('writes every cue message in the requested language', async () => {
    const h = 'Is the housing market about to crash?';
    const [fr, en, es] = await Promise.all((['fr', 'en', 'es'] as const).map((m) => analyzeHeadline(h, 'en', { messageLang: m })));
    expect(fr!.cues[0]!.message).toMatch(/Question spéculative/);
    expect(en!.cues[0]!.message).toMatch(/Speculative question/);
    expect(es!.cues[0]!.message).toMatch(/Pregunta especulativa/);
  });

  it('is not fooled by "Will" as a name or "this week"', async () => {
    expect((await analyzeHeadline('This week in Parliament: the budget vote', 'en')).cues.filter((c) => c.form === 'forward-reference')).toEqual([]);
    expect((await analyzeHeadline('Este martes se vota el presupuesto', 'es')).cues.filter((c) => c.form === 'forward-reference')).toEqual([]);
  });
});
