import type { Annotation, Kind, Severity } from '../../src/core/model/annotation.js';

let n = 0;
/** A synthetic annotation: what a detector would produce, without an article. */
export function ann(kind: Kind, messageId: string, severity: Severity, confidence: number, opts: { start?: number; quote?: string } = {}): Annotation {
  const start = opts.start ?? (n += 10);
  const quote = opts.quote ?? `${kind}-${start}`;
  return {
    id: `${kind}:${start}-${start + quote.length}${messageId ? `:${messageId}` : ''}`,
    kind,
    detector: kind,
    messageId,
    start,
    end: start + quote.length,
    quote,
    severity,
    confidence,
    message: messageId,
    evidence: [],
  };
}
