import type { Annotation } from '../model/annotation.js';

export interface Segment {
  start: number;
  end: number;
  /** Annotations covering this segment, outermost (longest) first. */
  covering: Annotation[];
}

/**
 * Cut [from, to) at every annotation boundary so that overlapping and nested annotations render as
 * flat runs, each knowing every annotation that covers it. O((n + k) log k) for k annotations.
 */
export function segments(from: number, to: number, annotations: readonly Annotation[]): Segment[] {
  const inside = annotations.filter((a) => a.end > from && a.start < to);
  const cuts = new Set<number>([from, to]);
  for (const a of inside) {
    cuts.add(Math.max(from, a.start));
    cuts.add(Math.min(to, a.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Annotation[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!, e = points[i + 1]!;
    active = active.filter((a) => a.end > s);
    while (next < byStart.length && byStart[next]!.start <= s) {
      if (byStart[next]!.end > s) active.push(byStart[next]!);
      next++;
    }
    out.push({ start: s, end: e, covering: [...active].sort((a, b) => b.end - b.start - (a.end - a.start)) });
  }
  return out;
}

export { lineColumn, lineStartsOf } from '../text/lines.js';
