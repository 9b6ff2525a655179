import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { stateMedia } from '../../src/core/detectors/state-media.js';
import type { Lang } from '../../src/core/model/article.js';
import type { Annotation } from '../../src/core/model/annotation.js';

/** A scraped page: header line(s), headline, byline, paragraphs, share line, footer lines. */
function page(o: { header?: string[]; headline: string; byline?: string; dateline?: string; paras: string[]; footer?: string[]; caption?: string }): string {
  return [
    ...(o.header ?? ['Accueil / Monde']),
    o.headline,
    ...(o.caption ? [o.caption] : []),
    ...(o.byline ? [o.byline] : []),
    ...(o.dateline ? [o.dateline] : []),
    ...o.paras,
    'Partager',
    ...(o.footer ?? []),
  ].join('\n\n');
}

async function run(text: string, messageLang?: Lang) {
  const r = await analyze(text, { detectors: [stateMedia], rubric: null, format: 'text', ...(messageLang ? { messageLang } : {}) });
  expect(r.warnings).toEqual([]);
  return r;
}
const flagsOf = (anns: Annotation[]) => anns.filter((a) => a.kind === 'state-media');

const P = (s: string) => s; // a paragraph (for readability)
const filler = {
  fr: P('La réunion a duré près de trois heures et les deux délégations ont publié un communiqué commun à son issue, selon le ministère.'),
  en: P('The meeting lasted nearly three hours and both delegations issued a joint statement afterwards, the ministry said in a statement.'),
  es: P('La reunión duró casi tres horas y ambas delegaciones emitieron un comunicado conjunto al término, según el ministerio.'),
};

interface Invalid { name: string; text: string; flags: [quote: string, role: 'publisher' | 'cited', outletId: string][] }
const invalid: Invalid[] = [
  {
    name: 'fr: publisher only in the source line, cited agencies in the body',
    text: page({
      headline: 'Le ministre iranien en visite à Caracas pour renforcer la coopération',
      paras: ['Le chef de la diplomatie iranienne a rencontré son homologue vénézuélien mardi, d’après l’agence Tasnim.', filler.fr],
      footer: ['Source : Press TV'],
    }),
    flags: [['Tasnim', 'cited', 'tasnim'], ['Press TV', 'publisher', 'presstv']],
  },
  {
    name: 'fr: publisher only in the byline',
    text: page({ headline: 'Sahel : Bamako renforce sa coopération militaire avec Moscou', byline: 'Par la rédaction de Sputnik Afrique', paras: [filler.fr, 'Les autorités de transition ont salué un partenariat « exemplaire ».'] }),
    flags: [['Sputnik Afrique', 'publisher', 'sputnik-afrique']],
  },
  {
    name: 'en: TASS dateline and a URL footer',
    text: page({
      header: ['World'],
      headline: 'Russian Pacific Fleet completes week-long drills in the Sea of Japan',
      paras: ['VLADIVOSTOK, March 3. /TASS/. Ships of the Pacific Fleet have completed a week-long exercise, the fleet press service said on Monday.', filler.en],
      footer: ['https://tass.com/defense/1234567'],
    }),
    flags: [['TASS', 'publisher', 'tass'], ['tass.com', 'publisher', 'tass']],
  },
  {
    name: 'en: copyright footer names the publisher',
    text: page({ header: ['News'], headline: 'Beijing unveils new measures to support private companies', paras: [filler.en, 'Officials said more details would follow in the coming weeks.'], footer: ['© 2024 CGTN. All rights reserved.'] }),
    flags: [['CGTN', 'publisher', 'cgtn']],
  },
  {
    name: 'es: publisher only in the URL line',
    text: page({ header: ['Noticias'], headline: 'Caracas denuncia nuevas sanciones de Washington contra su sector petrolero', paras: [filler.es, 'El gobierno anunció que recurrirá a instancias internacionales.'], footer: ['https://www.hispantv.com/noticias/venezuela/123456/sanciones'] }),
    flags: [['www.hispantv.com', 'publisher', 'hispantv']],
  },
  {
    name: 'en: an AP-style story quoting Press TV flags Press TV, not the publisher',
    text: page({
      header: ['World'],
      headline: 'Iran says it seized a tanker in the Gulf of Oman',
      dateline: 'DUBAI, United Arab Emirates (AP) —',
      paras: ['Iran seized an oil tanker in the Gulf of Oman on Thursday, according to Iranian state television channel Press TV, which did not identify the vessel.', 'The U.S. Navy said it was monitoring the situation. Officials in Washington did not immediately comment.'],
      footer: ['Copyright 2024 The Associated Press. All rights reserved.'],
    }),
    flags: [['Press TV', 'cited', 'presstv']],
  },
  {
    name: 'es: an EFE-style story citing Prensa Latina and a Xinhua photo credit',
    text: page({
      header: ['Internacional'],
      headline: 'Cuba anuncia un plan de parques solares para reducir los apagones',
      caption: 'Vista de una planta solar en las afueras de La Habana. Foto: Xinhua',
      paras: ['Según la agencia estatal Prensa Latina, el plan prevé instalar 55 parques fotovoltaicos a lo largo de 2025.', 'Economistas consultados por EFE señalaron que la falta de divisas sigue siendo el principal obstáculo.'],
      footer: ['© EFE 2025'],
    }),
    flags: [['Xinhua', 'cited', 'xinhua'], ['Prensa Latina', 'cited', 'prensa-latina']],
  },
  {
    name: 'en: a quote given to RT with no other source',
    text: page({ header: ['Europe'], headline: 'Hungary says it will keep buying Russian gas despite EU pressure', paras: ['"We will not give up cheap energy," the foreign minister told RT on Friday.', filler.en] }),
    flags: [['RT', 'cited', 'rt']],
  },
];

interface Valid { name: string; text: string; profiles?: string[] }
const valid: Valid[] = [
  {
    name: 'fr: France 24 publisher is independent (profile only)',
    text: page({ headline: 'Présidentielle au Sénégal : les résultats attendus dans la soirée', paras: [filler.fr, 'Les observateurs de l’Union africaine ont salué un scrutin apaisé.'], footer: ['© France 24 – 2024'] }),
    profiles: ['France 24'],
  },
  {
    name: 'en: BBC and NPR cited as sources are ordinary journalism',
    text: page({ header: ['News'], headline: 'Floods displace thousands in southern Brazil', paras: ['Thousands of people have been displaced, according to the BBC. NPR reported that rescue teams were still searching for survivors on Sunday.', filler.en] }),
  },
  {
    name: 'es: DW publisher and RFI cited',
    text: page({ header: ['Mundo'], headline: 'Alemania aprueba un nuevo paquete de ayuda a Ucrania', paras: ['Según RFI, el paquete incluye defensa antiaérea.', filler.es], footer: ['Fuente: DW'] }),
    profiles: ['DW'],
  },
  {
    name: 'en: a retweet, a satellite, global times in prose',
    text: page({ header: ['Science'], headline: 'Sixty-seven years after Sputnik, the space race has new players', paras: ['RT @esa: launch window opens tomorrow. The Soviet satellite Sputnik 1 weighed 83 kilograms and carried a radio transmitter.', 'In these global times, space agencies cooperate more than ever, the researchers said.'] }),
  },
  {
    name: 'es: the Granma yacht and the Andean Community in a history text',
    text: page({ header: ['Historia'], headline: 'Cómo llegó el yate Granma a las costas de Cuba en 1956', paras: ['El yate Granma zarpó de Tuxpan con 82 hombres a bordo y llegó a Cuba el 2 de diciembre de 1956, relatan los historiadores.', 'Décadas después, la Comunidad Andina celebró en Lima una cumbre sobre comercio regional.'] }),
  },
  {
    name: 'fr: look-alike hosts and the word "Press" alone',
    text: page({ headline: 'Des faux sites imitent des médias connus pour diffuser de fausses nouvelles', paras: ['Les chercheurs ont recensé france24-tv.com, sputniknews.com.fake-site.net et presstv.ir.mirror.example.org parmi les domaines frauduleux.', 'La Press a été informée de la fraude, selon les chercheurs.'] }),
  },
];

describe('state-media detector', () => {
  it.each(invalid)('flags: $name', async ({ text, flags }) => {
    const r = await run(text);
    const got = flagsOf(r.annotations).map((a) => [a.quote, a.data?.role, a.data?.outletId]);
    expect(got).toEqual(flags);
    for (const a of flagsOf(r.annotations)) {
      expect(a.data).toMatchObject({ outlet: expect.any(String), outletId: expect.any(String), typology: expect.stringMatching(/^(SC|CaPu|CaPr)$/), role: expect.stringMatching(/^(publisher|cited)$/) });
      expect(a.evidence.some((e) => e.type === 'citation' && /^https?:\/\//.test(e.url ?? ''))).toBe(true);
      expect(a.evidence.find((e) => e.type === 'outlet-profile')).toBeDefined();
    }
  });

  it.each(valid)('silent: $name', async ({ text, profiles }) => {
    const r = await run(text);
    expect(flagsOf(r.annotations).map((a) => a.quote)).toEqual([]);
    const notes = r.annotations.filter((a) => a.kind === 'source-profile');
    for (const n of notes) expect(n.severity).toBe('info');
    if (profiles) expect(notes.map((n) => n.quote)).toEqual(profiles);
  });

  it('never calls an independent public outlet state media, whatever the slot', async () => {
    for (const name of ['BBC', 'France 24', 'RFI', 'DW', 'NPR', 'France Télévisions', 'Radio France', 'CBC', 'EFE']) {
      const r = await run(page({ headline: 'Un titre assez long pour être un titre', byline: `Par la rédaction de ${name}`, paras: [`Selon ${name}, la situation reste calme. ${filler.fr}`], footer: [`Source : ${name}`] }));
      expect(flagsOf(r.annotations), name).toEqual([]);
    }
  });

  it('a state outlet named as an interview venue next to another source is profiled, not flagged', async () => {
    const r = await run(page({ headline: 'Le ministre iranien évoque la coopération avec Caracas', paras: ['Lors d’une interview accordée à la chaîne vénézuélienne TeleSUR, le ministre a défendu la coopération militaire, selon Mashregh News.', filler.fr] }));
    expect(flagsOf(r.annotations).map((a) => a.quote)).toEqual(['Mashregh News']);
    const tele = r.annotations.find((a) => a.quote === 'TeleSUR');
    expect(tele).toMatchObject({ kind: 'source-profile', severity: 'info', data: { role: 'mentioned' } });
  });

  it.each(['fr', 'en', 'es'] as const)('writes messages and evidence in %s', async (lang) => {
    const r = await run(page({ headline: 'Le ministre iranien en visite à Caracas pour la coopération', paras: ['Le ministre est arrivé mardi, d’après Fars News.', filler.fr], footer: ['Source : Press TV'] }), lang);
    const words = { fr: /Éditeur|Source citée/, en: /Publisher|Cited source/, es: /Editor|Fuente citada/ }[lang];
    const signal = { fr: /Cité comme source|ligne source/, en: /Cited as a source|source line/, es: /Citado como fuente|línea de fuente/ }[lang];
    const flags = flagsOf(r.annotations);
    expect(flags).toHaveLength(2);
    for (const a of flags) {
      expect(a.message).toMatch(words);
      expect(a.evidence.find((e) => e.type === 'signal')?.text).toMatch(signal);
      expect(a.evidence.filter((e) => e.type === 'citation').every((e) => e.text.length > 20)).toBe(true);
    }
  });

  it('has every message in fr, en and es', () => {
    for (const [id, m] of Object.entries(stateMedia.meta.messages)) for (const l of ['fr', 'en', 'es'] as const) expect(m[l], `${id}.${l}`).toMatch(/\{outlet\}/);
  });
});
