import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boundHtml, HTML_BUDGET, type HtmlBudget } from '../../src/core/parse/budget.js';
import { domSize } from '../../scripts/lib/hostile-pages.js';

const doc = (h: string) => parseHTML(h).document as unknown as Document;
/** The text a parser sees, whitespace removed (flattening may add line breaks where block tags were). */
const letters = (h: string) => (doc(h).body?.textContent ?? '').replace(/\s+/g, '');
const small: HtmlBudget = { maxDepth: 8, maxElements: 40, maxAttributes: 3, maxFormatting: 3 };
const REAL = new URL('../../../shared/data/realpages/', import.meta.url);

describe('HTML budget (parse/budget.ts)', () => {
  it.skipIf(!existsSync(REAL))('leaves every real news page (../shared/data/realpages) byte for byte as it is', () => {
    const names = readdirSync(REAL).filter((n) => statSync(new URL(n, REAL)).isDirectory());
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) {
      const html = readFileSync(new URL(`${n}/source.html`, REAL), 'utf8');
      const r = boundHtml(html);
      expect(r.warnings, n).toEqual([]);
      // Only an iframe's fallback content with tags may go (browsers never parse it as markup).
      if (r.changed) expect(r.html.length, n).toBeLessThan(html.length);
      else expect(r.html).toBe(html);
      expect(r.stats.depth, n).toBeLessThanOrEqual(HTML_BUDGET.maxDepth);
    }
  });

  it('flattens below the depth limit: the DOM is at most one level deeper than the limit, the text is all kept', () => {
    const html = `<html><body>${'<div><section>'.repeat(20)}<h2>Sous-titre</h2><p>Premier <b>paragraphe</b></p><ul><li>un<li>deux</ul>${'</section></div>'.repeat(20)}<p>Après</p></body></html>`;
    const r = boundHtml(html, { ...small, maxElements: 1000 });
    expect(r.changed).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/nests elements 4\d levels deep; below level 8/);
    const d = doc(r.html);
    expect(domSize(d).depth).toBeLessThanOrEqual(small.maxDepth + 1);
    expect(letters(r.html)).toBe(letters(html));
    // Leaf blocks survive as blocks, side by side.
    expect(Array.from(d.querySelectorAll('h2')).map((e) => e.textContent)).toEqual(['Sous-titre']);
    expect(Array.from(d.querySelectorAll('p')).map((e) => e.textContent)).toEqual(['Premier paragraphe', 'un', 'deux', 'Après']);
  });

  it('keeps the text past the element limit in one paragraph, drops scripts and comments there', () => {
    const html = `<html><head><title>T</title></head><body>${Array.from({ length: 100 }, (_, i) => `<p>mot${i}</p><!-- c${i} --><script>var s${i}</script>`).join('')}</body></html>`;
    const r = boundHtml(html, small);
    expect(r.warnings.join(' ')).toMatch(/has 30\d elements; past the first 40 its markup was dropped/);
    const d = doc(r.html);
    expect(domSize(d).elements).toBeLessThanOrEqual(small.maxElements + 10);
    const body = d.body.textContent ?? '';
    for (let i = 0; i < 100; i++) expect(body).toContain(`mot${i}`);
    expect(body).not.toContain('var s99');
  });

  it('drops attributes past the limit and says how many', () => {
    const r = boundHtml(`<p a="1" b='2' c=3 d e="x>y">texte</p>`, small);
    expect(r.html).toBe(`<p a="1" b='2' c=3>texte</p>`);
    expect(r.warnings).toEqual(['html budget: 1 element had more than 3 attributes; 2 extra attributes were dropped']);
  });

  it('closes what an unclosed or misnested page leaves open, explicitly', () => {
    const r = boundHtml(`<html><body><div><p>a<div><p>b<ul><li>c<li>d</ul><table><tr><td>e<td>f</table>${'<span>'.repeat(12)}g`, small);
    expect(r.changed).toBe(true);
    const d = doc(r.html);
    expect(Array.from(d.querySelectorAll('li')).map((e) => e.textContent)).toEqual(['c', 'd']);
    expect(Array.from(d.querySelectorAll('td')).map((e) => e.textContent)).toEqual(['e', 'f']);
    expect(letters(r.html)).toBe('abcdefg');
    // Every element it opened is closed: the tags balance.
    const opened = (r.html.match(/<(?!\/|!)[a-z]+/g) ?? []).length;
    const closed = (r.html.match(/<\/[a-z]+/g) ?? []).length;
    expect(closed).toBeGreaterThanOrEqual(opened - 1); // the void <br>s and the phantom tbody aside
  });

  it('never treats script, style or comment content as markup, and honours raw-text ends', () => {
    const inner = '<div>'.repeat(50);
    const html = `<body><script>var x = "${inner}";</script><style>/* ${inner} */</style><!-- ${inner} --><textarea>${inner}</textarea><p>ok</p></body>`;
    const r = boundHtml(html, small);
    expect(r.changed).toBe(false);
    expect(r.stats.depth).toBeLessThan(small.maxDepth);
  });

  it('caps open inline formatting elements, which HTML parsers re-create in later blocks', () => {
    const html = `<html><body>${Array.from({ length: 30 }, (_, i) => `<b class="c${i}">`).join('')}<p>un</p><p>deux</p></body></html>`;
    const r = boundHtml(html, { ...small, maxDepth: 64 });
    expect(r.warnings.some((w) => /more than 3 inline formatting/.test(w))).toBe(true);
    expect(letters(r.html)).toBe('undeux');
    expect(doc(r.html).querySelectorAll('b').length).toBeLessThanOrEqual(3);
  });

  it('is linear: ten times the tokens, about ten times the work, at any depth', () => {
    for (const make of [(n: number) => '<div>'.repeat(n) + '</div>'.repeat(n), (n: number) => '<div></div>'.repeat(n), (n: number) => '<p><b>x'.repeat(n), (n: number) => `<div ${'a=1 '.repeat(n)}>`]) {
      const a = boundHtml(make(2_000)).stats.ops;
      const b = boundHtml(make(20_000)).stats.ops;
      expect(b / a).toBeLessThanOrEqual(12);
    }
  });
});
