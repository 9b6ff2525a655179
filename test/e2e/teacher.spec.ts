import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SEED_TEXT, fixtures, focused, ready, reportKinds, seedReportJson } from './helpers.js';

test.describe('teacher mode', () => {
  test('the seed, analysed in the browser, shows a mark and a flag for every annotation kind in its report', async ({ page }) => {
    await fixtures(page, { 'seed.txt': { body: SEED_TEXT } });
    await page.goto('/embed.html?article=/__fixtures/seed.txt&mode=teacher&lang=fr');
    await ready(page);
    const kinds = await reportKinds(page);
    expect(kinds.length).toBeGreaterThan(0);
    const count = await page.evaluate(() => (document.querySelector('loupe-annotator') as unknown as { report: { annotations: unknown[] } }).report.annotations.length);
    // One flag button per annotation, each with data-kind and data-annotation-id.
    await expect(page.locator('button.flag[data-annotation-id]')).toHaveCount(count);
    const flagKinds = await page.locator('button.flag').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))].sort());
    expect(flagKinds).toEqual(kinds);
    const markKinds = await page.locator('mark[data-kind][data-annotation-id]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))]);
    expect(markKinds.length).toBeGreaterThan(0);
    for (const k of markKinds) expect(kinds).toContain(k);
    await page.screenshot({ path: 'test-results/teacher-seed.png', fullPage: true });
  });

  test('the CLI report loads from src and the kinds the detectors produce are all shown', async ({ page }) => {
    const json = seedReportJson();
    const expected = [...new Set((JSON.parse(json) as { annotations: { kind: string }[] }).annotations.map((a) => a.kind))].sort();
    await fixtures(page, { 'seed.json': { body: json, type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/seed.json&lang=en');
    await ready(page);
    const shown = await page.locator('button.flag').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))].sort());
    expect(shown).toEqual(expected);
  });

  test('keyboard only: N/P move between flags, Enter opens the card next to its mark, Escape closes and returns focus', async ({ page }) => {
    await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/seed.json&lang=en');
    await ready(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('n');
    const first = await focused(page);
    expect(first.tag).toBe('button');
    expect(first.annotationId).toBeTruthy();
    await page.keyboard.press('n');
    const second = await focused(page);
    if ((await page.locator('button.flag').count()) > 1) expect(second.annotationId).not.toBe(first.annotationId);
    await page.keyboard.press('p');
    expect((await focused(page)).annotationId).toBe(first.annotationId);
    await page.keyboard.press('Enter');
    const card = page.locator('loupe-annotation-card#loupe-card');
    await expect(card).toBeVisible();
    await expect(page.locator(`button.flag[data-annotation-id="${first.annotationId}"]`)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`button.flag[data-annotation-id="${first.annotationId}"]`)).toHaveAttribute('aria-controls', 'loupe-card');
    await page.screenshot({ path: 'test-results/teacher-card.png' });
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    expect((await focused(page)).annotationId).toBe(first.annotationId);
  });

  test('single-key shortcuts can be turned off', async ({ page }) => {
    await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/seed.json&lang=en');
    await ready(page);
    await page.getByLabel('Single-key shortcuts').uncheck();
    await page.keyboard.press('n');
    expect((await focused(page)).annotationId).toBeUndefined();
  });

  test('filter by kind and reveal flags one by one', async ({ page }) => {
    await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/seed.json&lang=en');
    await ready(page);
    const total = await page.locator('button.flag').count();
    const kinds = await reportKinds(page);
    const k = kinds[0]!;
    const ofKind = await page.locator(`button.flag[data-kind="${k}"]`).count();
    await page.locator(`fieldset input[value="${k}"]`).uncheck();
    await expect(page.locator(`button.flag[data-kind="${k}"]`)).toHaveCount(0);
    await expect(page.locator(`mark[data-kind="${k}"]`)).toHaveCount(0);
    await expect(page.locator('button.flag')).toHaveCount(total - ofKind);
    await page.locator(`fieldset input[value="${k}"]`).check();
    await page.locator('[data-action="reveal-start"]').click();
    await expect(page.locator('button.flag')).toHaveCount(0);
    await page.locator('[data-action="reveal-next"]').click();
    await expect(page.locator('button.flag')).toHaveCount(1);
    await expect(page.locator('[role="status"][aria-live="polite"]')).toContainText('1');
    await page.locator('[data-action="reveal-all"]').click();
    await expect(page.locator('button.flag')).toHaveCount(total);
  });

  test('a broken report shows a clear error, never a blank box', async ({ page }) => {
    await fixtures(page, { 'bad.json': { body: '{"version":1,"lang":"fr"}', type: 'application/json' }, 'notjson.json': { body: '<html>', type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/bad.json&lang=en');
    await ready(page, 'error');
    await expect(page.locator('[role="alert"]')).toContainText('not a Loupe report');
    await page.goto('/embed.html?src=/__fixtures/missing.json&lang=fr');
    await ready(page, 'error');
    await expect(page.locator('[role="alert"]')).toContainText('404');
    await page.goto('/embed.html?src=/__fixtures/notjson.json&lang=es');
    await ready(page, 'error');
    await expect(page.locator('[role="alert"]')).toContainText('JSON');
  });
});

test.describe('notes review', () => {
  test('drafted notes show as "draft — AI"; the teacher approves, edits, rejects; the export keeps only reviewed notes; students see only those', async ({ page }) => {
    const report = JSON.parse(seedReportJson()) as { annotations: { id: string; kind: string; note?: unknown }[] };
    const mission = report.annotations.filter((a) => ['state-media', 'caption-mismatch', 'headline-framing', 'unsourced-claim'].includes(a.kind));
    test.skip(mission.length < 3, 'needs three mission-kind annotations');
    mission.slice(0, 3).forEach((a, i) => (a.note = { text: `Draft note ${i}`, question: `Question ${i}?`, check: `Check ${i}`, status: 'draft', model: 'test-model', createdAt: '2026-01-01T00:00:00Z' }));
    const ids = mission.slice(0, 3).map((a) => a.id);
    await fixtures(page, { 'notes.json': { body: JSON.stringify(report), type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/notes.json&lang=en');
    await ready(page);
    const card = page.locator('loupe-annotation-card');
    // 1: approve
    await page.locator(`button.flag[data-annotation-id="${ids[0]}"]`).click();
    await expect(card.locator('.status')).toHaveText('draft — AI');
    await card.locator('[data-action="approve"]').click();
    await expect(card.locator('.status')).toHaveText('approved');
    // 2: edit
    await page.locator(`button.flag[data-annotation-id="${ids[1]}"]`).click();
    await card.locator('[data-action="edit"]').click();
    await card.locator('textarea#nt').fill('Rewritten by the teacher');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.locator('.status')).toHaveText('edited by the teacher');
    await expect(card.locator('.note-text')).toHaveText('Rewritten by the teacher');
    // 3: reject
    await page.locator(`button.flag[data-annotation-id="${ids[2]}"]`).click();
    await card.locator('[data-action="reject"]').click();
    await expect(card.locator('.status')).toHaveText('rejected');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-report"]').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { annotations: { id: string; note?: { status: string; text: string } }[] };
    const note = (id: string) => exported.annotations.find((a) => a.id === id)?.note;
    expect(note(ids[0]!)?.status).toBe('approved');
    expect(note(ids[1]!)).toMatchObject({ status: 'edited', text: 'Rewritten by the teacher' });
    expect(note(ids[2]!)).toBeUndefined();
    // Students load the exported report: after comparing, only reviewed notes appear, without review buttons.
    await fixtures(page, { 'students.json': { body: JSON.stringify(exported), type: 'application/json' } });
    await page.goto('/embed.html?src=/__fixtures/students.json&mode=student&lang=en');
    await ready(page);
    await page.locator('[data-action="compare"]').click();
    await page.locator(`button.flag[data-annotation-id="${ids[1]}"]`).click();
    await expect(card.locator('.note-text')).toHaveText('Rewritten by the teacher');
    await expect(card.locator('[data-action="approve"]')).toHaveCount(0);
    await page.locator(`button.flag[data-annotation-id="${ids[2]}"]`).click();
    await expect(card.locator('loupe-notes-review')).toHaveCount(0);
  });
});
