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
