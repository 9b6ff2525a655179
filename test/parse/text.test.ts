import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/parse/index.js';
import type { BlockType } from '../../src/core/model/article.js';

/** The type of the block that holds `quote`. */
async function typeOf(text: string, quote: string): Promise<BlockType | undefined> {
  const a = await parseArticle(text, { format: 'text' });
  const at = a.text.indexOf(quote);
  expect(at, `quote "${quote}" in text`).toBeGreaterThanOrEqual(0);
  return a.blocks.find((b) => b.start <= at && at < b.end)?.type;
}

const page = (lines: string[]) => lines.join('\n\n');

describe('plain-text layout', () => {
  const cases: { name: string; text: string; expect: [string, BlockType][] }[] = [
    {
      name: 'breadcrumb with NBSP separators, headline, photo credit in parentheses, share line, source line (en)',
      text: page([
        'Home\u00a0 /\u00a0 World\u00a0 /\u00a0 Asia',
        'Flooding forces thousands from their homes in northern Vietnam',
        'Residents wade through a flooded street in Lao Cai province on Sunday. (AFP photo)',
        'Heavy rain brought by a tropical storm flooded dozens of villages in northern Vietnam, the disaster agency said on Monday.',
        'More than 12,000 people were moved to schools and temples, officials said.',
        'Share this story',
        'Source: Mekong Daily',
      ]),
      expect: [
        ['Home', 'navigation'],
        ['Flooding forces', 'headline'],
        ['Residents wade', 'caption'],
        ['Heavy rain', 'paragraph'],
        ['Share this story', 'boilerplate'],
        ['Source: Mekong Daily', 'source'],
      ],
    },
    {
      name: 'French: byline, date line, © credit, "lire aussi", copyright footer',
      text: page([
        'Politique',
        'Le Sénat adopte la réforme des retraites agricoles en première lecture',
        'Par Hélène Fabre',
        'Publié le 3 février 2025 à 18h40',
        'Les sénateurs ont voté mardi le texte par 210 voix contre 115, a annoncé la présidence du Sénat.',
        'Des agriculteurs manifestent devant le Sénat, à Paris. ©AFP',
        'Le texte doit maintenant être examiné par l’Assemblée nationale au printemps.',
        'Lire aussi',
        '© Le Quotidien du Centre 2025',
      ]),
      expect: [
        ['Politique', 'navigation'],
        ['Le Sénat adopte', 'headline'],
        ['Par Hélène Fabre', 'byline'],
        ['Publié le 3 février', 'dateline'],
        ['Les sénateurs ont voté', 'paragraph'],
        ['Des agriculteurs manifestent', 'caption'],
        ['Lire aussi', 'boilerplate'],
        ['© Le Quotidien du Centre', 'source'],
      ],
    },
    {
      name: 'Spanish: byline, "Foto: EFE" credit, "EFE/Name" credit, share, "Fuente:" line',
      text: page([
        'Portada > Economía',
        'El paro baja en marzo hasta su nivel más bajo desde 2008',
        'Por Andrés Molina',
        'Una oficina de empleo en Sevilla. Foto: EFE',
        'El número de desempleados cayó en 45.000 personas en marzo, según los datos publicados este martes por el Ministerio de Trabajo.',
        'Trabajadores en una obra de Madrid. EFE/Juan Pérez',
        'La afiliación a la Seguridad Social superó los 21 millones de cotizantes, informó el ministerio.',
        'Compartir',
        'Fuente: Diario Económico',
      ]),
      expect: [
        ['Portada', 'navigation'],
        ['El paro baja', 'headline'],
        ['Por Andrés Molina', 'byline'],
        ['Una oficina de empleo', 'caption'],
        ['El número de desempleados', 'paragraph'],
        ['Trabajadores en una obra', 'caption'],
        ['Compartir', 'boilerplate'],
        ['Fuente: Diario Económico', 'source'],
      ],
    },
    {
      name: 'wire dateline split from the first paragraph; FILE caption; URL line',
      text: page([
        'Chile approves lithium deal with state miner',
        'SANTIAGO, March 4. /XINHUA/. Chile’s government approved on Tuesday a partnership between two mining companies to extract lithium in the Atacama salt flat, the mining ministry said.',
        'FILE - A worker at a lithium plant in the Atacama desert, Chile, on Aug. 12, 2019.',
        'The deal runs until 2060, the ministry said in a statement.',
        'https://news.example.org/2025/03/chile-lithium',
      ]),
      expect: [
        ['Chile approves', 'headline'],
        ['SANTIAGO, March 4. /XINHUA/.', 'dateline'],
        ['Chile’s government approved', 'paragraph'],
        ['FILE - A worker', 'caption'],
        ['https://news.example.org', 'source'],
      ],
    },
    {
      name: 'a site tagline and section name above the headline; "(AP Photo/Name)" credit; "City, date" line',
      text: page([
        'The Harbour Herald',
        'Independent news for the coastal towns since 1921',
        'Local',
        'Ferry operator cancels winter timetable after engine failure',
        'Portsmouth, 12 November 2024',
        'The operator said on Monday that its only winter vessel needed a new engine and would be out of service until March, leaving islanders with a reduced service.',
        'The ferry in dock on Sunday. (AP Photo/Jane Smith)',
      ]),
      expect: [
        ['The Harbour Herald', 'navigation'],
        ['Independent news', 'navigation'],
        ['Ferry operator cancels', 'headline'],
        ['Portsmouth, 12 November 2024', 'dateline'],
        ['The operator said', 'paragraph'],
        ['The ferry in dock', 'caption'],
      ],
    },
    {
      name: 'caption before the byline; "Name with agencies" byline; date line with a lead and trailing chrome; bullets',
      text: page([
        'Weather › Europe',
        'Storm Amelia cuts power to 200,000 homes in western France',
        'A fallen tree blocks a road near Nantes on Sunday. (Photo via Enedis)',
        'Lena Vogel with AFP, Reuters',
        'Sunday, 03 November 2024 9:40 PM  [ Last Update: Sunday, 03 November 2024 10:05 PM ]',
        'Key points',
        '• Winds of up to 150 km/h recorded in Brittany, Météo-France says',
        '• Rail traffic suspended between Nantes and Brest',
        'About 200,000 homes were without power on Sunday evening, grid operator Enedis said in a statement.',
      ]),
      expect: [
        ['Weather', 'navigation'],
        ['Storm Amelia cuts', 'headline'],
        ['A fallen tree', 'caption'],
        ['Lena Vogel with AFP', 'byline'],
        ['Sunday, 03 November', 'dateline'],
        ['• Winds of up to', 'paragraph'],
        ['About 200,000 homes', 'paragraph'],
      ],
    },
    {
      name: 'a two-word outlet in a dateline; a staff byline at the end',
      text: page([
        'Port workers end strike after two weeks in Antwerp',
        'Antwerp, Oct 2 (Harbor News) - Dock workers in Antwerp returned to work on Thursday after a two-week strike over pensions, their union said in a statement.',
        'Harbor News Website Staff',
      ]),
      expect: [
        ['Antwerp, Oct 2 (Harbor News) -', 'dateline'],
        ['Dock workers in Antwerp', 'paragraph'],
        ['Harbor News Website Staff', 'byline'],
      ],
    },
    {
      name: 'French date line with reading time; Spanish agency dateline without a dash',
      text: page([
        'Les bus électriques arrivent à Rennes',
        'Publié le 4 juin 2025 à 06h30 · Lecture 3 min',
        'Montevideo, 12 jun (Prensa Latina) El gobierno uruguayo anunció hoy la compra de 40 autobuses eléctricos para la capital, según un comunicado oficial.',
      ]),
      expect: [
        ['Les bus électriques', 'headline'],
        ['Publié le 4 juin', 'dateline'],
        ['Montevideo, 12 jun (Prensa Latina)', 'dateline'],
        ['El gobierno uruguayo', 'paragraph'],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      for (const [quote, type] of c.expect) expect(await typeOf(c.text, quote), quote).toBe(type);
    });
  }

  it.each([
    ['Le maire de Rennes à l’hôtel de ville, le 2 mai 2024. DAMIEN MEYER / AFP', 'DAMIEN MEYER / AFP'],
    ['Los diputados votan en el Parlamento de Andalucía. | EFE', 'EFE'],
    ['A nurse at a hospital in Leeds on Monday. Photograph: Jane Doe/PA', 'Photograph: Jane Doe/PA'],
    ['Traders on the floor of the exchange. Photographer: John Roe/Bloomberg', 'Photographer: John Roe/Bloomberg'],
    ['Des pêcheurs sur le port de Sète, samedi. Crédit : Reuters', 'Crédit : Reuters'],
    ['Le marché de Noël de Colmar, dimanche. Photo Le Républicain/Anne Roux', 'Photo Le Républicain/Anne Roux'],
    ['A school bus in Denver, Colorado, on March 3, 2025. Getty Images', 'Getty Images'],
    ['Firefighters near Athens in August. Local Radio/John Smith via REUTERS', 'via REUTERS'],
    ['Le ministre à Bercy. Crédits : Marie Durand / AFP', 'Crédits : Marie Durand / AFP'],
    ['Passengers on a platform at Leeds station in May. PA Images/John Smith', 'PA Images/John Smith'],
    ['A technician at a plant in Hefei, Anhui province. (Daily Tech / Li Wei)', '(Daily Tech / Li Wei)'],
  ])('recognises the caption credit in "%s"', async (caption, credit) => {
    const text = ['A headline long enough for the caption test', caption, 'The council said on Tuesday that the works would begin next month, according to a statement posted on its website.'].join('\n\n');
    const a = await parseArticle(text, { format: 'text' });
    const cap = a.blocks.find((b) => b.type === 'caption');
    expect(cap && a.text.slice(cap.start, cap.end)).toBe(caption);
    expect(cap?.credit?.text).toBe(credit);
  });

  it('keeps offsets into the input: BOM removed, CRLF → LF, nothing else changed', async () => {
    const raw = '\uFEFFUn titre assez long pour un article\r\n\r\nPremier paragraphe du texte, avec une phrase complète.\r\n';
    const a = await parseArticle(raw, { format: 'text' });
    expect(a.text).toBe(raw.slice(1).replace(/\r\n/g, '\n'));
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(a.text.slice(b.start, b.end).trim());
  });

  it('joins a hard-wrapped paragraph into one block', async () => {
    const text = 'A headline for a wrapped article here\n\nThe first line of a paragraph that was wrapped at a fixed width by\nthe site that served it, and goes on here.\n';
    const a = await parseArticle(text, { format: 'text' });
    const paras = a.blocks.filter((b) => b.type === 'paragraph');
    expect(paras).toHaveLength(1);
    expect(a.text.slice(paras[0]!.start, paras[0]!.end)).toContain('by\nthe site');
  });

  it('records the caption credit span and the publisher from a source line', async () => {
    const text = page(['Storm hits the coast of Brittany overnight', 'Waves at Saint-Malo on Monday. © Reuters', 'The storm hit the coast overnight, the weather service said.', 'SOURCE: COASTAL NEWS NETWORK']);
    const a = await parseArticle(text, { format: 'text' });
    const cap = a.blocks.find((b) => b.type === 'caption')!;
    expect(cap.credit?.text).toBe('© Reuters');
    expect(a.text.slice(cap.credit!.start, cap.credit!.end)).toBe('© Reuters');
    expect(a.meta.publisher?.value).toBe('COASTAL NEWS NETWORK');
    expect(a.text.slice(a.meta.publisher!.start!, a.meta.publisher!.end!)).toBe('COASTAL NEWS NETWORK');
  });

  it('detects the article language and a caption in another language', async () => {
    const text = page([
      'La ministre de la Culture inaugure le nouveau musée de Lille',
      'The minister of culture at the opening of the new museum in Lille on Friday. (AFP photo)',
      'La ministre a inauguré vendredi le musée, qui a coûté 60 millions d’euros selon la ville, devant plusieurs centaines de personnes.',
      'Le bâtiment accueillera des collections jusque-là conservées dans des réserves, a précisé la directrice.',
    ]);
    const a = await parseArticle(text, { format: 'text' });
    expect(a.lang).toBe('fr');
    expect(a.blocks.find((b) => b.type === 'caption')?.lang).toBe('en');
  });
});
