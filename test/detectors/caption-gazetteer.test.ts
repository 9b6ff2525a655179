import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inflect, loadGazetteer } from '../../src/core/detectors/caption/gazetteer.js';
import { creditTail, extractCaption } from '../../src/core/detectors/caption/extract.js';
import { captionLang } from '../../src/core/detectors/caption-mismatch.js';

const gaz = await loadGazetteer();
const ids = (text: string, caseAware = false) =>
  gaz.find(text, caseAware).map((h) => h.ids).filter((x) => !x.some((id) => id.startsWith('ev-')));
const idOf = (text: string) => {
  const hits = gaz.find(text, false);
  expect(hits, text).toHaveLength(1);
  expect(hits[0]!.end - hits[0]!.start, text).toBe(text.length);
  return hits[0]!.ids;
};

describe('gazetteer data', () => {
  const raw = JSON.parse(readFileSync(new URL('../../rubrics/gazetteer/gazetteer.json', import.meta.url), 'utf8')) as {
    lists: { name: string; source: string[]; entries: { id: string; in?: string }[] }[];
  };
  it('every list cites a source with a link, ids are unique, parents exist', () => {
    const all = raw.lists.flatMap((l) => l.entries);
    for (const l of raw.lists) expect(l.source.length, l.name).toBeGreaterThan(0);
    for (const l of raw.lists) for (const s of l.source) expect(s, l.name).toMatch(/https?:\/\//);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const known = new Set(all.map((e) => e.id));
    for (const e of all) if (e.in) expect(known.has(e.in), `${e.id} in ${e.in}`).toBe(true);
  });
});

describe('gazetteer: the same entity in three languages', () => {
  const same: [string, string[]][] = [
    ['cu', ['Cuba', 'Cuban', 'Cubans', 'cubain', 'cubaine', 'cubains', 'cubano', 'cubana', 'cubanos']],
    ['havana', ['Havana', 'La Havane', 'La Habana']],
    ['us', ['United States', 'US', 'U.S.', 'États-Unis', 'Etats-Unis', 'EEUU', 'EE.UU.', 'estadounidense', 'estadounidenses', 'américaines']],
    ['us-capitol', ['Capitol', 'Capitole', 'Capitolio']],
    ['white-house', ['White House', 'Maison-Blanche', 'Maison Blanche', 'Casa Blanca']],
    ['un', ['UN', 'ONU', 'Nations unies', 'Naciones Unidas', 'United Nations']],
    ['eu', ['EU', 'UE', 'Union européenne', 'Unión Europea']],
    ['nato', ['NATO', 'OTAN', 'Alliance atlantique']],
    ['de', ['Germany', 'Allemagne', 'Alemania', 'allemande', 'alemanes', 'German']],
    ['gb', ['United Kingdom', 'Royaume-Uni', 'Reino Unido', 'británicos', 'britanniques']],
  ];
  for (const [id, forms] of same) {
    it(id, () => {
      for (const f of forms) expect(idOf(f), f).toContain(id);
    });
  }

  it('Washington is the city (a metonym, so weak) inside the United States', () => {
    expect(idOf('Washington')).toEqual(['washington']);
    expect(gaz.entries.get('washington')!.m).toBe(true);
    expect(gaz.ancestors('us-capitol')).toEqual(['us-capitol', 'washington', 'us']);
  });

  it('acronyms are case-sensitive: the pronoun "us" is not the US', () => {
    expect(ids('Tell us what you saw, and let us know.')).toEqual([]);
    expect(ids('The US and the UN')).toEqual([['us'], ['un']]);
  });

  it('longest name wins: Latin America is not America, South Africa is not Africa', () => {
    expect(ids('en Amérique latine')).toEqual([['latam']]);
    expect(ids('visits South Africa')).toEqual([['za']]);
    expect(ids('los presidentes latinoamericanos')).toEqual([['latam']]);
  });

  it('in captions, a capitalised name needs a capital (lion is not Lyon, chile the pepper is not Chile)', () => {
    expect(ids('un plato de chile y arroz', true)).toEqual([]);
    expect(ids('un plato de Chile', true)).toEqual([['cl']]);
    expect(ids('des manifestants place de la République', true)).toEqual([['place-republique']]);
  });
});

describe('inflect', () => {
  it.each([
    ['fr', 'iranien', ['iranienne', 'iraniens', 'iraniennes']],
    ['fr', 'marocain', ['marocaine', 'marocains']],
    ['fr', 'français', ['française', 'françaises']],
    ['fr', 'belge', ['belges']],
    ['es', 'alemán', ['alemana', 'alemanes', 'alemanas']],
    ['es', 'iraní', ['iraníes']],
    ['es', 'español', ['española', 'españoles']],
    ['es', 'belga', ['belgas']],
    ['en', 'Iraqi', ['Iraqis']],
    ['en', 'Chinese', []],
  ] as const)('%s %s', (lang, base, forms) => {
    const out = inflect(base, lang);
    for (const f of forms) expect(out).toContain(f);
    if (!forms.length) expect(out).toEqual([base]);
  });
});

describe('extractCaption', () => {
  const kinds = (text: string, exclude: { start: number; end: number }[] = []) =>
    extractCaption(text, gaz, exclude).entities.map((e) => `${e.kind}:${e.text}`);

  it('people after titles, in three languages', () => {
    expect(kinds('Speaker of the House Nancy Pelosi talks with Rep. Jim Jordan on Tuesday.')).toEqual(
      expect.arrayContaining(['person:Nancy Pelosi', 'person:Jim Jordan']),
    );
    expect(kinds('La ministra de Hacienda, María Jesús Montero, en el Congreso.')).toEqual(['person:María Jesús Montero', 'org:Congreso']);
    expect(kinds('Le Premier ministre Gabriel Attal à Matignon, lundi.')).toEqual(['person:Gabriel Attal', 'place:Matignon']);
    expect(kinds('EU Commission President Ursula von der Leyen in Brussels.')).toEqual(
      expect.arrayContaining(['person:Ursula von der Leyen', 'place:Brussels']),
    );
  });

  it('roles, demonyms and places without names', () => {
    expect(kinds('Le ministre iranien des Affaires étrangères et son homologue vénézuélien, à Caracas.')).toEqual([
      'country:iranien', 'country:vénézuélien', 'place:Caracas',
    ]);
  });

  it('the credit is not an entity', () => {
    const t = 'Buses at the depot in Leeds. Photo: Danny Lawson / PA Wire';
    const start = t.indexOf('Photo:');
    expect(kinds(t, [{ start, end: t.length }])).toEqual(['name:Leeds']);
  });

  it('position markers and party codes are skipped, places in parentheses are not', () => {
    expect(kinds('Rep. Jane Doe (D-MN) (L) and Sen. John Roe (R-TX)')).toEqual(['person:Jane Doe', 'person:John Roe']);
    expect(kinds('Un campo cerca de Lorca (Murcia), ayer.')).toEqual(['name:Lorca', 'country:Murcia']);
  });

  it('acronyms become organisations, agencies do not', () => {
    expect(kinds('Des militants de la CGT devant le siège de la SNCF. (AFP)')).toEqual(['org:CGT', 'org:SNCF']);
  });

  it.each([
    ['FILE - Protesters gather in Santiago.', 'archive'],
    ['FILE PHOTO: A general view of the plant.', 'archive'],
    ['Photo d’archives de la centrale, en 2015. © AFP', 'archive'],
    ['Le pont, en 2010. (Photo AFP/Archives)', 'archive'],
    ['Foto de archivo de la planta, en 2015.', 'archive'],
    ['Imagen de archivo del puerto. (EFE)', 'archive'],
    ['Photo d’illustration. © Shutterstock', 'illustration'],
    ['Imagen ilustrativa de un hospital.', 'illustration'],
    ['Stock photo of a classroom.', 'illustration'],
  ])('label: %s', (t, type) => {
    expect(extractCaption(t, gaz).label?.type).toBe(type);
  });

  it.each(['Archives of the National Library were opened to the public.', 'Des documents sortis des archives de la ville.', 'The archivist at work.'])(
    'no label: %s',
    (t) => {
      expect(extractCaption(t, gaz).label).toBeUndefined();
    },
  );

  it('dates in the caption, with their year', () => {
    const d = extractCaption('Des manifestants à Lyon, le 23 mars 2023.', gaz).dates;
    expect(d.map((x) => x.iso)).toEqual(['2023-03-23']);
  });
});

describe('captionLang', () => {
  it('trusts the parser unless function words clearly disagree', () => {
    expect(captionLang('The minister and his counterpart during the visit of the delegation', 'en')).toBe('en');
    expect(captionLang('Le ministre et son homologue lors de la visite des délégations', 'en')).toBe('fr');
    expect(captionLang('Marco Rubio, 2017', undefined)).toBeUndefined();
  });
});

describe('creditTail: credits the parser did not mark are not entities', () => {
  it.each([
    ['Joe Biden speaks in the Rose Garden. Photograph: Evan Vucci/AP', 'Photograph: Evan Vucci/AP'],
    ['Des manifestants à Paris, le 1er mai 2024. Crédits : Stéphane de Sakutin / AFP', 'Crédits : Stéphane de Sakutin / AFP'],
    ['Emmanuel Macron, le 3 mars 2024 à Paris. LUDOVIC MARIN / AFP', 'LUDOVIC MARIN / AFP'],
    ['Pedro Sánchez, en el Congreso. | EFE', 'EFE'],
    ['Kamala Harris speaks at a rally in Atlanta on July 30, 2024. Getty Images', 'Getty Images'],
    ['Jerome Powell speaks in Washington. Photographer: Al Drago/Bloomberg', 'Photographer: Al Drago/Bloomberg'],
  ])('%s', (t, credit) => {
    const c = creditTail(t)!;
    expect(t.slice(c.start, c.end)).toBe(credit);
    expect(kindsOf(t).some((k) => credit.includes(k.split(':')[1]!))).toBe(false);
  });
  it.each(['The minister arrives in Brussels. The summit opens on Monday.', 'Le ministre à Bruxelles, le 3 mars 2024.'])('no credit: %s', (t) => {
    expect(creditTail(t)).toBeUndefined();
  });
});

function kindsOf(text: string) {
  return extractCaption(text, gaz).entities.map((e) => `${e.kind}:${e.text}`);
}
