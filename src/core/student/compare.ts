import { MISSION_KINDS, Kind, type Annotation } from '../model/annotation.js';
import { isWordChar } from '../text/fold.js';
import type { StudentAnnotation } from './types.js';
import type { Localized } from '../i18n.js';

export type MissionKind = (typeof MISSION_KINDS)[number];

/** One reference flag the student found, with the student's mark that found it. */
export interface Match {
  reference: Annotation;
  student: StudentAnnotation;
  /** Jaccard index of the two spans over characters: |shared| / |union|, 0..1 (1 = same span). */
  overlap: number;
}

export interface KindComparison {
  matched: Match[];
  /** Reference flags no student mark of this kind overlaps. */
  missed: Annotation[];
  /** Student marks that overlap no reference flag of their kind (not necessarily wrong: to discuss). */
  extra: StudentAnnotation[];
}

export interface CompareScore {
  /** Reference flags found. */
  matched: number;
  /** Reference flags of the four mission kinds. */
  reference: number;
  /** Student marks that matched nothing. */
  extra: number;
  /** matched / reference, rounded to a whole percent (100 when there is nothing to find). */
  percent: number;
  /** Share of the student's marks that matched a reference flag, whole percent (100 when no marks). */
  precision: number;
}

export interface Comparison {
  byKind: Record<Kind, KindComparison>;
  matched: Match[];
  missed: Annotation[];
  extra: StudentAnnotation[];
  score: CompareScore;
}

/** The matching rule and the score, in words a student can read (fr/en/es). */
export const COMPARE_RULE: Localized = {
  fr:
    "Une de vos marques retrouve un signalement de référence si elle a la même catégorie et le chevauche (au moins une lettre en commun). Chaque marque ne compte qu'une fois, pour le signalement qu'elle recouvre le mieux. Le score est la part des signalements retrouvés ; vos autres marques ne sont pas retirées du score : elles sont à discuter.",
  en:
    'One of your marks finds a reference flag when it has the same category and overlaps it (at least one letter in common). Each mark counts once, for the flag it covers best. The score is the share of flags you found; your other marks are not taken off the score: they are for discussion.',
  es:
    'Una de tus marcas encuentra una señal de referencia si tiene la misma categoría y se solapa con ella (al menos una letra en común). Cada marca cuenta una sola vez, para la señal que mejor cubre. La puntuación es la proporción de señales encontradas; tus otras marcas no restan: son para comentar.',
};

const MISSION = new Set<string>(MISSION_KINDS);
/** True for the four kinds a student is asked to find (info kinds such as `transparency` are never "missed"). */
export const isMissionKind = (k: string): k is MissionKind => MISSION.has(k);

/** Characters the two spans share. */
function sharedLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The overlap rule: a student mark and a reference flag of the same kind MATCH when the characters they share
 * contain at least one letter or digit (so touching spans, or spans sharing only a space or a comma, do not
 * match). With `text`, the shared part is checked for a word character; without it, one shared character is
 * enough. Returns the Jaccard index (0 when they do not match).
 */
export function spanOverlap(
  a: { start: number; end: number },
  b: { start: number; end: number },
  text?: string,
): number {
  const shared = sharedLength(a, b);
  if (shared <= 0) return 0;
  if (text !== undefined) {
    let word = false;
    const from = Math.max(a.start, b.start);
    for (let i = from; i < from + shared; i++) {
      if (isWordChar(text[i])) {
        word = true;
        break;
      }
    }
    if (!word) return 0;
  }
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? shared / union : 0;
}

/**
 * Index pairs [i, j] of spans of `a` and `b` that share at least one character: a sweep over the starts with
 * the spans still open on each side, so it costs (n + m) log(n + m) plus the number of pairs, not n × m.
 */
export function overlappingPairs(
  a: readonly { start: number; end: number }[],
  b: readonly { start: number; end: number }[],
): [number, number][] {
  const events: { side: 0 | 1; i: number; start: number; end: number }[] = [];
  a.forEach((x, i) => x.end > x.start && events.push({ side: 0, i, start: x.start, end: x.end }));
  b.forEach((x, i) => x.end > x.start && events.push({ side: 1, i, start: x.start, end: x.end }));
  events.sort((x, y) => x.start - y.start || x.side - y.side || x.i - y.i);
  const open: [typeof events, typeof events] = [[], []];
  const out: [number, number][] = [];
  for (const e of events) {
    const other = open[e.side === 0 ? 1 : 0];
    let keep = 0;
    for (const o of other) {
      if (o.end <= e.start) continue; // closed for good: every later span starts at or after e.start
      other[keep++] = o;
      out.push(e.side === 0 ? [e.i, o.i] : [o.i, e.i]);
    }
    other.length = keep;
    open[e.side].push(e);
  }
  return out;
}

function emptyKind(): KindComparison {
  return { matched: [], missed: [], extra: [] };
}

const pct = (n: number, d: number) => (d === 0 ? 100 : Math.round((100 * n) / d));

/**
 * Compare a student's marks with the reference flags.
 *
 * Only reference flags of the four mission kinds count, and flags of one kind on the very same span count
 * once. For every kind, all (reference, student) pairs that
 * overlap (see `spanOverlap`) are ranked by Jaccard overlap, then by shared length, then by position, and
 * assigned greedily one-to-one: a student mark matches at most one reference flag and a reference flag is
 * found by at most one mark — so one mark over a whole paragraph cannot "find" three flags in it.
 *
 * `text` (the article text) makes the rule stricter (the shared part must contain a letter or digit);
 * without it, one shared character is enough.
 */
export function compareWork(
  referenceAnnotations: readonly Annotation[],
  student: readonly StudentAnnotation[],
  text?: string,
): Comparison {
  const byKind = Object.fromEntries(Kind.options.map((k) => [k, emptyKind()])) as Record<Kind, KindComparison>;
  // Flags of one kind on the very same span (two detectors, two message ids) are one thing to find.
  const sameSpan = new Set<string>();
  const references = referenceAnnotations.filter((a) => {
    if (!isMissionKind(a.kind)) return false;
    const key = `${a.kind}|${a.start}|${a.end}`;
    if (sameSpan.has(key)) return false;
    sameSpan.add(key);
    return true;
  });

  for (const kind of Kind.options) {
    const refs = references.filter((r) => r.kind === kind);
    const marks = student.filter((s) => s.kind === kind);
    const bucket = byKind[kind];
    if (!marks.length) {
      bucket.missed.push(...refs);
      continue;
    }
    const pairs: { r: number; s: number; overlap: number; shared: number }[] = [];
    for (const [r, s] of overlappingPairs(refs, marks)) {
      const overlap = spanOverlap(refs[r]!, marks[s]!, text);
      if (overlap > 0) pairs.push({ r, s, overlap, shared: sharedLength(refs[r]!, marks[s]!) });
    }
    pairs.sort(
      (x, y) =>
        y.overlap - x.overlap ||
        y.shared - x.shared ||
        refs[x.r]!.start - refs[y.r]!.start ||
        marks[x.s]!.start - marks[y.s]!.start ||
        x.r - y.r ||
        x.s - y.s,
    );
    const refTaken = new Array<boolean>(refs.length).fill(false);
    const markTaken = new Array<boolean>(marks.length).fill(false);
    for (const p of pairs) {
      if (refTaken[p.r] || markTaken[p.s]) continue;
      refTaken[p.r] = true;
      markTaken[p.s] = true;
      bucket.matched.push({ reference: refs[p.r]!, student: marks[p.s]!, overlap: p.overlap });
    }
    bucket.matched.sort((x, y) => x.reference.start - y.reference.start || x.reference.end - y.reference.end);
    refs.forEach((ref, r) => {
      if (!refTaken[r]) bucket.missed.push(ref);
    });
    marks.forEach((mark, s) => {
      if (!markTaken[s]) bucket.extra.push(mark);
    });
  }

  const all = Kind.options.map((k) => byKind[k]);
  const matched = all.flatMap((b) => b.matched).sort((x, y) => x.reference.start - y.reference.start || x.reference.end - y.reference.end);
  const missed = all.flatMap((b) => b.missed).sort((x, y) => x.start - y.start || x.end - y.end);
  const extra = all.flatMap((b) => b.extra).sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    byKind,
    matched,
    missed,
    extra,
    score: {
      matched: matched.length,
      reference: references.length,
      extra: extra.length,
      percent: pct(matched.length, references.length),
      precision: pct(matched.length, student.length),
    },
  };
}
