import { test, expect } from '@playwright/test';
import { SEED_TEXT, fixtures, seedReportJson } from './helpers.js';

test('the embed page loads from URL parameters and posts its height (loupe:resize and lti.frameResize)', async ({ page }) => {
  await fixtures(page, { 'seed.json': { body: seedReportJson(), type: 'application/json' }, 'seed.txt': { body: SEED_TEXT } });
  await page.route('**/__test/lms.html', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>LMS</title></head><body>
        <iframe id="a" title="Loupe A" src="/embed.html?src=/__fixtures/seed.json&mode=teacher&lang=es" style="width:900px;height:300px"></iframe>
        <iframe id="b" title="Loupe B" src="/embed.html?article=/__fixtures/seed.txt&mode=student&lang=fr" style="width:900px;height:300px"></iframe>
        <script>window.msgs=[];addEventListener('message',e=>window.msgs.push({from: e.source === document.getElementById('a').contentWindow ? 'a' : 'b', data: e.data}))</script></body></html>`,
    }),
  );
  await page.goto('/__test/lms.html');
  const a = page.frameLocator('#a');
  const b = page.frameLocator('#b');
  await expect(a.locator('button.flag').first()).toBeVisible({ timeout: 60_000 });
  await expect(a.locator('loupe-annotator')).toHaveAttribute('lang', 'es');
  await expect(a.locator('.toolbar')).toContainText('Revelar');
  await expect(b.locator('loupe-student-panel')).toContainText('Vos annotations', { timeout: 60_000 });
  await expect(b.locator('loupe-annotator')).toHaveAttribute('mode', 'student');
  await page.waitForFunction(() => {
    const msgs = (window as unknown as { msgs: { from: string; data: { type?: string; subject?: string; height?: number } }[] }).msgs;
    return ['a', 'b'].every((f) => msgs.some((m) => m.from === f && m.data.type === 'loupe:resize' && (m.data.height ?? 0) > 300) && msgs.some((m) => m.from === f && m.data.subject === 'lti.frameResize'));
  }, null, { timeout: 30_000 });
});

test('embed.html refuses javascript: URLs in its parameters', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/embed.html?src=javascript:alert(1)&article=javascript:alert(2)&mode=teacher&lang=en');
  await expect(page.locator('[role="alert"]')).toContainText('No article to show');
  for (const u of requests) expect(u.startsWith('http://127.0.0.1:')).toBe(true);
});
