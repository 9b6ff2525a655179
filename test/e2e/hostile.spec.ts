import { test, expect, type Page } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, ready, seedReportJson } from './helpers.js';

/** Payloads that would run code or load something if any of them were treated as HTML. */
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"><script>window.__pwned = "svg-script"</script></svg>',
  '<a href="javascript:window.__pwned=\'link\'">click</a>',
  '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
  '"><img src=x onerror=window.__pwned=1>',
];
const P = PAYLOADS.join(' ');

async function watch(page: Page) {
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  page.on('request', (r) => requests.push(r.url()));
  return { dialogs, requests };
}

async function assertInert(page: Page, seen: { dialogs: string[]; requests: string[] }) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  // No element made from untrusted text: no script/img/svg/iframe inside the widget, no javascript: links.
  const bad = await page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (/^(SCRIPT|IMG|SVG|IFRAME|OBJECT|EMBED)$/i.test(el.tagName) && el.closest('loupe-annotator, loupe-article-view, loupe-annotation-card') !== null) out.push(el.tagName);
        if (el.getRootNode() !== document && /^(script|img|svg|iframe|object|embed)$/i.test(el.tagName)) out.push(el.tagName);
        const href = el.getAttribute('href');
        if (href && !/^https?:/i.test(href) && el.tagName === 'A') out.push(`a[href=${href}]`);
        for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) out.push(`${el.tagName}[${attr.name}]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('loupe-annotator')!.shadowRoot!);
    return out;
  });
  expect(bad).toEqual([]);
  // Only the preview server's origin was contacted (no remote loads from payloads).
  for (const u of seen.requests) expect(u.startsWith('http://127.0.0.1:')).toBe(true);
  expect(seen.requests.some((u) => /\/x$/.test(u))).toBe(false);
}

test.describe('hostile inputs execute nothing', () => {
  test('payloads in the article text, a caption and an HTML article', async ({ page }) => {
    const seen = await watch(page);
    const text = `Accueil / Monde\n\nUn titre ${P}\n\n${P} (AFP photo)\n\nPremier paragraphe ${P}, selon des experts.\n\nSOURCE: EXEMPLE`;
    const htmlDoc = `<!doctype html><html><head><title>T</title><script>window.__pwned='head'</script></head><body onload="window.__pwned='body'"><article><h1>Titre ${P}</h1><figure><img src="http://127.0.0.2/x.png" onerror="window.__pwned='fig'"><figcaption>Légende ${P}</figcaption></figure><p>Paragraphe ${P} assez long pour que Readability garde ce texte comme le corps de l'article, avec encore quelques mots.</p><p>Deuxième paragraphe ${P} qui continue l'article avec des phrases ordinaires pour le lecteur.</p></article></body></html>`;
    await fixtures(page, { 'hostile.txt': { body: text }, 'hostile.html': { body: htmlDoc, type: 'text/html' } });
    await page.goto('/embed.html?article=/__fixtures/hostile.txt&mode=teacher&lang=fr');
    await ready(page);
    await expect(page.locator('loupe-article-view')).toContainText('<script>');
    await assertInert(page, seen);
    await page.goto('/embed.html?article=/__fixtures/hostile.html&mode=teacher&lang=fr');
    await ready(page);
    await page.waitForTimeout(300);
    await assertInert(page, seen);
  });

  test('payloads in a report: messages, evidence links, a teacher note, a rubric title', async ({ page }) => {
    const seen = await watch(page);
    const report = JSON.parse(seedReportJson()) as {
      annotations: { id: string; message: string; evidence: { type: string; text: string; url?: string; source?: string }[]; note?: unknown }[];
      score: { rubric: { title: string }; criteria: { title: string; prompts: string[] }[] } | null;
    };
    expect(report.annotations.length).toBeGreaterThan(0);
    for (const a of report.annotations) {
      a.message = `${a.message} ${P}`;
      a.evidence = [{ type: P, text: P, url: "javascript:window.__pwned='evidence'", source: P }, { type: 'x', text: 'data', url: 'data:text/html,<script>parent.__pwned=1</script>' }];
      a.note = { text: P, question: P, check: P, status: 'approved' };
    }
    if (report.score) {
      report.score.rubric.title = P;
      for (const c of report.score.criteria) (c.title = P), (c.prompts = [P]);
    }
    await fixtures(page, { 'r.json': { body: JSON.stringify(report), type: 'application/json' } });
    for (const mode of ['teacher', 'student']) {
      await page.goto(`/embed.html?src=/__fixtures/r.json&mode=${mode}&lang=en`);
      await ready(page);
      if (mode === 'student') await page.locator('[data-action="compare"]').click();
      // Open every card.
      const n = await page.locator('button.flag').count();
      for (let i = 0; i < n; i++) {
        await page.locator('button.flag').nth(i).click();
        await expect(page.locator('loupe-annotation-card')).toHaveCount(1);
      }
      await expect(page.locator('loupe-annotation-card')).toContainText('<img');
      await assertInert(page, seen);
    }
  });

  test('payloads in an imported annotation', async ({ page }) => {
    const seen = await watch(page);
    const report = JSON.parse(seedReportJson()) as { article: { text: string } };
    const text = report.article.text;
    const quote = text.slice(text.indexOf('Mohammad'), text.indexOf('Mohammad') + 30);
    const doc = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            '@context': 'http://www.w3.org/ns/anno.jsonld',
            id: `urn:loupe:annotation:${P}`,
            type: 'Annotation',
            body: [{ type: 'TextualBody', purpose: 'commenting', value: P }, { type: 'TextualBody', purpose: 'tagging', value: 'unsourced-claim' }],
            target: { source: "javascript:alert(1)", selector: [{ type: 'TextQuoteSelector', exact: quote }, { type: 'TextPositionSelector', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }] },
          },
          { type: 'Annotation', body: P, target: { selector: { type: 'TextQuoteSelector', exact: `${P} not in the article` } } },
        ],
      },
    };
    const dir = mkdtempSync(join(tmpdir(), 'loupe-'));
    const file = join(dir, 'hostile.jsonld');
    writeFileSync(file, JSON.stringify(doc));
    await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/seed.json&mode=student&lang=en');
    await ready(page);
    await page.waitForFunction(() => Boolean((document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { ready?: boolean })?.ready));
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(page.locator('ol.work li')).toHaveCount(1);
    await expect(page.locator('ol.work')).toContainText('<script>');
    await page.locator('button.flag').first().click();
    await expect(page.locator('loupe-annotation-card')).toContainText('<img');
    await assertInert(page, seen);
  });

  test('a rubric URL with a hostile title', async ({ page }) => {
    const seen = await watch(page);
    const seed = JSON.parse(seedReportJson()) as { article: { text: string } };
    await fixtures(page, {
      'a.txt': { body: seed.article.text },
      'rubric.json': { body: JSON.stringify({ id: 'x', version: 1, title: P }), type: 'application/json' },
    });
    await page.goto('/embed.html?article=/__fixtures/a.txt&rubric=/__fixtures/rubric.json&lang=en');
    await page.waitForFunction(() => ['ready', 'error'].includes((document.querySelector('loupe-annotator') as unknown as { status: string }).status), null, { timeout: 60_000 });
    await assertInert(page, seen);
  });
});
