import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { headlineFraming } from '../../src/core/detectors/headline-framing.js';

const run = (text: string) => analyze(text, { format: 'text', detectors: [headlineFraming], rubric: null });
const article = (headline: string, ...paras: string[]) => [headline, '', ...paras.flatMap((p) => [p, ''])].join('\n');

const FR_BODY = [
  "Le prix de l'électricité pour les ménages augmentera de 8 % au 1er février, a annoncé jeudi la Commission de régulation de l'énergie (CRE), qui fixe chaque année le tarif réglementé.",
  "Selon la CRE, cette hausse s'explique d'abord par la fin progressive du bouclier tarifaire mis en place pendant la crise de l'énergie, puis par la hausse des coûts du réseau de transport et de distribution.",
  "Le tarif réglementé concerne encore près de vingt millions de foyers. Les associations de consommateurs demandent un échelonnement de la hausse pour les ménages modestes, indique l'UFC-Que Choisir dans un communiqué.",
];
const EN_BODY = [
  'The city’s new congestion charge starts on Monday. Drivers entering the central zone between 7am and 7pm on weekdays will pay £8 a day, the transport authority said in a statement.',
  'Cameras at 42 entry points read number plates and match them against payments made online or by phone. Drivers who do not pay by midnight the next day receive a penalty notice of £60, according to the authority’s published rules.',
  'Residents of the zone get a 90% discount, and blue-badge holders are exempt. The authority expects the charge to cut traffic in the zone by about a fifth, based on a consultant’s study published in March.',
];
const ES_BODY = [
  'El precio del aceite de oliva ha subido un 40 % en un año, según datos del Ministerio de Agricultura publicados este martes.',
  'La causa principal es la sequía: la cosecha de la última campaña fue la mitad de lo habitual en Andalucía y Castilla-La Mancha, las dos grandes regiones productoras, explica el ministerio en su informe.',
  'Las organizaciones agrarias prevén que los precios bajen si llueve en primavera, aunque advierten de que las reservas de los embalses siguen por debajo de la media, según la Agencia Estatal de Meteorología.',
];

describe('headline-framing: must stay silent', () => {
  it.each([
    ['fr explainer question the body answers', article("Pourquoi le prix de l'électricité augmente-t-il de 8 % en février ?", ...FR_BODY)],
    ['fr honest headline whose entities the body supports', article("Électricité : la CRE annonce une hausse de 8 % du tarif réglementé au 1er février", ...FR_BODY)],
    ['en explainer question the body answers', article('How does the new congestion charge work?', ...EN_BODY)],
    ['en honest headline', article('Congestion charge of £8 a day starts on Monday in the central zone', ...EN_BODY)],
    ['es explainer question the body answers', article('¿Por qué sube el precio del aceite de oliva?', ...ES_BODY)],
    ['es honest headline', article('La sequía dispara un 40 % el precio del aceite de oliva, según Agricultura', ...ES_BODY)],
  ])('%s', async (_name, text) => {
    const r = await run(text);
    expect(r.annotations.filter((a) => a.kind === 'headline-framing')).toEqual([]);
  });
});

describe('headline-framing: body support alone', () => {
  it('strengthens other cues but never frames a plain headline on its own', async () => {
    const text = article('Brussels and Warsaw sign a new fisheries accord for the Baltic', ...EN_BODY);
    const r = await run(text);
    expect(r.annotations.filter((a) => a.kind === 'headline-framing')).toEqual([]);
  });

  it('skips a parser pick that is a date line and reads the headline-like line before the body', async () => {
    const { pickHeadline } = await import('../../src/core/detectors/headline-framing.js');
    const lines = ['Home › World', 'Is the council about to sell the harbour?', 'Monday, 3 March 2025 10:12', 'The council met on Monday.'];
    const text = lines.join('\n');
    const types = ['navigation', 'navigation', 'headline', 'paragraph'] as const;
    let at = 0;
    const blocks = lines.map((l, i) => {
      const b = { id: `b${i}`, type: types[i]!, start: at, end: at + l.length };
      at += l.length + 1;
      return b;
    });
    expect(pickHeadline(text, blocks)?.id).toBe('b1');
  });
});

describe('headline-framing: must flag', () => {
  it('a speculative question and a claim the body never makes (fr)', async () => {
    const text = article("Électricité : une alliance secrète entre la CRE et les Allemands est-elle possible ?", ...FR_BODY);
    const r = await run(text);
    const a = r.annotations.find((x) => x.kind === 'headline-framing');
    expect(a).toBeDefined();
    expect(a!.quote.startsWith('Électricité')).toBe(true);
    const forms = a!.evidence.map((e) => e.data?.form);
    expect(forms).toContain('speculative-question');
    const unsupported = a!.evidence.find((e) => e.type === 'unsupported');
    expect(unsupported?.quote).toMatch(/alliance/);
    for (const e of a!.evidence) expect(text.slice(e.start!, e.end!)).toBe(e.quote);
  });

  it('a country the body never names, with loaded words (en)', async () => {
    const text = article('Shocking: Russia behind the disastrous congestion charge?', ...EN_BODY);
    const r = await run(text);
    const a = r.annotations.find((x) => x.kind === 'headline-framing')!;
    expect(a).toBeDefined();
    const russia = a.evidence.find((e) => e.type === 'unsupported' && /Russia/.test(e.quote ?? ''));
    expect(String(russia?.data?.words)).toMatch(/Russia/);
    expect(a.evidence.some((e) => e.type === 'loaded-language')).toBe(true);
    expect(['caution', 'warning']).toContain(a.severity);
  });

  it('a clickbait headline (es), with messages in the report language', async () => {
    const text = article('Lo que nadie te cuenta del aceite de oliva: no vas a creer el motivo', ...ES_BODY);
    const r = await analyze(text, { format: 'text', detectors: [headlineFraming], rubric: null, messageLang: 'fr' });
    const a = r.annotations.find((x) => x.kind === 'headline-framing')!;
    expect(a.evidence.some((e) => e.type === 'clickbait')).toBe(true);
    expect(a.message).toMatch(/piège à clics/);
  });

  it('grows surer with more and stronger cues', async () => {
    const weak = await run(article('Le prix de l’électricité va-t-il augmenter en février ?', ...FR_BODY));
    const strong = await run(article('SCANDALE : le prix de l’électricité va-t-il EXPLOSER ? Voici pourquoi vous allez payer', ...FR_BODY));
    const w = weak.annotations.find((x) => x.kind === 'headline-framing');
    const s = strong.annotations.find((x) => x.kind === 'headline-framing');
    expect(s).toBeDefined();
    expect(s!.confidence).toBeGreaterThan(w?.confidence ?? 0);
    expect(s!.severity).toBe('warning');
  });
});
