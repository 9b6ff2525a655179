import type { Lang } from '../model/article.js';

const CODES: Record<string, Lang> = { fra: 'fr', eng: 'en', spa: 'es' };

export interface LangGuess {
  lang: Lang;
  /** 0..1: the gap between the best and the second-best language. */
  confidence: number;
}

type FrancAll = (value: string, options: { only: string[]; minLength: number }) => [string, number][];
let francAll: FrancAll | undefined;

/** Load the trigram data (franc-min, ~100 kB) once; it is a separate chunk in the browser bundle. */
export async function loadLanguageDetector(): Promise<void> {
  if (!francAll) francAll = (await import('franc-min')).francAll as FrancAll;
}

/**
 * Guess the language of `text` among fr/en/es with franc (trigram profiles). Returns undefined for text
 * too short to judge (under `minLength` letters). Call loadLanguageDetector() first.
 */
export function detectLang(text: string, minLength = 20, maxChars = 2000): LangGuess | undefined {
  if (!francAll) throw new Error('detectLang: call loadLanguageDetector() first');
  // Long text: its start and end are enough (and keep the cost flat per block).
  const clipped = text.length > maxChars ? text.slice(0, maxChars / 2) + ' ' + text.slice(-maxChars / 2) : text;
  const letters = clipped.replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (letters.replace(/\s/g, '').length < minLength) return undefined;
  // franc reads at most 2048 chars; sample the start, middle and end of long text.
  const sample =
    letters.length > 2000
      ? letters.slice(0, 700) + ' ' + letters.slice(letters.length / 2 - 350, letters.length / 2 + 350) + ' ' + letters.slice(-600)
      : letters;
  const all = francAll(sample, { only: Object.keys(CODES), minLength: 1 });
  const best = all[0];
  if (!best || best[0] === 'und') return undefined;
  const second = all[1]?.[1] ?? 0;
  return { lang: CODES[best[0]]!, confidence: Math.max(0, Math.min(1, 1 - second)) };
}
