import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { captionMismatch } from '../../src/core/detectors/caption-mismatch.js';
import type { Lang } from '../../src/core/model/article.js';

/** A scraped-page article: breadcrumb, headline, caption(s), byline, date line, paragraphs, share line. */
function page(o: { headline: string; captions: string[]; date?: string; paras: string[]; crumbs?: string }): string {
  return [o.crumbs ?? 'Home / News', o.headline, ...o.captions, 'By Staff Reporter', ...(o.date ? [o.date] : []), ...o.paras, 'Share'].join('\n\n');
}

async function flags(text: string, messageLang?: Lang) {
  const r = await analyze(text, { detectors: [captionMismatch], rubric: null, format: 'text', ...(messageLang ? { messageLang } : {}) });
  expect(r.warnings).toEqual([]);
  return { report: r, anns: r.annotations.filter((a) => a.kind === 'caption-mismatch') };
}

interface Case {
  name: string;
  text: string;
  /** For invalid cases: the caption that must be flagged (its start), and the message id. */
  caption?: string;
  messageId?: string;
}

const valid: Case[] = [
  {
    name: 'en: caption names the minister and city of the story',
    text: page({
      headline: 'Irish housing minister promises 10,000 new rental homes by 2026',
      captions: ['Housing Minister Darragh O’Brien speaks to reporters at Government Buildings in Dublin on Tuesday. (Photo: Sam Boal / Rolling News)'],
      date: 'Published: 14 May 2024',
      paras: [
        'The Irish government will fund 10,000 new cost-rental homes by 2026, Housing Minister Darragh O’Brien announced in Dublin on Tuesday, as rents in the capital rose for a twelfth consecutive quarter.',
        'O’Brien told reporters that the programme would be financed through the Land Development Agency. The opposition Social Democrats said the target was too modest, according to a statement from the party.',
      ],
    }),
  },
  {
    name: 'fr: English wire caption about the same people and place',
    text: page({
      crumbs: 'Accueil / Monde',
      headline: 'Le président brésilien reçoit le chancelier allemand à Brasilia pour relancer l’accord UE-Mercosur',
      captions: ['German Chancellor Olaf Scholz (L) and Brazilian President Luiz Inacio Lula da Silva review the honour guard at the Planalto Palace in Brasilia, on January 30, 2023. (Photo by Evaristo Sa / AFP)'],
      date: 'Publié le 30 janvier 2023 à 21h10',
      paras: [
        'Le président Luiz Inácio Lula da Silva a reçu lundi à Brasilia le chancelier allemand Olaf Scholz, premier dirigeant européen à se rendre au Brésil depuis son investiture, a indiqué la présidence brésilienne.',
        'Les deux dirigeants ont promis de conclure « dans les prochains mois » l’accord commercial entre l’Union européenne et le Mercosur, selon un communiqué commun publié à l’issue de la rencontre au palais du Planalto.',
      ],
    }),
  },
  {
    name: 'es: archive photo of the person the story is about',
    text: page({
      crumbs: 'Inicio / Deportes',
      headline: 'Rafa Nadal anuncia que se retirará del tenis tras la Copa Davis de Málaga',
      captions: ['Foto de archivo de Rafael Nadal durante la final de Roland Garros en París, el 5 de junio de 2022. EFE/Christophe Petit Tesson'],
      date: 'Madrid, 10 de octubre de 2024',
      paras: [
        'El tenista español Rafael Nadal anunció este jueves en un vídeo publicado en sus redes sociales que pondrá fin a su carrera profesional tras la fase final de la Copa Davis, que se disputará en Málaga en noviembre.',
        'Nadal, de 38 años, ha ganado 22 torneos de Grand Slam, catorce de ellos en París. "Han sido unos años difíciles, sobre todo los dos últimos", explicó el jugador en el mensaje.',
      ],
    }),
  },
  {
    name: 'fr: illustration photo that names nothing',
    text: page({
      crumbs: 'Accueil / Économie',
      headline: 'Les loyers ont augmenté de 4 % en un an dans les grandes villes, selon l’Insee',
      captions: ['Photo d’illustration. © Shutterstock'],
      date: 'Publié le 12 mars 2024',
      paras: [
        'Les loyers du parc privé ont progressé de 4 % sur un an dans les agglomérations de plus de 200 000 habitants, selon une étude de l’Insee publiée mardi.',
        'La hausse est la plus forte depuis 2008, souligne l’institut, qui l’attribue à la baisse du nombre de logements mis en location.',
      ],
    }),
  },
  {
    name: 'es: old photo, but the article itself talks about that year',
    text: page({
      crumbs: 'Inicio / Sociedad',
      headline: 'Cinco años después de la riada, los vecinos de Orihuela siguen esperando las obras prometidas',
      captions: ['Vecinos de Orihuela achican agua de sus casas tras la inundación del 13 de septiembre de 2019. (Foto: Manuel Lorenzo / EFE)'],
      date: 'Alicante, 13 de septiembre de 2024',
      paras: [
        'Cinco años después de la gota fría de septiembre de 2019, que inundó buena parte de la Vega Baja, los vecinos de Orihuela denuncian que las obras de encauzamiento prometidas siguen sin empezar.',
        'La Confederación Hidrográfica del Segura asegura en un comunicado que el proyecto está en fase de licitación y que las obras comenzarán en 2025.',
      ],
    }),
  },
  {
    name: 'fr: minister named only in the caption, but the place matches',
    text: page({
      crumbs: 'Accueil / Culture',
      headline: 'Le gouvernement débloque 20 millions d’euros pour les petites salles de concert',
      captions: ['La ministre de la Culture, Rachida Dati, à Paris, le 3 avril 2024. © Ludovic Marin / AFP'],
      date: 'Publié le 4 avril 2024',
      paras: [
        'Le ministère de la Culture a annoncé mercredi à Paris une enveloppe de 20 millions d’euros pour soutenir les salles de concert de moins de 500 places, fragilisées par la hausse des coûts de l’énergie.',
        'Selon le Centre national de la musique, près d’une salle sur cinq a fini l’année 2023 en déficit.',
      ],
    }),
  },
  {
    name: 'en: photographer named in the credit is not an entity',
    text: page({
      headline: 'Leeds bus drivers to strike over pay for three days next week',
      captions: ['Buses parked at the Leeds depot of First West Yorkshire on Monday. Photo: Danny Lawson / PA Wire'],
      date: 'Published: 3 June 2024',
      paras: [
        'Bus drivers employed by First West Yorkshire in Leeds will walk out for three days from Tuesday, the Unite union said on Monday, after rejecting a pay offer of 5 per cent.',
        'First West Yorkshire said in a statement that it was disappointed by the decision and that it would run a reduced timetable on its busiest routes.',
      ],
    }),
  },
  {
    name: 'es: English football caption naming the players of the story',
    text: page({
      crumbs: 'Inicio / Deportes / Fútbol',
      headline: 'El Real Madrid gana su decimoquinta Copa de Europa en Wembley',
      captions: ["Real Madrid's Vinicius Jr celebrates scoring their second goal with Jude Bellingham during the Champions League final at Wembley Stadium, London, Britain, June 1, 2024. REUTERS/Hannah Mckay"],
      date: 'Londres, 1 de junio de 2024',
      paras: [
        'El Real Madrid conquistó este sábado su decimoquinta Copa de Europa tras vencer por 2-0 al Borussia Dortmund en el estadio de Wembley, con goles de Dani Carvajal y Vinícius Júnior en la segunda parte.',
        'El brasileño Vinícius sentenció el partido en el minuto 83 tras un pase de Jude Bellingham, elegido mejor jugador de la final por la UEFA.',
      ],
    }),
  },
  {
    name: 'en: transliterated name spelled differently in the caption',
    text: page({
      headline: 'Ukraine’s president asks European leaders for more air defence systems',
      captions: ['Ukrainian President Volodymyr Zelenskyy addresses the European Council summit in Brussels on March 21, 2024. (AP Photo/Geert Vanden Wijngaert)'],
      date: 'Published: 21 March 2024',
      paras: [
        'Volodymyr Zelensky urged European Union leaders on Thursday to deliver more air defence systems before the summer, speaking by video link to a summit in Brussels, according to a statement from his office.',
        'EU leaders agreed to use profits from frozen Russian assets to buy weapons for Ukraine, the European Council said in its conclusions.',
      ],
    }),
  },
  {
    name: 'fr: generic school photo from another city, not labelled',
    text: page({
      crumbs: 'Accueil / Éducation',
      headline: 'Le ministère annonce des groupes de niveau en sixième dès la rentrée',
      captions: ['Une salle de classe d’un collège de Lille, le 4 septembre 2023. © Philippe Huguen / AFP'],
      date: 'Publié le 17 janvier 2024',
      paras: [
        'Les élèves de sixième et de cinquième seront répartis en groupes de niveau en français et en mathématiques à partir de la rentrée prochaine, a annoncé mercredi le ministère de l’Éducation nationale.',
        'Les syndicats d’enseignants ont dénoncé une mesure « de tri des élèves », selon un communiqué commun publié dans la soirée.',
      ],
    }),
  },
  {
    name: 'en: wire war photo from the same town and week',
    text: page({
      headline: 'Fighting intensifies around Bakhmut as Russian forces press north',
      captions: ['Ukrainian servicemen fire a howitzer towards Russian troops near the town of Bakhmut, in Donetsk region, Ukraine, March 5, 2023. (Photo: Serhii Nuzhnenko / RFE/RL via Reuters)'],
      date: 'Published: 6 March 2023',
      paras: [
        'Russian forces intensified their attacks on the eastern Ukrainian town of Bakhmut on Monday, the Ukrainian military said, as Moscow tried to encircle the last defenders from the north.',
        'The head of the Wagner group said in a video that his fighters controlled most of the eastern part of the town, a claim that could not be independently verified.',
      ],
    }),
  },
  {
    name: 'es: rural scene whose place is given in parentheses, words unlike the article',
    text: page({
      crumbs: 'Inicio / Campo',
      headline: 'Los regantes del Guadalentín piden adelantar las ayudas por la falta de lluvias',
      captions: ['Olivos sin podar junto a una balsa vacía en Lorca (Murcia), el 2 de marzo de 2024. (Foto: Javier Ruiz / EFE)'],
      date: 'Murcia, 5 de marzo de 2024',
      paras: [
        'Las comunidades de regantes del valle del Guadalentín reclamaron este martes a la Consejería de Agricultura que adelante el pago de las ayudas por sequía, según informó la asociación en un comunicado.',
        'La región de Murcia acumula dieciocho meses con precipitaciones por debajo de la media, de acuerdo con los datos de la Aemet.',
      ],
    }),
  },
];

const invalid: Case[] = [
  {
    name: 'en: a senator at the White House on a story about a flood in Japan',
    caption: 'Senator Elizabeth Warren',
    messageId: 'unrelated',
    text: page({
      headline: 'Japan opens temporary housing for 3,000 families displaced by floods in Kyushu',
      captions: ['Senator Elizabeth Warren speaks to reporters outside the White House in Washington on June 4, 2021. (Reuters)'],
      date: 'Published: 12 September 2024',
      paras: [
        'Local authorities in Kumamoto prefecture on Thursday opened the first of 1,200 temporary homes for families whose houses were destroyed by floods in southern Japan last month, the prefectural government said.',
        'Japan’s Cabinet Office said 3,000 families remained in evacuation centres. Prime Minister Fumio Kishida visited Kumamoto on Wednesday and promised additional funds for reconstruction, according to public broadcaster NHK.',
      ],
    }),
  },
  {
    name: 'fr: two European leaders in Berlin on a story about the grape harvest',
    caption: 'La chancelière Angela Merkel',
    messageId: 'unrelated',
    text: page({
      crumbs: 'Accueil / Régions',
      headline: 'En Bourgogne, des vendanges précoces et une récolte en baisse de 20 %',
      captions: ['La chancelière Angela Merkel et le président Emmanuel Macron lors d’une conférence de presse à Berlin, le 15 mai 2018. © John MacDougall / AFP'],
      date: 'Publié le 29 août 2024',
      paras: [
        'Les vendanges ont commencé lundi dans la Côte de Beaune, avec une dizaine de jours d’avance sur la moyenne, a indiqué le Bureau interprofessionnel des vins de Bourgogne (BIVB).',
        'Selon l’interprofession, la récolte devrait reculer d’environ 20 % par rapport à l’an dernier en raison du gel de printemps et de la grêle de juillet.',
      ],
    }),
  },
  {
    name: 'es: archive photo of a Japanese prime minister on a story about a Barcelona port strike',
    caption: 'Foto de archivo',
    messageId: 'unrelated-archive',
    text: page({
      crumbs: 'Inicio / Economía',
      headline: 'Los estibadores del puerto de Barcelona convocan tres días de huelga en julio',
      captions: ['Foto de archivo del primer ministro japonés, Fumio Kishida, durante una cumbre en Tokio, en abril de 2022. (EFE)'],
      date: 'Barcelona, 20 de junio de 2024',
      paras: [
        'Los estibadores del puerto de Barcelona han convocado tres jornadas de huelga los días 8, 9 y 10 de julio para reclamar la renovación de su convenio colectivo, según anunció este jueves el sindicato Coordinadora.',
        'La Autoridad Portuaria de Barcelona aseguró en un comunicado que garantizará los servicios mínimos y que confía en alcanzar un acuerdo antes de esas fechas.',
      ],
    }),
  },
  {
    name: 'es: a 2022 march in Madrid on a 2024 doctors’ strike in Madrid',
    caption: 'Miles de personas marchan',
    messageId: 'wrong-event',
    text: page({
      crumbs: 'Inicio / Madrid',
      headline: 'Los médicos de familia de Madrid inician una huelga indefinida contra la sobrecarga de consultas',
      captions: ['Miles de personas marchan por la Gran Vía durante la manifestación feminista del 8 de marzo de 2022 en Madrid. Foto: Europa Press'],
      date: 'Madrid, 15 de enero de 2024',
      paras: [
        'Los médicos de atención primaria de Madrid iniciaron este lunes una huelga indefinida para exigir un máximo de 31 pacientes al día, según informó el sindicato Amyts, que cifró el seguimiento en un 40 %.',
        'La Consejería de Sanidad de la Comunidad de Madrid, por su parte, rebajó el seguimiento al 12 % y aseguró en un comunicado que los servicios mínimos se están cumpliendo en todos los centros de salud.',
      ],
    }),
  },
  {
    name: 'en: a 2019 climate march in London on a 2024 nurses’ strike in London',
    caption: 'Climate activists march',
    messageId: 'wrong-event',
    text: page({
      headline: 'Nurses in London walk out for 48 hours in dispute over staffing levels',
      captions: ['Climate activists march across Waterloo Bridge in London on April 21, 2019. (Photo by Chris Ratcliffe / Getty Images)'],
      date: 'Published: 6 February 2024',
      paras: [
        'Nurses at three London hospital trusts began a 48-hour strike on Tuesday over what the Royal College of Nursing called unsafe staffing levels on wards, the union said in a statement.',
        'NHS England said planned operations had been postponed at the affected hospitals and urged patients to attend appointments unless contacted.',
      ],
    }),
  },
  {
    name: 'fr: an unlabelled photo of the right person, years before the story',
    caption: 'Le président Emmanuel Macron',
    messageId: 'date-far',
    text: page({
      crumbs: 'Accueil / Politique',
      headline: 'Emmanuel Macron annonce un référendum sur la fin de vie à l’automne',
      captions: ['Le président Emmanuel Macron dans son bureau de l’Élysée, le 3 janvier 2019. © Ludovic Marin / AFP'],
      date: 'Publié le 14 mai 2024',
      paras: [
        'Emmanuel Macron a annoncé mardi soir son intention de soumettre à référendum, à l’automne, le projet de loi sur la fin de vie, a indiqué l’Élysée dans un communiqué.',
        'Le chef de l’État a précisé que le texte serait d’abord examiné par l’Assemblée nationale en juin, selon la présidence.',
      ],
    }),
  },
];

describe('caption-mismatch: captions that belong to the story stay silent', () => {
  for (const c of valid) {
    it(c.name, async () => {
      const { report, anns } = await flags(c.text);
      expect(report.article.blocks.some((b) => b.type === 'caption')).toBe(true);
      expect(anns.map((a) => `${a.messageId}: ${a.quote.slice(0, 40)}`)).toEqual([]);
    });
  }
});

describe('caption-mismatch: captions from another story are flagged', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      const { report, anns } = await flags(c.text);
      expect(anns).toHaveLength(1);
      const a = anns[0]!;
      const cap = report.article.blocks.find((b) => b.type === 'caption')!;
      expect([a.start, a.end]).toEqual([cap.start, cap.end]);
      expect(a.quote.startsWith(c.caption!)).toBe(true);
      expect(a.messageId).toBe(c.messageId);
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(0.9);
      // Evidence spans point into the article text.
      for (const e of a.evidence) if (e.start !== undefined) expect(report.article.text.slice(e.start, e.end)).toBe(e.quote);
    });
  }
});

describe('caption-mismatch: evidence a teacher can show', () => {
  const text = invalid[0]!.text;
  it('lists unmatched people and places, the date, and a summary', async () => {
    const { anns } = await flags(text, 'en');
    const ev = anns[0]!.evidence;
    const entity = (q: string) => ev.find((e) => e.type === 'caption-entity' && e.quote === q);
    expect(entity('Elizabeth Warren')?.data).toMatchObject({ entity: 'person', match: 'none' });
    expect(entity('White House')?.data).toMatchObject({ match: 'none' });
    const date = ev.find((e) => e.type === 'caption-date')!;
    expect(date.data).toMatchObject({ state: 'far', captionYear: 2021, articleDate: '2024-09-12' });
    expect(ev.at(-1)!.type).toBe('caption-summary');
  });

  it('a related archive photo is explained, an unrelated one is softened, not silenced', async () => {
    const { anns } = await flags(invalid[2]!.text, 'es');
    expect(anns[0]!.severity).toBe('caution');
    expect(anns[0]!.evidence[0]!.type).toBe('caption-label');
  });

  it('shows matched entities with where the article names them, across languages', async () => {
    const t = page({
      crumbs: 'Accueil / Monde',
      headline: 'À La Havane, le chef de la diplomatie iranienne rencontre son homologue cubain',
      captions: ['US Senator Marco Rubio speaks at the Capitol in Washington, D.C., on March 3, 2017. (AFP photo)'],
      date: 'Publié le 20 juin 2024',
      paras: [
        'Le ministre iranien des Affaires étrangères a été reçu jeudi à La Havane par son homologue cubain, a rapporté l’agence officielle cubaine Prensa Latina.',
        'Les deux ministres ont évoqué les sanctions imposées par les États-Unis, selon un communiqué du ministère cubain.',
      ],
    });
    const { report, anns } = await flags(t, 'fr');
    expect(anns).toHaveLength(1);
    const ev = anns[0]!.evidence;
    const us = ev.find((e) => e.quote === 'US')!;
    expect(us.data).toMatchObject({ match: 'weak', articleQuote: 'États-Unis' });
    expect(report.article.text.slice(us.data!.articleStart as number, us.data!.articleEnd as number)).toBe('États-Unis');
    expect(ev.find((e) => e.quote === 'Marco Rubio')!.data).toMatchObject({ match: 'none' });
    expect(ev.some((e) => e.type === 'caption-language' && /anglais/.test(e.text))).toBe(true);
  });

  it('messages and evidence exist in fr, en and es', async () => {
    const seen = new Set<string>();
    for (const l of ['fr', 'en', 'es'] as const) {
      const { anns } = await flags(invalid[1]!.text, l);
      const a = anns[0]!;
      expect(a.message).not.toMatch(/\{\w+\}/);
      for (const e of a.evidence) expect(e.text).not.toMatch(/\{\w+\}/);
      seen.add(a.message);
    }
    expect(seen.size).toBe(3);
  });
});
