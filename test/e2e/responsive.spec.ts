import { test, expect, type Page } from '@playwright/test';
import { AXE, hostPage, ready } from './helpers.js';

/** Builds, in the page, a hostile article: `depth` nested divs around `paras` paragraphs. */
async function setDeepArticle(page: Page, depth: number, paras: number): Promise<void> {
  await page.evaluate(
    ({ depth, paras }) => {
      const words = ['le', 'gouvernement', 'a', 'annoncé', 'mardi', 'une', 'réforme', 'selon', 'un', 'communiqué', 'du', 'ministère', 'des', 'experts', 'ont', 'critiqué', 'cette', 'décision'];
      const p: string[] = [];
      for (let i = 0; i < paras; i++) p.push(`<p>Paragraphe ${i} : ${Array.from({ length: 24 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ')}.</p>`);
      const html = `<!doctype html><html><head><title>Une page très imbriquée</title></head><body><h1>Une page très imbriquée</h1>${'<div>'.repeat(depth)}${p.join('')}${'</div>'.repeat(depth)}</body></html>`;
      const log: string[] = [];
      (window as unknown as { __log: string[] }).__log = log;
      const el = document.querySelector('loupe-annotator') as unknown as HTMLElement & { text: string | null };
      el.addEventListener('loupe-ready', () => log.push('ready'), { once: true });
      log.push('start');
      el.text = html;
    },
    { depth, paras },
  );
}

test.describe('hostile HTML never freezes the page', () => {
  test('a click is handled while a 100,000-deep page is analysed (the analysis runs in a worker)', async ({ page }) => {
    await hostPage(page, '<button type="button" id="probe">Probe</button><loupe-annotator mode="teacher" lang="en"></loupe-annotator>');
    await page.evaluate(() => document.getElementById('probe')!.addEventListener('click', () => (window as unknown as { __log: string[] }).__log.push('click')));
    // Warm up: the analysis chunks and the worker load once.
    await page.evaluate(() => {
      (document.querySelector('loupe-annotator') as unknown as { text: string }).text = '<html><body><h1>Titre</h1><p>Un court paragraphe pour charger le module d’analyse, avec assez de mots pour Readability.</p></body></html>';
    });
    await ready(page);
    await setDeepArticle(page, 100_000, 4_000);
    await page.locator('#probe').click();
    await ready(page);
    const log = await page.evaluate(() => (window as unknown as { __log: string[] }).__log);
    // The click's handler ran before the analysis finished: the main thread was free while it ran.
    expect(log).toEqual(['start', 'click', 'ready']);
    const info = await page.evaluate(() => {
      const el = document.querySelector('loupe-annotator') as unknown as { report: { warnings: string[]; article: { text: string } } };
      return { warnings: el.report.warnings, hasLast: el.report.article.text.includes('Paragraphe 3999') };
    });
    // The budget cut in (and said so), and the text survived.
    expect(info.warnings.filter((w) => w.startsWith('html budget:')).length).toBeGreaterThan(0);
    expect(info.hasLast).toBe(true);
  });

  test('a 3,000-deep page: the widget says it simplified the page, in the reader’s language, accessibly', async ({ page }) => {
    await hostPage(page, '<button type="button" id="probe">Probe</button><loupe-annotator mode="teacher" lang="fr"></loupe-annotator>', 'fr');
    await setDeepArticle(page, 3_000, 12);
    await ready(page);
    const warnings = await page.evaluate(() => (document.querySelector('loupe-annotator') as unknown as { report: { warnings: string[] } }).report.warnings);
    expect(warnings.some((w) => w.includes('3,00') && w.includes('levels deep'))).toBe(true);
    const notice = page.locator('loupe-annotator [part="notice"]');
    await expect(notice).toContainText('simplifié');
    await expect(page.locator('loupe-article-view')).toContainText('Paragraphe 11');
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
