import { test, expect } from '@playwright/test';
import { bigReport } from '../../scripts/bench/widget.js';
import { fixtures, ready } from './helpers.js';

test('a 20,000-word report with 1,000 overlapping flags renders progressively and completely', async ({ page }) => {
  const report = bigReport(20_000, 1_000);
  await fixtures(page, { 'big.json': { body: JSON.stringify(report), type: 'application/json' } });
  await page.goto('/embed.html?src=/__fixtures/big.json&lang=en');
  await ready(page);
  await expect(page.locator('button.flag')).toHaveCount(1_000);
  // Every annotation id has its flag; nested runs carry their depth.
  const ids = await page.locator('button.flag').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.annotationId));
  expect(new Set(ids)).toEqual(new Set(report.annotations.map((a) => a.id)));
  expect(await page.locator('mark[data-depth="2"]').count()).toBeGreaterThan(0);
  // A card deep in the article opens next to its mark.
  const last = report.annotations[report.annotations.length - 1]!;
  await page.locator(`button.flag[data-annotation-id="${last.id}"]`).click();
  await expect(page.locator('loupe-annotation-card')).toContainText(last.message);
});
