import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/parse/index.js';
import { InputError } from '../../src/core/errors.js';
import { parseDocument } from '../../src/cli/io.js';

const hostile = `<!doctype html><html><head><title>T</title>
<meta property="og:site_name" content="Valley Gazette">
<meta property="article:published_time" content="2024-06-02T08:00:00Z">
<link rel="canonical" href="https://valley.example/news/bridge">
<script>document.title = 'pwned'</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Old bridge to close for repairs in July","author":[{"@type":"Person","name":"Ana Costa"}],"publisher":{"@type":"Organization","name":"Valley Gazette Ltd"}}]}</script>
</head><body onload="alert(1)">
<article><h1>Old bridge to close for repairs in July</h1>
<figure><img src=x onerror="alert(2)"><figcaption>The bridge over the river Aire on Tuesday. (Photo: Valley Gazette)</figcaption></figure>
<p>The bridge will close for six weeks from July 1, the county council said on Monday, while engineers replace its deck.<img src=x onerror="alert(3)"></p>
<p>Buses will be diverted through the town centre, the operator said in a statement on its website.</p>
<style>p { color: red }</style><iframe src="https://evil.example/"></iframe>
<p>Council engineers said the repairs would extend the life of the bridge by 40 years. <a href="javascript:alert(4)">More</a></p>
<svg><script>alert(5)</script></svg><noscript>enable javascript</noscript>
</article></body></html>`;

describe('HTML front-end', () => {
  it('extracts headline, caption, body and metadata; active content never reaches the text', async () => {
    const a = await parseArticle(hostile, { format: 'html', parseDocument, where: 't.html' });
    expect(a.format).toBe('html');
    expect(a.blocks.find((b) => b.type === 'headline') && a.text.slice(a.blocks[0]!.start, a.blocks[0]!.end)).toBe('Old bridge to close for repairs in July');
    const caption = a.blocks.find((b) => b.type === 'caption');
    expect(caption && a.text.slice(caption.start, caption.end)).toMatch(/^The bridge over the river Aire/);
    expect(a.blocks.filter((b) => b.type === 'paragraph').length).toBe(3);
    expect(a.meta.byline?.value).toBe('Ana Costa');
    expect(a.meta.publisher?.value).toBe('Valley Gazette Ltd');
    expect(a.meta.siteName?.value).toBe('Valley Gazette');
    expect(a.meta.url?.value).toBe('https://valley.example/news/bridge');
    expect(a.meta.published?.date).toBe('2024-06-02');
    for (const bad of ['alert', 'pwned', 'color: red', 'evil.example', 'enable javascript', 'onerror', 'javascript:']) expect(a.text).not.toContain(bad);
  });

  it('parses the HTML fixture (auto-detected format)', async () => {
    const html = await readFile(new URL('../fixtures/articles/f-en-html-honest-library.html', import.meta.url), 'utf8');
    const a = await parseArticle(html, { parseDocument });
    expect(a.format).toBe('html');
    expect(a.lang).toBe('en');
    expect(a.text).not.toMatch(/alert|document\.cookie|evil\.example/);
  });

  it('keeps the byline as shown, a breadcrumb paragraph as navigation and the footer copyright', async () => {
    const html = `<html><head><meta name="author" content="Lucie Bret"><meta property="og:site_name" content="Le Courrier du Lac"></head><body>
<article><p>Sports › Voile</p><h1>La course du lac attire 300 bateaux cette année</h1><p class="byline">Par Lucie Bret</p>
<figure><img src="a.jpg"><figcaption>Le départ, samedi. (Photo : Lucie Bret)</figcaption></figure>
<p>Trois cents voiliers ont pris le départ samedi de la course annuelle du lac, ont indiqué les organisateurs, un record depuis sa création.</p>
<p>La course se termine dimanche, selon le programme publié par le club.</p></article>
<footer><p>© 2025 Le Courrier du Lac. Tous droits réservés.</p></footer></body></html>`;
    const a = await parseArticle(html, { format: 'html', parseDocument });
    const typeOf = (q: string) => a.blocks.find((b) => b.start <= a.text.indexOf(q) && a.text.indexOf(q) < b.end)?.type;
    expect(typeOf('Sports › Voile')).toBe('navigation');
    expect(typeOf('Par Lucie Bret')).toBe('byline');
    expect(typeOf('© 2025 Le Courrier du Lac')).toBe('source');
    expect(a.meta.byline?.value).toBe('Par Lucie Bret');
  });

  it('refuses a page with no readable text', async () => {
    await expect(parseArticle('<html><body><script>x()</script></body></html>', { format: 'html', parseDocument, where: 'empty.html' })).rejects.toThrow(/empty\.html: the HTML page has no readable text/);
  });
});

describe('JSON front-end', () => {
  const article = { headline: 'Nuevo hospital en Valencia abrirá en 2026', byline: 'Marta Ruiz', published: '2025-02-10', publisher: 'Diario de Levante', captions: [{ text: 'Obras del hospital, el 9 de febrero.', credit: 'Foto: EFE' }], body: ['La Generalitat informó de que el hospital tendrá 500 camas.', 'Las obras empezaron en 2023, según la consejería.'] };

  it('lays out headline, byline, date, captions with credit, body and publisher; offsets exact', async () => {
    const a = await parseArticle(JSON.stringify(article));
    expect(a.format).toBe('json');
    expect(a.blocks.map((b) => b.type)).toEqual(['headline', 'byline', 'dateline', 'caption', 'paragraph', 'paragraph', 'source']);
    const cap = a.blocks.find((b) => b.type === 'caption')!;
    expect(a.text.slice(cap.credit!.start, cap.credit!.end)).toBe('Foto: EFE');
    expect(a.meta.published?.date).toBe('2025-02-10');
    expect(a.text.slice(a.meta.publisher!.start!, a.meta.publisher!.end!)).toBe('Diario de Levante');
    expect(a.lang).toBe('es');
  });

  it('accepts a body as one string with paragraphs', async () => {
    const a = await parseArticle(JSON.stringify({ headline: 'A headline that is long enough', body: 'First paragraph here.\n\nSecond paragraph here.' }));
    expect(a.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(2);
  });

  it('says where malformed JSON breaks', async () => {
    const bad = '{\n  "headline": "x",\n  "body": [ "a", ]\n}';
    await expect(parseArticle(bad, { where: 'a.json' })).rejects.toThrow(/^a\.json: malformed JSON at line 3, column \d+/);
  });

  it('names the missing or mistyped field', async () => {
    await expect(parseArticle(JSON.stringify({ body: 'text' }), { where: 'b.json' })).rejects.toThrow(/b\.json: not a Loupe JSON article — headline: /);
    await expect(parseArticle(JSON.stringify({ headline: 'h', body: 3 }), { where: 'c.json' })).rejects.toThrow(InputError);
  });
});
