import type { Lang } from '../model/article.js';
import type { Kind, Severity } from '../model/annotation.js';
import type { Localized } from '../i18n.js';

/** Names of the kinds and severities, for every renderer (CLI text/HTML, widget). */
export const KIND_LABELS: Record<Kind, Localized> = {
  'state-media': { fr: "Média d'État", en: 'State media', es: 'Medio estatal' },
  'caption-mismatch': { fr: 'Légende sans rapport', en: 'Unrelated caption', es: 'Pie de foto sin relación' },
  'headline-framing': { fr: 'Cadrage du titre', en: 'Headline framing', es: 'Encuadre del titular' },
  'unsourced-claim': { fr: 'Affirmation non sourcée', en: 'Unsourced claim', es: 'Afirmación sin fuente' },
  transparency: { fr: 'Transparence', en: 'Transparency', es: 'Transparencia' },
  'source-profile': { fr: 'Profil de la source', en: 'Source profile', es: 'Perfil de la fuente' },
};

/** A symbol per kind so that marks are told apart without colour. */
export const KIND_SYMBOLS: Record<Kind, string> = {
  'state-media': '⚑',
  'caption-mismatch': '▣',
  'headline-framing': '❝',
  'unsourced-claim': '?',
  transparency: '•',
  'source-profile': '§',
};

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  info: { fr: 'info', en: 'info', es: 'info' },
  caution: { fr: 'prudence', en: 'caution', es: 'precaución' },
  warning: { fr: 'alerte', en: 'warning', es: 'alerta' },
};

export const kindLabel = (k: Kind, lang: Lang) => KIND_LABELS[k][lang];

/** How a flag the teacher changed is marked (handout, listing, widget): see src/core/lesson/. */
export const TEACHER_LABELS: Record<'added' | 'edited', Localized> = {
  added: { fr: '✎ ajouté par l’enseignant', en: '✎ added by the teacher', es: '✎ añadido por el docente' },
  edited: { fr: '✎ modifié par l’enseignant', en: '✎ edited by the teacher', es: '✎ modificado por el docente' },
};

/** The teacher mark of a flag in `lang`, or '' when the teacher did not change it. */
export function teacherLabel(a: { teacher?: { added?: boolean; original?: unknown } }, lang: Lang): string {
  return a.teacher?.added ? TEACHER_LABELS.added[lang] : a.teacher?.original ? TEACHER_LABELS.edited[lang] : '';
}
