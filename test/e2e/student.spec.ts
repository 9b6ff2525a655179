import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixtures, focused, ready, seedReportJson, studentWork, tabTo } from './helpers.js';

async function openStudent(page: Page, lang = 'en') {
  await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
  await page.goto(`/embed.html?src=/__fixtures/seed.json&mode=student&lang=${lang}`);
  await ready(page);
  await page.waitForFunction(() => Boolean((document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { ready?: boolean })?.ready));
}

/** Add an annotation with the mouse-free path: sentence buttons, kind select, note, Add. */
async function addBySentence(page: Page, sentenceSteps: number, kindIndex: number, note: string) {
  for (let i = 0; i < sentenceSteps; i++) await page.locator('[data-action="next-sentence"]').click();
  await page.locator('select#kind').selectOption({ index: kindIndex });
  await page.locator('textarea#note').fill(note);
  await page.locator('[data-action="add"]').click();
}

test.describe('student mode', () => {
  test('blind first pass: no reference flags until compare; compare shows matched/missed/extra and a score', async ({ page }) => {
    await openStudent(page);
    const reference = await page.evaluate(() => (document.querySelector('loupe-annotator') as unknown as { report: { annotations: unknown[] } }).report.annotations.length);
    expect(reference).toBeGreaterThan(0);
    await expect(page.locator('[data-annotation-id]')).toHaveCount(0);
    await expect(page.locator('mark')).toHaveCount(0);
    await page.locator('[data-action="compare"]').click();
    await expect(page.locator('[data-testid="comparison"]')).toBeVisible();
    await expect(page.locator('button.flag[data-status="missed"]').first()).toBeVisible();
    await expect(page.locator('[role="status"][aria-live="polite"]')).not.toBeEmpty();
    await page.screenshot({ path: 'test-results/student-compare.png', fullPage: true });
  });

  test('keyboard only: move sentence by sentence, pick a kind, write a note, add, then compare', async ({ page }) => {
    await openStudent(page);
    // Shortcut keys: J moves to the next sentence (focus must be in the widget).
    await tabTo(page, (f) => f.action === 'next-sentence');
    await page.keyboard.press('Enter');
    await page.keyboard.press('j');
    const sel = await page.locator('[data-testid="selection"]').textContent();
    expect(sel?.trim().length).toBeGreaterThan(5);
    await expect(page.locator('.cursor').first()).toBeVisible();
    await page.keyboard.press('4'); // fourth kind
    await tabTo(page, (f) => f.tag === 'textarea');
    await page.keyboard.type('Who says so?');
    await tabTo(page, (f) => f.action === 'add');
    await page.keyboard.press('Enter');
    const work = await studentWork(page);
    // T tags the next sentence with the chosen kind, no form needed.
    await page.keyboard.press('j');
    await page.keyboard.press('1');
    await page.keyboard.press('t');
    const tagged = await studentWork(page);
    expect(tagged).toHaveLength(2);
    expect(tagged.map((a) => a.kind)).toContain('state-media');
    expect(work).toHaveLength(1);
    expect(work[0]!.kind).toBe('unsourced-claim');
    expect(work[0]!.note).toBe('Who says so?');
    expect(sel?.trim()).toBe(work[0]!.quote);
    await expect(page.locator(`button.flag[data-status="student"]`)).toHaveCount(2);
    // Open the student's own flag from the keyboard, then close it.
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    await expect(page.locator('loupe-annotation-card#loupe-card')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('loupe-annotation-card#loupe-card')).toHaveCount(0);
    await tabTo(page, (f) => f.action === 'compare');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid="comparison"]')).toBeVisible();
    await page.screenshot({ path: 'test-results/student-keyboard.png', fullPage: true });
  });

  test('a mouse selection in the article becomes the passage to annotate', async ({ page }) => {
    await openStudent(page);
    const p = page.locator('p.paragraph').first();
    const box = (await p.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + 5, { steps: 5 });
    await page.mouse.up();
    const sel = (await page.locator('[data-testid="selection"]').textContent())!.trim();
    const article = await page.evaluate(() => (document.querySelector('loupe-annotator') as unknown as { report: { article: { text: string } } }).report.article.text);
    expect(sel.length).toBeGreaterThan(3);
    expect(article).toContain(sel);
  });

  test('work survives a reload; edit and delete', async ({ page }) => {
    await openStudent(page);
    await addBySentence(page, 2, 0, 'first');
    await addBySentence(page, 1, 2, 'second');
    expect(await studentWork(page)).toHaveLength(2);
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => (document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { work?: { annotations: unknown[] } })?.work?.annotations.length === 2);
    await page.locator('ol.work li').first().locator('[data-action="edit"]').click();
    await page.locator('textarea#note').fill('first, edited');
    await page.locator('[data-action="add"]').click();
    await page.locator('ol.work li').nth(1).locator('[data-action="delete"]').click();
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => (document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { work?: { annotations: unknown[] } })?.work?.annotations.length === 1);
    expect((await studentWork(page))[0]!.note).toBe('first, edited');
  });

  test('export JSON-LD → import into a fresh browser is lossless; CSV exports', async ({ page, browser }) => {
    await openStudent(page);
    await addBySentence(page, 1, 1, 'Légende « hors sujet » — 😀 <b>not bold</b>');
    await addBySentence(page, 3, 3, 'línea 1\nlínea 2, "quoted"');
    const before = await studentWork(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-jsonld"]').click()]);
    const path = await download.path();
    const doc = JSON.parse(readFileSync(path!, 'utf8')) as { type?: string; first?: { items: { target: { selector: { type: string }[] } }[] } };
    const selectorTypes = JSON.stringify(doc).match(/TextQuoteSelector|TextPositionSelector/g) ?? [];
    expect(new Set(selectorTypes)).toEqual(new Set(['TextQuoteSelector', 'TextPositionSelector']));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('quoted');

    const fresh = await browser.newContext();
    const p2 = await fresh.newPage();
    await openStudent(p2);
    expect(await studentWork(p2)).toHaveLength(0);
    await p2.locator('input[type="file"]').setInputFiles(path!);
    await p2.waitForFunction(() => (document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { work?: { annotations: unknown[] } })?.work?.annotations.length === 2);
    expect(await studentWork(p2)).toEqual(before);
    await fresh.close();
  });

  test('submit posts loupe:submit with score and annotations to the parent window', async ({ page }) => {
    await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' } });
    await page.route('**/__test/lms.html', (r) =>
      r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><title>LMS</title></head><body><iframe title="Loupe" src="/embed.html?src=/__fixtures/seed.json&mode=student&lang=en" style="width:100%;height:900px"></iframe><script>window.msgs=[];addEventListener('message',e=>window.msgs.push(e.data))</script></body></html>` }),
    );
    await page.goto('/__test/lms.html');
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-action="next-sentence"]').click();
    await frame.locator('[data-action="add"]').click();
    await frame.locator('[data-action="submit"]').click();
    await page.waitForFunction(() => (window as unknown as { msgs: { type?: string }[] }).msgs.some((m) => m && m.type === 'loupe:submit'));
    const msg = await page.evaluate(() => (window as unknown as { msgs: { type?: string }[] }).msgs.find((m) => m && m.type === 'loupe:submit')) as { score: { percent: number; reference: number }; annotations: unknown[] };
    expect(msg.annotations).toHaveLength(1);
    expect(typeof msg.score.percent).toBe('number');
    expect(msg.score.reference).toBeGreaterThan(0);
  });
});
