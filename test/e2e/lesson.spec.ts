import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { AXE, fixtures, focused, ready, seedReportJson, tabTo } from './helpers.js';

type Ann = { id: string; kind: string; start: number; end: number; message: string; teacher?: { dismissed?: unknown; added?: boolean; original?: unknown } };
const MISSION = ['state-media', 'caption-mismatch', 'headline-framing', 'unsourced-claim'];

async function teacherReady(page: Page) {
  await ready(page);
  await page.waitForFunction(() => Boolean((document.querySelector('loupe-annotator') as unknown as { teacherEdited?: unknown }).teacherEdited));
}
const reference = (page: Page) => page.evaluate(() => (document.querySelector('loupe-annotator') as unknown as { referenceAnnotations(): Ann[] }).referenceAnnotations().map(({ id, kind, start, end, message }) => ({ id, kind, start, end, message })));
const teacherCursor = (page: Page) => page.evaluate(() => (document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-teacher-edit') as unknown as { cursor: { start: number; end: number } | null }).cursor);
const live = (page: Page) => page.locator('loupe-annotator [role="status"][aria-live="polite"]').first();

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const r = await page.evaluate(async () => {
    const res = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
  return r;
}

test('a teacher edits the reference, reloads, exports a lesson; a student compares against it', async ({ page, browser }) => {
  const reportJson = seedReportJson();
  const detectors = (JSON.parse(reportJson) as { annotations: Ann[]; score: { total: number } }).annotations;
  await fixtures(page, { 'seed.json': { body: reportJson, type: 'application/json' } });
  await page.goto('/embed.html?src=/__fixtures/seed.json&mode=teacher&lang=en');
  await teacherReady(page);
  const originalTotal = await page.evaluate(() => (document.querySelector('loupe-annotator') as unknown as { report: { score: { total: number } } }).report.score.total);

  // 1. Dismiss a mission flag, with a reason.
  const dismissed = detectors.find((a) => MISSION.includes(a.kind) && a.kind !== 'caption-mismatch')!;
  await page.locator(`button.flag[data-annotation-id="${dismissed.id}"]`).click();
  await page.locator('[data-action="dismiss-flag"]').click();
  await page.locator('loupe-flag-edit input#fr').fill('Not convincing here');
  await page.locator('[data-action="confirm-dismiss"]').click();
  await expect(page.locator(`button.flag[data-annotation-id="${dismissed.id}"]`)).toHaveCount(0);
  await expect(live(page)).toContainText('Flag dismissed');
  await expect(page.locator('ul.dismissed li')).toHaveCount(1);

  // 2. Add a flag with the keyboard only: sentence by sentence to a paragraph after the caption, kind, message, Add.
  await tabTo(page, (f) => f.action === 'next-sentence');
  const captionEnd = Math.max(...detectors.filter((a) => a.kind === 'caption-mismatch').map((a) => a.end), 0);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Enter');
    const c = await teacherCursor(page);
    if (c && c.start > captionEnd) break;
  }
  const cursor = (await teacherCursor(page))!;
  expect(cursor.start).toBeGreaterThan(captionEnd);
  await tabTo(page, (f) => f.id === 'te-kind');
  await page.keyboard.press('ArrowDown'); // second kind: caption-mismatch
  await tabTo(page, (f) => f.id === 'te-msg');
  await page.keyboard.type('This sentence is not what the photo shows.');
  await tabTo(page, (f) => f.action === 'add-flag');
  await page.keyboard.press('Enter');
  await expect(live(page)).toContainText('Flag added');
  let ref = await reference(page);
  const added = ref.find((a) => a.kind === 'caption-mismatch' && a.start >= cursor.start && a.end <= cursor.end)!;
  expect(added).toBeTruthy();
  await expect(page.locator(`button.flag[data-annotation-id="${added.id}"]`)).toHaveCount(1);

  // 3. Rewrite one message.
  const rewritten = ref.find((a) => a.id !== added.id && MISSION.includes(a.kind))!;
  await page.locator(`button.flag[data-annotation-id="${rewritten.id}"]`).click();
  await page.locator('[data-action="edit-flag"]').click();
  await page.locator('loupe-flag-edit textarea#fm').fill('Ask who else reports this.');
  await page.locator('[data-action="save-flag"]').click();
  await expect(page.locator('loupe-annotation-card .message')).toHaveText('Ask who else reports this.');
  await expect(page.locator('[data-testid="teacher-mark"]')).toBeVisible();
  await expect(page.locator('[data-testid="detectors-said"]')).toContainText(rewritten.message.slice(0, 20));
  expect(await axe(page)).toEqual([]);

  // The score is recomputed from the edited reference, its reasons naming the teacher's changes.
  const score = await page.evaluate(() => (document.querySelector('loupe-annotator') as unknown as { teacherScore: { total: number; criteria: { reasons: { text: string }[] }[] } }).teacherScore);
  expect(score.total).not.toBe(originalTotal);
  expect(score.criteria.flatMap((c) => c.reasons.map((r) => r.text)).join(' ')).toMatch(/(by the teacher|par l’enseignant|por el docente)/);
  expect(score.criteria.flatMap((c) => c.reasons.map((r) => r.text)).join(" ")).toContain("Not convincing here");

  // 4. Reload: everything kept.
  await page.reload();
  await teacherReady(page);
  ref = await reference(page);
  expect(ref.map((a) => a.id)).not.toContain(dismissed.id);
  expect(ref.map((a) => a.id)).toContain(added.id);
  expect(ref.find((a) => a.id === rewritten.id)!.message).toBe('Ask who else reports this.');
  await expect(page.locator('[data-testid="changes"]')).toContainText('1 added, 1 edited, 1 dismissed');

  // A broken lesson file is refused with the field named, and nothing the teacher made is lost.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-lesson"]').click()]);
  const lessonText = readFileSync((await download.path())!, 'utf8');
  const broken = JSON.parse(lessonText);
  broken.annotations[0].severity = 'dreadful';
  await page.locator('input[data-action="open-lesson"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(live(page)).toContainText('annotations[0].severity');
  await expect(live(page)).toContainText('Your edits are unchanged');
  expect(await reference(page)).toEqual(ref);

  const lesson = JSON.parse(lessonText) as { format: string; annotations: Ann[] };
  expect(lesson.format).toBe('loupe-lesson');
  expect(lesson.annotations.find((a) => a.id === dismissed.id)!.teacher?.dismissed).toBeTruthy();

  // 5. A student opens the lesson, marks the added passage, compares.
  const ctx = await browser.newContext();
  const sp = await ctx.newPage();
  await fixtures(sp, { 'lesson.json': { body: lessonText, type: 'application/json' }, 'seed.json': { body: reportJson, type: 'application/json' } });
  const mark = async (kind: string, start: number, end: number) => {
    await sp.evaluate(([s, e]) => (document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { select(a: number, b: number): void }).select(s as number, e as number), [start, end]);
    await sp.locator('select#kind').selectOption(kind);
    await sp.locator('[data-action="add"]').click();
  };
  const studentReady = () => sp.waitForFunction(() => Boolean((document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { ready?: boolean })?.ready));
  const comparison = () => sp.evaluate(() => {
    const c = (document.querySelector('loupe-annotator')!.shadowRoot!.querySelector('loupe-student-panel') as unknown as { comparison: { matched: { reference: { id: string } }[]; missed: { id: string }[]; extra: unknown[]; score: { matched: number; reference: number; percent: number } } }).comparison;
    return { matched: c.matched.map((m) => m.reference.id), missed: c.missed.map((m) => m.id), extra: c.extra.length, score: c.score };
  });
  await sp.goto('/embed.html?lesson=/__fixtures/lesson.json&mode=student&lang=en');
  await ready(sp);
  await studentReady();
  await mark('caption-mismatch', added.start, added.end);
  await sp.locator('[data-action="compare"]').click();
  const withLesson = await comparison();
  expect(withLesson.matched).toContain(added.id);
  expect([...withLesson.matched, ...withLesson.missed]).not.toContain(dismissed.id);

  // The same work against the detectors' report: the added flag is not there, the dismissed one is.
  await sp.goto('/embed.html?src=/__fixtures/seed.json&mode=student&lang=en');
  await ready(sp);
  await studentReady();
  await sp.locator('[data-action="compare"]').click();
  const withDetectors = await comparison();
  expect(withDetectors.missed).toContain(dismissed.id);
  expect(withDetectors.matched).not.toContain(added.id);
  // One flag taken out, one put in: as many to find, but the student's one mark only finds the teacher's.
  expect(withLesson.score.reference).toBe(withDetectors.score.reference);
  expect(withLesson.score.matched).toBe(withDetectors.score.matched + 1);
  expect(withLesson.score.percent).toBeGreaterThan(withDetectors.score.percent);
  await ctx.close();
});

function cliLesson(): string {
  const root = new URL('../../', import.meta.url).pathname;
  return execFileSync('node', [`${root}bin/loupe.js`, 'lesson', `${root}examples/presstv-fr-coalition.txt`, '--instructions', 'Find what needs a source.'], { encoding: 'utf8' });
}

test('a lesson in teacher mode shows the changes; reorder and undo from the keyboard; students see the instructions; a broken lesson names the field', async ({ page }) => {
  const lesson = JSON.parse(cliLesson()) as { annotations: (Ann & { teacher?: unknown })[] };
  const target = lesson.annotations.find((a) => MISSION.includes(a.kind))!;
  target.teacher = { dismissed: { reason: 'hand-edited' } };
  const broken = JSON.parse(JSON.stringify(lesson));
  delete broken.annotations[1].quote;
  await fixtures(page, { 'l.json': { body: JSON.stringify(lesson), type: 'application/json' }, 'bad.json': { body: JSON.stringify(broken), type: 'application/json' } });
  await page.goto('/embed.html?lesson=/__fixtures/l.json&mode=teacher&lang=fr');
  await teacherReady(page);
  await expect(page.locator('[data-testid="changes"]')).toContainText('1 écarté');
  await expect(page.locator('ul.dismissed li')).toContainText('hand-edited');
  await expect(page.locator(`button.flag[data-annotation-id="${target.id}"]`)).toHaveCount(0);

  // Reorder with the keyboard: the second flag's "earlier" button, then undo.
  const before = (await reference(page)).map((a) => a.id);
  const second = before[1]!;
  await page.locator(`button[data-move="${second}"][data-dir="-1"]`).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await reference(page)).map((a) => a.id).slice(0, 2)).toEqual([second, before[0]]);
  await expect(live(page)).toContainText('position 1');
  expect((await focused(page)).tag).toBe('button');
  await tabTo(page, (f) => f.action === 'undo', 200, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await reference(page)).map((a) => a.id)).toEqual(before);
  // Restore the dismissed flag.
  await page.locator('[data-action="restore"]').click();
  await expect(page.locator(`button.flag[data-annotation-id="${target.id}"]`)).toHaveCount(1);

  // Student mode: instructions shown; the reference excludes the dismissed flag.
  await page.goto('/embed.html?lesson=/__fixtures/l.json&mode=student&lang=en');
  await ready(page);
  await expect(page.locator('[data-testid="instructions"]')).toHaveText('Find what needs a source.');
  expect((await reference(page)).map((a) => a.id)).not.toContain(target.id);

  // A hand-broken lesson: the widget names the field.
  await page.goto('/embed.html?lesson=/__fixtures/bad.json&mode=student&lang=en');
  await ready(page, 'error');
  await expect(page.locator('[part="error"]')).toContainText('annotations[1].quote');
});
