import { fold } from '../../text/fold.js';

export interface Token {
  /** Folded text. */
  t: string;
  /** Original text. */
  raw: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
export const ELISION = /^(?:[ldcjmnst]|qu|jusqu|lorsqu|puisqu)'/;

export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN_RE)) {
    const start = m.index!;
    out.push({ t: m[0], raw: text.slice(start, start + m[0].length), start, end: start + m[0].length });
  }
  return out;
}

/** The same token without a French/Spanish elided article ("l'armee" → "armee"). */
export const unelide = (t: string) => t.replace(ELISION, '');

