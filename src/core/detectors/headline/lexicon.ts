import type { Lang } from '../../model/article.js';
import { fold } from '../../text/fold.js';

/** The persuasion techniques a headline cue is named after (SemEval-2020 task 11 / 2023 task 3 vocabulary). */
export type Technique =
  | 'doubt'
  | 'loaded-language'
  | 'exaggeration'
  | 'name-calling'
  | 'appeal-to-fear'
  | 'slogans'
  | 'clickbait'
  | 'unsupported';

/** One list of a lexicon file (`rubrics/lexicons/<lang>.json`). */
export interface LexiconList {
  technique: Technique;
  weight: number;
  source: string;
  licence: string;
  terms: string[];
}

export interface LexiconFile {
  lang: Lang;
  about: string;
  lists: Record<string, LexiconList>;
  grammar: {
    source: string;
    licence: string;
    wh: string[];
    aux: string[];
    auxFollowers: string[];
    explainer: string[];
    direct: string[];
    firstPerson?: string[];
    forward: string[];
    numberWords: string[];
    listNouns: string[];
    reportingVerbs: string[];
    stopwords: string[];
    timeWords: string[];
    acronyms: string[];
  };
}

/** A term ready to match a token sequence: each token exact, or a prefix when it ended with `*`. */
export interface Term {
  list: string;
  technique: Technique;
  weight: number;
  tokens: { text: string; prefix: boolean }[];
}

/** A lexicon compiled for fast matching. */
export interface Lexicon {
  lang: Lang;
  file: LexiconFile;
  /** Terms indexed by their first token when it is exact. */
  byFirst: Map<string, Term[]>;
  /** Terms whose first token is a prefix. */
  prefixFirst: Term[];
  set: Record<'wh' | 'aux' | 'auxFollowers' | 'direct' | 'firstPerson' | 'forward' | 'numberWords' | 'listNouns' | 'reportingVerbs' | 'stopwords' | 'timeWords', Set<string>>;
  /** Multi-word phrases (folded, token arrays) of the explainer/forward lists. */
  explainer: string[][];
  forwardPhrases: string[][];
  acronyms: Set<string>;
}

/** Folded word tokens of a term or text (apostrophes and inner hyphens stay inside a token). */
export function termTokens(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}%]+(?:['-][\p{L}\p{N}]+)*\*?|\d+\s?%/gu) ?? [];
}

export function compileLexicon(file: LexiconFile): Lexicon {
  const byFirst = new Map<string, Term[]>();
  const prefixFirst: Term[] = [];
  for (const [name, list] of Object.entries(file.lists)) {
    for (const raw of list.terms) {
      const toks = termTokens(raw).map((t) => ({ text: t.replace(/\*$/, ''), prefix: t.endsWith('*') }));
      if (!toks.length) continue;
      const term: Term = { list: name, technique: list.technique, weight: list.weight, tokens: toks };
      if (toks[0]!.prefix) prefixFirst.push(term);
      else {
        const arr = byFirst.get(toks[0]!.text) ?? [];
        arr.push(term);
        byFirst.set(toks[0]!.text, arr);
      }
    }
  }
  const g = file.grammar;
  const s = (a: string[]) => new Set(a.map((x) => fold(x)));
  return {
    lang: file.lang,
    file,
    byFirst,
    prefixFirst,
    set: {
      wh: s(g.wh),
      aux: s(g.aux),
      auxFollowers: s(g.auxFollowers),
      direct: s(g.direct),
      firstPerson: s(g.firstPerson ?? []),
      forward: s(g.forward.filter((x) => !x.includes(' '))),
      numberWords: s(g.numberWords.filter((x) => !x.includes(' '))),
      listNouns: s(g.listNouns),
      reportingVerbs: s(g.reportingVerbs),
      stopwords: s(g.stopwords),
      timeWords: s(g.timeWords),
    },
    explainer: g.explainer.map(termTokens),
    forwardPhrases: g.forward.filter((x) => x.includes(' ')).map(termTokens),
    acronyms: new Set(g.acronyms.map((a) => a.toUpperCase())),
  };
}

const cache = new Map<Lang, Promise<Lexicon>>();

/**
 * The lexicon of a language, loaded once. Each language is its own dynamic import so the browser bundle
 * splits it into a chunk fetched only when a headline in that language is analysed.
 */
export function loadLexicon(lang: Lang): Promise<Lexicon> {
  let p = cache.get(lang);
  if (!p) {
    const load =
      lang === 'fr'
        ? import('../../../../rubrics/lexicons/fr.json', { with: { type: 'json' } })
        : lang === 'es'
          ? import('../../../../rubrics/lexicons/es.json', { with: { type: 'json' } })
          : import('../../../../rubrics/lexicons/en.json', { with: { type: 'json' } });
    p = load.then((m) => compileLexicon((m as { default: unknown }).default as LexiconFile));
    cache.set(lang, p);
  }
  return p;
}
