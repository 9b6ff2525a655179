/**
 * Generators of hostile and broken HTML pages for the bounded-work suite, and a measuring harness: analyze()
 * over linkedom, with counters of the work the HTML budget did and of the DOM the expensive passes received.
 */
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/core/analyze.js';
import type { Report } from '../../src/core/model/report.js';
import { boundHtml } from '../../src/core/parse/budget.js';

const WORDS = ['le', 'gouvernement', 'a', 'annoncé', 'mardi', 'une', 'réforme', 'selon', 'un', 'communiqué', 'du', 'ministère', 'des', 'experts', 'ont', 'critiqué', 'cette', 'décision', 'à', 'Paris'];
/** A sentence of `n` words that varies with `i`. */
export const sentence = (i: number, n = 14) => {
  const w = Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3 + ((i >> 3) % 5)) % WORDS.length]);
  return `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};
const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8"><title>Une page de test</title>${head}</head><body><h1>Une page de test hostile</h1>${body}</body></html>`;
const lead = `<p>${sentence(1, 30)} ${sentence(2, 30)}</p>`;

export const pages = {
  /** `n` nested divs around one paragraph. */
  deep: (n: number) => page(`${'<div>'.repeat(n)}${lead}${'</div>'.repeat(n)}`),
  /** The same bytes as deep(n), flat: `n` empty sibling divs, then the paragraph. */
  flat: (n: number) => page(`${'<div></div>'.repeat(n)}${lead}`),
  /** `n` sibling paragraphs. */
  siblings: (n: number) => page(`<article>${lead}${Array.from({ length: n }, (_, i) => `<p>${sentence(i, 4)}</p>`).join('')}</article>`),
  /** One element with `n` attributes. */
  attributes: (n: number) => page(`<article><div ${Array.from({ length: n }, (_, i) => `data-x${i}="v${i}"`).join(' ')}>${lead}</div></article>`),
  /** One paragraph of about `n` characters. */
  hugeText: (n: number) => {
    const parts: string[] = [];
    for (let i = 0, len = 0; len < n; i++) (parts.push(sentence(i)), (len += 90));
    return page(`<article><p>${parts.join(' ')}</p></article>`);
  },
  /** `n` groups of tags that are never closed. */
  unclosed: (n: number) => page(`<article>${Array.from({ length: n }, (_, i) => `<div><b><i><span><p>${sentence(i, 6)}`).join('')}`),
  /** `n` figures with captions between paragraphs. */
  figures: (n: number) => page(`<article>${lead}${Array.from({ length: n }, (_, i) => `<figure><img src="/p${i}.jpg" alt="photo ${i}"><figcaption>${sentence(i + 3, 6)} (AFP photo)</figcaption></figure><p>${sentence(i, 12)}</p>`).join('')}</article>`),
  /** `n` links, ten to a paragraph. */
  links: (n: number) => page(`<article>${lead}${Array.from({ length: Math.ceil(n / 10) }, (_, p) => `<p>${Array.from({ length: 10 }, (_, k) => `<a href="https://example.org/${p}/${k}">${sentence(p * 10 + k, 3)}</a>`).join(' ')}</p>`).join('')}</article>`),
};

export interface Measure {
  ms: number;
  /** Work counted by the budget's pass (tokens plus stack entries examined). */
  budgetOps: number;
  /** Elements and deepest nesting of every DOM the pipeline built (the page, Readability's output). */
  domElements: number;
  domDepth: number;
  report: Report;
}

/** Elements and depth of a DOM, by an explicit-stack walk (no recursion limit). */
export function domSize(doc: Document): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { elements, depth };
}

export async function measure(html: string): Promise<Measure> {
  let domElements = 0;
  let domDepth = 0;
  const parseDocument = (h: string) => {
    const doc = parseHTML(h).document as unknown as Document;
    const s = domSize(doc);
    domElements += s.elements;
    domDepth = Math.max(domDepth, s.depth);
    return doc;
  };
  const budgetOps = boundHtml(html).stats.ops;
  const t0 = performance.now();
  const report = await analyze(html, { format: 'html', parseDocument, rubric: null });
  const ms = performance.now() - t0;
  return { ms, budgetOps, domElements, domDepth, report };
}

/** The fastest of `runs` side-by-side runs of each page, alternating, so machine load hits both alike. */
export async function sideBySide(a: string, b: string, runs = 3): Promise<[Measure, Measure]> {
  let best: [Measure, Measure] | undefined;
  for (let r = 0; r < runs; r++) {
    const ma = await measure(a);
    const mb = await measure(b);
    best = best ? [ma.ms < best[0].ms ? ma : best[0], mb.ms < best[1].ms ? mb : best[1]] : [ma, mb];
  }
  return best!;
}
