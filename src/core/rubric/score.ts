import type { Lang } from '../model/article.js';
import type { Annotation, Kind } from '../model/annotation.js';
import type { Score, ScoreReason, CriterionScore } from '../model/report.js';
import { format } from '../i18n.js';
import { KIND_LABELS } from '../render/labels.js';
import type { Criterion, Deduction, Rubric, RubricPrompts, RubricText } from './schema.js';

const FALLBACK: Record<Lang, Lang[]> = { fr: ['fr', 'en', 'es'], en: ['en', 'fr', 'es'], es: ['es', 'en', 'fr'] };

/** A rubric text in `lang`, else English, else whichever language the file gives. */
export function pick(t: RubricText, lang: Lang): string {
  for (const l of FALLBACK[lang]) if (t[l]) return t[l]!;
  return '';
}

function pickPrompts(p: RubricPrompts, lang: Lang): string[] {
  for (const l of FALLBACK[lang]) if (p[l]?.length) return [...p[l]!];
  return [];
}

/** Half-point steps: a scorecard a class can add up by hand. */
const half = (x: number) => Math.round(x * 2) / 2;

const DEFAULT_REASON: RubricText = {
  fr: '{kind} ({count})',
  en: '{kind} ({count})',
  es: '{kind} ({count})',
};

function perAnnotation(d: Deduction, a: Annotation): number {
  const base = typeof d.points === 'number' ? d.points : (d.points[a.severity] ?? 0);
  return d.scaleByConfidence === false ? base : base * a.confidence;
}

/** Which annotations a deduction rule counts, and how much it takes (before the criterion's cap). */
export function applyDeduction(d: Deduction, annotations: readonly Annotation[]): { amount: number; counted: Annotation[] } {
  const matching = annotations.filter(
    (a) => a.kind === d.kind && (!d.messageIds || d.messageIds.includes(a.messageId)) && a.confidence >= (d.minConfidence ?? 0),
  );
  const scored = matching.map((a) => ({ a, v: perAnnotation(d, a) })).filter((x) => x.v > 0);
  let kept = scored;
  const strongestFirst = (x: { a: Annotation; v: number }, y: { a: Annotation; v: number }) => y.v - x.v || x.a.start - y.a.start;
  if (d.count === 'once') kept = scored.sort(strongestFirst).slice(0, 1);
  else if (d.count === 'distinct') {
    const best = new Map<string, { a: Annotation; v: number }>();
    for (const x of scored) {
      const key = x.a.quote.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
      const prev = best.get(key);
      if (!prev || strongestFirst(x, prev) < 0) best.set(key, x);
    }
    kept = [...best.values()];
  }
  let amount = kept.reduce((s, x) => s + x.v, 0);
  if (d.cap !== undefined) amount = Math.min(amount, d.cap);
  const counted = kept.map((x) => x.a).sort((x, y) => x.start - y.start || x.id.localeCompare(y.id));
  return { amount, counted };
}

const UNCHECKED: RubricText = {
  fr: "Non vérifié : l'analyse de {kinds} a échoué ; cette ligne ne dit rien de l'article.",
  en: 'Not checked: the analysis of {kinds} failed; this line says nothing about the article.',
  es: 'No comprobado: el análisis de {kinds} falló; esta línea no dice nada del artículo.',
};

export interface ScoreOptions {
  /** Kinds whose detectors did not run to the end: an absence of annotations means nothing there. */
  unchecked?: ReadonlySet<Kind>;
}

export function scoreCriterion(c: Criterion, annotations: readonly Annotation[], lang: Lang, opts: ScoreOptions = {}): CriterionScore {
  const reasons: ScoreReason[] = [];
  let budget = c.cap ?? c.points;
  for (const d of c.deductions) {
    const { amount, counted } = applyDeduction(d, annotations);
    if (!counted.length) continue;
    const delta = half(Math.min(amount, budget));
    budget -= delta;
    const data = { count: counted.length, kind: KIND_LABELS[d.kind][lang] };
    reasons.push({ text: format(pick(d.reason ?? DEFAULT_REASON, lang), data), delta: delta === 0 ? 0 : -delta, annotationIds: counted.map((a) => a.id) });
  }
  const unchecked = [...new Set(c.deductions.map((d) => d.kind))].filter((k) => opts.unchecked?.has(k));
  if (unchecked.length) reasons.push({ text: format(pick(UNCHECKED, lang), { kinds: unchecked.map((k) => KIND_LABELS[k][lang]).join(', ') }), delta: 0, annotationIds: [] });
  else if (!reasons.length && c.ifNone) reasons.push({ text: pick(c.ifNone, lang), delta: 0, annotationIds: [] });
  const lost = reasons.reduce((s, r) => s - r.delta, 0);
  return {
    id: c.id,
    title: pick(c.title, lang),
    points: half(Math.max(0, c.points - lost)),
    max: c.points,
    reasons,
    prompts: pickPrompts(c.prompts, lang),
  };
}

/** Deterministic: the same rubric and annotations always give the same score, whatever their order. */
export function scoreAnnotations(rubric: Rubric, annotations: readonly Annotation[], lang: Lang, opts: ScoreOptions = {}): Score {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const criteria = rubric.criteria.map((c) => scoreCriterion(c, sorted, lang, opts));
  const total = half(criteria.reduce((s, c) => s + c.points, 0));
  const max = criteria.reduce((s, c) => s + c.max, 0);
  const pct = max > 0 ? (100 * total) / max : 100;
  const band = [...rubric.bands].sort((a, b) => b.min - a.min).find((b) => pct >= b.min) ?? rubric.bands[0]!;
  return {
    rubric: { id: rubric.id, version: rubric.version, title: pick(rubric.title, lang) },
    total,
    max,
    band: { id: band.id, label: pick(band.label, lang) },
    criteria,
  };
}
