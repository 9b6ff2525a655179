/**
 * The rubric score of the teacher's edited reference. The scorer is the rubric's own (src/core/rubric/score.ts),
 * run on the reference; then every reason that counts a flag the teacher added or rewrote says so, and each
 * criterion a dismissed flag counted in (before the teacher's edits) gets a zero-point reason naming it.
 */
import type { Lang } from '../model/article.js';
import type { Annotation } from '../model/annotation.js';
import type { Score } from '../model/report.js';
import type { Rubric } from '../rubric/schema.js';
import { scoreAnnotations, type ScoreOptions } from '../rubric/score.js';
import { format, type Localized } from '../i18n.js';
import { KIND_LABELS } from '../render/labels.js';
import type { EditedReference } from './edits.js';

export const TEACHER_REASONS: Record<'changed' | 'dismissed' | 'because', Localized> = {
  changed: { fr: '{n} modifié(s) ou ajouté(s) par l’enseignant', en: '{n} changed or added by the teacher', es: '{n} modificado(s) o añadido(s) por el docente' },
  dismissed: { fr: 'Écarté par l’enseignant : {kind} « {quote} »{because}', en: 'Dismissed by the teacher: {kind} “{quote}”{because}', es: 'Descartado por el docente: {kind} «{quote}»{because}' },
  because: { fr: ' — {reason}', en: ' — {reason}', es: ' — {reason}' },
};

const short = (q: string) => (q.length > 60 ? q.slice(0, 59) + '…' : q);

export function rescore(rubric: Rubric, detectors: readonly Annotation[], edited: EditedReference, lang: Lang, opts: ScoreOptions = {}): Score {
  const score = scoreAnnotations(rubric, edited.reference, lang, opts);
  const touched = new Set([...edited.added, ...edited.changed]);
  const dismissed = new Map(edited.all.filter((a) => a.teacher?.dismissed).map((a) => [a.id, a] as const));
  const before = dismissed.size ? scoreAnnotations(rubric, detectors, lang, opts) : null;
  const criteria = score.criteria.map((c) => {
    const reasons = c.reasons.map((r) => {
      const n = r.annotationIds.filter((id) => touched.has(id)).length;
      return n ? { ...r, text: `${r.text} — ${format(TEACHER_REASONS.changed[lang], { n })}` } : r;
    });
    const was = before?.criteria.find((x) => x.id === c.id);
    const gone = [...new Set(was?.reasons.flatMap((r) => r.annotationIds) ?? [])].filter((id) => dismissed.has(id));
    for (const id of gone) {
      const a = dismissed.get(id)!;
      const reason = a.teacher?.dismissed?.reason;
      reasons.push({
        text: format(TEACHER_REASONS.dismissed[lang], { kind: KIND_LABELS[a.kind][lang], quote: short(a.quote), because: reason ? format(TEACHER_REASONS.because[lang], { reason }) : '' }),
        delta: 0,
        annotationIds: [],
      });
    }
    return reasons === c.reasons ? c : { ...c, reasons };
  });
  return { ...score, criteria };
}
