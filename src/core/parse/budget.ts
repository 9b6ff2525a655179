/**
 * A work budget for HTML, applied before any DOM is built: one linear pass over the HTML string with a
 * tokenizer and a simplified model of the tree builder's stack of open elements (implied end tags for
 * p, li, dd/dt, option, table rows and cells, headings, links). It never builds a DOM.
 *
 * Why: Readability's passes cost far more than linearly in the nesting depth (its conditional cleaning
 * measures every container's whole subtree, for every container), so a page of 1,000 nested `<div>`s took
 * 15 s and one of 3,000 more than a minute. Within the budget the page is returned unchanged, byte for byte.
 * Beyond it the page is rewritten, and a warning says what was cut:
 *
 * - deeper than `maxDepth`: tags are flattened — leaf blocks (p, h1–h6, li, blockquote, figcaption, pre, dd,
 *   dt, td, th) are kept side by side as one level of `<p>` (or `<hN>`, `<figcaption>`), every other tag is
 *   dropped (a block tag leaves a line break so words do not run together); the text is kept;
 * - past `maxElements` elements: every further tag is dropped and the rest of the text is kept in one
 *   paragraph (scripts, styles and comments are dropped);
 * - more than `maxAttributes` attributes on one element: the extra attributes are dropped;
 * - more than `maxFormatting` open inline formatting elements (b, i, font…, which the HTML parser may
 *   re-create in every later block): further ones are flattened as if too deep.
 *
 * The rewritten page is well nested: every element it opens is closed explicitly, so the DOM either parser
 * builds from it (linkedom in Node, DOMParser in the browser) is at most `maxDepth` + 1 deep.
 * Every step is O(1) amortized or bounded by `maxDepth`: the pass is linear in the length of the HTML.
 */

export interface HtmlBudget {
  /** Deepest element nesting kept as is (html and body count as two levels). */
  maxDepth: number;
  /** Elements (start tags, comments included) kept with their structure. */
  maxElements: number;
  /** Attributes kept on one element. */
  maxAttributes: number;
  /** Open inline formatting elements (b, i, em, font…) kept nested. */
  maxFormatting: number;
}

/**
 * The real pages in ../shared/data/realpages (Readability's test pages, 28 news sites) nest at most 34 deep,
 * with at most 2,700 elements and up to 70 attributes on an element: the budget leaves them as they are (an
 * iframe whose fallback content holds tags loses that content, which browsers never parse as markup).
 */
export const HTML_BUDGET: Readonly<HtmlBudget> = Object.freeze({ maxDepth: 64, maxElements: 20_000, maxAttributes: 256, maxFormatting: 16 });

export interface BudgetStats {
  /** Start tags and comments seen. */
  elements: number;
  /** Deepest nesting seen in the input (by the simplified model). */
  depth: number;
  /** Tags flattened (dropped or made flat) because they lay too deep. */
  flattened: number;
  /** Of those, inline formatting elements past `maxFormatting`. */
  formatting: number;
  /** Tags dropped past the element budget. */
  dropped: number;
  /** Attributes dropped. */
  attributes: number;
  /** Elements in the returned HTML. */
  kept: number;
  /** Work done: tokens read plus stack entries examined (a counter for linearity tests). */
  ops: number;
}

export interface BoundedHtml {
  /** The input itself when within the budget, else the rewritten page. */
  html: string;
  changed: boolean;
  /** One line per cut, for the report's `warnings`. */
  warnings: string[];
  stats: BudgetStats;
}

const set = (s: string) => new Set(s.split(','));
const VOID = set('area,base,basefont,bgsound,br,col,embed,frame,hr,image,img,input,keygen,link,meta,param,source,track,wbr');
/** Raw-text elements for both htmlparser2 (linkedom) and browsers: their content is never markup. */
const RAW = set('script,style,title,textarea,xmp');
/** Raw text for browsers, markup for htmlparser2: kept only when their content holds no tag. */
const RAW_BROWSER = set('iframe,noembed,noframes');
/** Start tags that close an open p (in button scope). */
const CLOSES_P = set('address,article,aside,blockquote,center,details,dialog,dir,div,dl,fieldset,figcaption,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hgroup,hr,main,menu,nav,ol,p,pre,listing,section,summary,table,ul,li,dd,dt');
/** Where the search for an open p, li, a… stops (a simplified "scope"). */
const SCOPE = set('applet,caption,html,table,td,th,marquee,object,template,button,svg,math');
const LIST_SCOPE = set('applet,caption,html,table,td,th,marquee,object,template,ul,ol,dl,svg,math');
const HEADING = set('h1,h2,h3,h4,h5,h6');
const FORMATTING = set('a,b,big,code,em,font,i,nobr,s,small,strike,strong,tt,u');
/** Leaf blocks kept (flat) when their ancestors are flattened; the same list html.ts reads text blocks from. */
const LEAF = set('h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,dd,dt,td,th');
const INLINE = set('a,abbr,b,bdi,bdo,big,cite,code,data,dfn,em,font,i,kbd,mark,nobr,q,rp,rt,ruby,s,samp,small,span,strike,strong,sub,sup,time,tt,u,var,wbr,label,img,br');
/** Start and end tags that never open an element in the model (the document's own skeleton). */
const SKELETON = set('html,head,body');
/** How far the search for an end tag's element goes among the flattened elements. */
const DEEP_SEARCH = 16;

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

const rawEnd = new Map<string, RegExp>();
function endOfRaw(html: string, name: string, from: number): { contentEnd: number; end: number } {
  let re = rawEnd.get(name);
  if (!re) rawEnd.set(name, (re = new RegExp(`</${name}(?=[\\t\\n\\f\\r />])`, 'gi')));
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return { contentEnd: html.length, end: html.length };
  const gt = html.indexOf('>', m.index);
  return { contentEnd: m.index, end: gt < 0 ? html.length : gt + 1 };
}

/** Apply the budget to an HTML page (see the module comment). Linear in `html.length`. */
export function boundHtml(html: string, budget: Readonly<HtmlBudget> = HTML_BUDGET): BoundedHtml {
  const n = html.length;
  const out: string[] = [];
  const stats: BudgetStats = { elements: 0, depth: 0, flattened: 0, formatting: 0, dropped: 0, attributes: 0, kept: 0, ops: 0 };
  /** Open elements kept in the output (names; 'tbody!' is a tbody the parser adds on its own). */
  const stack: string[] = [];
  /** Open elements flattened away (names), when deeper than the budget. */
  const deep: string[] = [];
  /** The flat leaf block emitted for a flattened element: its name in the output and its index in `deep`. */
  let leaf: { tag: string; at: number } | null = null;
  let formatting = 0;
  let foreign = 0; // open svg and math elements in the stack
  let cursor = 0; // input copied to `out` up to here
  let changed = false;
  let over = false; // past the element budget
  let overLeaf = false; // the paragraph that holds the text past the element budget is open
  let overDepth = 0; // past the element budget, nesting is only counted (start tags less end tags)
  let attrElements = 0;
  const BASE = 2; // html and body

  const emit = (s: string) => {
    if (s === '\n' && out[out.length - 1] === '\n') return; // one line break stands for a run of dropped block tags
    out.push(s);
  };
  const copy = (to: number) => {
    if (to > cursor) out.push(html.slice(cursor, to));
    cursor = to;
  };
  const skip = (to: number, replacement = '') => {
    changed = true;
    if (replacement) out.push(replacement);
    cursor = to;
  };
  const closeTag = (name: string) => `</${name === 'tbody!' ? 'tbody' : name}>`;
  const popTo = (index: number) => {
    // Pop stack[index..] and close them explicitly.
    for (let k = stack.length - 1; k >= index; k--) {
      const name = stack[k]!;
      if (FORMATTING.has(name)) formatting--;
      else if (name === 'svg' || name === 'math') foreign--;
      emit(closeTag(name));
    }
    stack.length = index;
  };
  /** Index of the nearest open `name` in the stack, searching down to a scope boundary; -1 if none. */
  const findOpen = (names: Set<string> | string, scope: Set<string>): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      stats.ops++;
      const s = stack[k]!;
      if (typeof names === 'string' ? s === names : names.has(s)) return k;
      if (scope.has(s)) return -1;
    }
    return -1;
  };
  const closeLeaf = () => {
    if (leaf) emit(`</${leaf.tag}>`);
    leaf = null;
  };
  const popDeep = (index: number) => {
    if (leaf && leaf.at >= index) closeLeaf();
    deep.length = index;
  };
  /** Implied end tags before a start tag opens (within the kept stack, or the flattened one's top). */
  const impliedClose = (name: string) => {
    if (deep.length) {
      const top = deep[deep.length - 1]!;
      if ((top === 'p' && CLOSES_P.has(name)) || (top === name && (name === 'li' || name === 'dd' || name === 'dt' || name === 'option' || name === 'a' || name === 'tr' || name === 'td' || name === 'th')) || (HEADING.has(top) && HEADING.has(name))) popDeep(deep.length - 1);
      return;
    }
    if (CLOSES_P.has(name)) {
      const k = findOpen('p', SCOPE);
      if (k >= 0) popTo(k);
    }
    if (name === 'li') {
      const k = findOpen('li', LIST_SCOPE);
      if (k >= 0) popTo(k);
    } else if (name === 'dd' || name === 'dt') {
      const k = findOpen(DDT, LIST_SCOPE);
      if (k >= 0) popTo(k);
    } else if (HEADING.has(name) && stack.length && HEADING.has(stack[stack.length - 1]!)) popTo(stack.length - 1);
    else if ((name === 'option' || name === 'optgroup') && stack[stack.length - 1] === 'option') popTo(stack.length - 1);
    else if (name === 'a') {
      const k = findOpen('a', SCOPE);
      if (k >= 0) popTo(k);
    } else if (name === 'tr') {
      const k = findOpen(ROW, TABLE_SCOPE);
      if (k >= 0) popTo(k);
    } else if (name === 'td' || name === 'th') {
      const k = findOpen(CELL, TABLE_SCOPE);
      if (k >= 0) popTo(k);
    }
  };
  /** Past the element budget: close the flattened elements (the open stack stays open to the end). */
  const startOver = () => {
    over = true;
    changed = true;
    overDepth = deep.length;
    if (deep.length) popDeep(0);
  };
  const DDT = set('dd,dt');
  const ROW = set('tr');
  const CELL = set('td,th');
  const TABLE_SCOPE = set('table,html,template');

  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    stats.ops++;
    const c = html.charCodeAt(lt + 1);
    let end: number;
    let kind: 'start' | 'end' | 'comment' | 'decl';
    let name = '';
    let selfClosing = false;
    let attrs = 0;
    let attrCut = -1; // where the last kept attribute ends, when some are dropped
    if (c === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        kind = 'comment';
        if (html.startsWith('>', lt + 4)) end = lt + 5;
        else if (html.startsWith('->', lt + 4)) end = lt + 6;
        else {
          const e = html.indexOf('-->', lt + 4);
          end = e < 0 ? n : e + 3;
        }
      } else {
        kind = 'decl';
        const e = html.indexOf('>', lt + 2);
        end = e < 0 ? n : e + 1;
      }
    } else if (c === 63 /* ? */ || (c === 47 /* / */ && !isAlpha(html.charCodeAt(lt + 2)))) {
      kind = 'comment';
      const e = html.indexOf('>', lt + 2);
      end = e < 0 ? n : e + 1;
    } else if (isAlpha(c) || c === 47) {
      kind = c === 47 ? 'end' : 'start';
      let j = kind === 'end' ? lt + 2 : lt + 1;
      const nameStart = j;
      while (j < n) {
        const d = html.charCodeAt(j);
        if (isSpace(d) || d === 47 || d === 62) break;
        j++;
      }
      name = html.slice(nameStart, j).toLowerCase();
      // Attributes, quote-aware, up to the closing '>'.
      end = n;
      while (j < n) {
        const d = html.charCodeAt(j);
        if (isSpace(d)) {
          j++;
          continue;
        }
        if (d === 62) {
          end = j + 1;
          break;
        }
        if (d === 47) {
          if (html.charCodeAt(j + 1) === 62) {
            selfClosing = true;
            end = j + 2;
            break;
          }
          j++;
          continue;
        }
        // An attribute name (a leading '=' belongs to it), then maybe '=' and a value.
        j++;
        while (j < n) {
          const e = html.charCodeAt(j);
          if (isSpace(e) || e === 47 || e === 62 || e === 61) break;
          j++;
        }
        let k = j;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        if (html.charCodeAt(k) === 61 /* = */) {
          k++;
          while (k < n && isSpace(html.charCodeAt(k))) k++;
          const q = html.charCodeAt(k);
          if (q === 34 || q === 39) {
            const close = html.indexOf(q === 34 ? '"' : "'", k + 1);
            j = close < 0 ? n : close + 1;
          } else {
            j = k;
            while (j < n) {
              const e = html.charCodeAt(j);
              if (isSpace(e) || e === 62) break;
              j++;
            }
          }
        }
        attrs++;
        if (attrs === budget.maxAttributes) attrCut = j;
      }
    } else {
      i = lt + 1; // a '<' that starts no tag is text
      continue;
    }

    // Text before the token.
    if (over) {
      if (lt > cursor) {
        if (!overLeaf) (emit('<p>'), (overLeaf = true));
        copy(lt);
      }
    } else copy(lt);

    if (kind === 'comment' || kind === 'decl') {
      stats.elements++;
      if (!over && stats.elements > budget.maxElements) startOver();
      if (over) stats.dropped++;
      if (over || deep.length) skip(end);
      else {
        if (kind === 'comment') stats.kept++;
        copy(end);
      }
      i = end;
      continue;
    }

    if (kind === 'end') {
      if (SKELETON.has(name) || VOID.has(name)) {
        if (over || deep.length) skip(end);
        else copy(end);
        i = end;
        continue;
      }
      if (deep.length) {
        let k = -1;
        for (let d = deep.length - 1; d >= 0 && d >= deep.length - DEEP_SEARCH; d--) {
          stats.ops++;
          if (deep[d] === name) {
            k = d;
            break;
          }
        }
        if (k >= 0) {
          stats.flattened++;
          popDeep(k);
          skip(end, INLINE.has(name) ? '' : '\n');
          i = end;
          continue;
        }
        const s = findOpen(name, EMPTY);
        if (s < 0) {
          skip(end); // a stray end tag among flattened elements
          i = end;
          continue;
        }
        popDeep(0);
        changed = true;
        cursor = end;
        popTo(s);
        i = end;
        continue;
      }
      const s = findOpen(name, EMPTY);
      if (over && overDepth > 0) overDepth--;
      if (over) {
        if (s >= 0 && !INLINE.has(name) && overLeaf) emit('\n');
        skip(end);
      } else if (s < 0) copy(end); // a stray end tag: left as is (parsers ignore it, or make an empty p)
      else {
        // Close what the end tag implies, explicitly, then the element itself.
        cursor = end;
        popTo(s);
      }
      i = end;
      continue;
    }

    // A start tag.
    stats.elements++;
    if (attrCut >= 0) {
      stats.attributes += attrs - budget.maxAttributes;
      attrElements++;
    }
    const raw = RAW.has(name) || RAW_BROWSER.has(name);
    const tagEnd = end;
    let contentEnd = end;
    if (raw && !selfClosing) ({ contentEnd, end } = endOfRaw(html, name, end));
    // Self-closing syntax closes only in svg and math (and, approximately, among flattened elements).
    const isVoid = VOID.has(name) || (selfClosing && (foreign > 0 || deep.length > 0));
    if (!over && stats.elements > budget.maxElements) startOver();
    if (over) {
      stats.dropped++;
      if (!isVoid && !raw && ++overDepth + BASE + stack.length > stats.depth) stats.depth = overDepth + BASE + stack.length;
      if (!raw && !INLINE.has(name) && overLeaf) emit('\n');
      skip(end);
      i = end;
      continue;
    }
    if (SKELETON.has(name)) {
      if (deep.length) skip(end);
      else copy(end);
      i = end;
      continue;
    }
    impliedClose(name);
    const depth = BASE + stack.length + deep.length + (isVoid ? 0 : 1);
    if (depth > stats.depth) stats.depth = depth;
    const tooDeep = deep.length > 0 || (!isVoid && (BASE + stack.length + 1 > budget.maxDepth || (FORMATTING.has(name) && formatting >= budget.maxFormatting)));
    if (tooDeep) {
      stats.flattened++;
      if (!deep.length && BASE + stack.length + 1 <= budget.maxDepth) stats.formatting++;
      changed = true;
      cursor = end;
      if (raw || name === 'svg' || name === 'math') {
        if (!isVoid && !raw) deep.push(name);
        i = end;
        continue;
      }
      if (LEAF.has(name)) {
        closeLeaf();
        const tag = HEADING.has(name) || name === 'figcaption' ? name : 'p';
        emit(`<${tag}>`);
        stats.kept++;
        if (!isVoid) leaf = { tag, at: deep.length };
        else leaf = null;
      } else if (name === 'br') emit('<br>');
      else if (!INLINE.has(name)) {
        if (leaf) closeLeaf();
        else emit('\n');
      }
      if (!isVoid) deep.push(name);
      i = end;
      continue;
    }
    // Kept as is (minus extra attributes; minus the content of browser-only raw text that holds tags).
    stats.kept++;
    if (attrCut >= 0) {
      changed = true;
      emit(html.slice(lt, attrCut) + (selfClosing ? '/>' : '>'));
      cursor = tagEnd;
    } else copy(tagEnd);
    if (raw && !selfClosing) {
      if (RAW_BROWSER.has(name)) {
        const tag = html.indexOf('<', tagEnd);
        if (tag >= 0 && tag < contentEnd) skip(contentEnd);
      }
      copy(end);
      i = end;
      continue;
    }
    if (!isVoid) {
      if (name === 'tr' && stack[stack.length - 1] === 'table') stack.push('tbody!');
      stack.push(name);
      if (FORMATTING.has(name)) formatting++;
      else if (name === 'svg' || name === 'math') foreign++;
    }
    i = end;
  }

  if (!changed) return { html, changed: false, warnings: [], stats };
  if (over) {
    if (n > cursor) {
      const rest = html.slice(cursor);
      if (rest.trim()) {
        if (!overLeaf) (emit('<p>'), (overLeaf = true));
        emit(rest);
      }
    }
    if (overLeaf) emit('</p>');
  } else copy(n);
  popDeep(0);
  popTo(0);
  const warnings: string[] = [];
  const num = (x: number) => x.toLocaleString('en-US');
  if (stats.depth > budget.maxDepth) warnings.push(`html budget: the page nests elements ${num(stats.depth)} levels deep; below level ${budget.maxDepth} its markup was flattened (${num(stats.flattened)} tags; the text is kept)`);
  if (stats.formatting) warnings.push(`html budget: the page leaves more than ${budget.maxFormatting} inline formatting elements (b, i, font…) open; the markup inside them was flattened (the text is kept)`);
  if (over) warnings.push(`html budget: the page has ${num(stats.elements)} elements; past the first ${num(budget.maxElements)} its markup was dropped (${num(stats.dropped)} tags) and the rest of its text kept as one paragraph`);
  if (stats.attributes) warnings.push(`html budget: ${num(attrElements)} element${attrElements === 1 ? '' : 's'} had more than ${budget.maxAttributes} attributes; ${num(stats.attributes)} extra attributes were dropped`);
  return { html: out.join(''), changed: true, warnings, stats };
}

const EMPTY = new Set<string>();
