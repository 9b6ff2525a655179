import { test, expect, type Page } from '@playwright/test';
import { AXE, fixtures, ready, seedReportJson } from './helpers.js';

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(' ')}`);
}

for (const lang of ['fr', 'en', 'es']) {
  for (const mode of ['teacher', 'student']) {
    test(`axe: no serious or critical violation — ${mode}, ${lang}`, async ({ page }) => {
      await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
      await page.goto(`/embed.html?src=/__fixtures/seed.json&mode=${mode}&lang=${lang}`);
      await ready(page);
      expect(await axe(page)).toEqual([]);
      // With a card open (teacher) or after comparing (student).
      if (mode === 'teacher') await page.locator('button.flag').first().click();
      else await page.locator('[data-action="compare"]').click();
      await page.waitForTimeout(100);
      expect(await axe(page)).toEqual([]);
      if (lang === 'en') await page.screenshot({ path: `test-results/a11y-${mode}.png`, fullPage: true });
    });
  }
}

test('dark theme passes axe colour contrast too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
  await page.goto('/embed.html?src=/__fixtures/seed.json&mode=teacher&lang=en');
  await ready(page);
  await page.locator('button.flag').first().click();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/a11y-dark.png', fullPage: true });
});
