import { z } from 'zod';

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const CONTEXT_CHARS = 32;

/** Both selectors for [start, end) of `text`, with 32 chars of context as Hypothesis does. */
export function selectorsFor(text: string, start: number, end: number): [TextPositionSelector, TextQuoteSelector] {
  return [
    { type: 'TextPositionSelector', start, end },
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
  ];
}

/**
 * Re-anchor a target in `text`: trust the position if the quote still matches there, else search the
 * quote (preferring the occurrence whose prefix/suffix match best and that lies nearest the old
 * position). Returns null when the quote is gone.
 */
export function anchor(
  text: string,
  quote: TextQuoteSelector,
  position?: Pick<TextPositionSelector, 'start' | 'end'>,
): { start: number; end: number } | null {
  const exact = quote.exact;
  if (position && text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end };
  if (!exact) return null;
  let best: { start: number; score: number } | null = null;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    let score = 0;
    if (quote.prefix && text.slice(Math.max(0, i - quote.prefix.length), i) === quote.prefix) score += 2;
    if (quote.suffix && text.slice(i + exact.length, i + exact.length + quote.suffix.length) === quote.suffix) score += 2;
    if (position) score -= Math.min(1, Math.abs(i - position.start) / Math.max(1, text.length));
    if (!best || score > best.score) best = { start: i, score };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}
