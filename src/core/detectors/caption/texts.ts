/** User-facing strings of caption-mismatch evidence, in fr/en/es. */
import type { Lang } from '../../model/article.js';
import type { Localized } from '../../i18n.js';
import type { EntityKind } from './extract.js';

export const KIND_NAMES: Record<EntityKind | 'date' | 'language', Localized> = {
  person: { fr: 'Personne', en: 'Person', es: 'Persona' },
  place: { fr: 'Lieu', en: 'Place', es: 'Lugar' },
  country: { fr: 'Pays ou région', en: 'Country or region', es: 'País o región' },
  org: { fr: 'Organisation', en: 'Organisation', es: 'Organización' },
  name: { fr: 'Nom propre', en: 'Proper name', es: 'Nombre propio' },
  event: { fr: 'Événement', en: 'Event', es: 'Acontecimiento' },
  date: { fr: 'Date', en: 'Date', es: 'Fecha' },
  language: { fr: 'Langue', en: 'Language', es: 'Idioma' },
};

export const LANG_NAMES: Record<Lang, Localized> = {
  fr: { fr: 'français', en: 'French', es: 'francés' },
  en: { fr: 'anglais', en: 'English', es: 'inglés' },
  es: { fr: 'espagnol', en: 'Spanish', es: 'español' },
};

export const T = {
  matched: {
    fr: '{kind} « {quote} » : présent dans l’article (« {match} »).',
    en: '{kind} “{quote}”: in the article (“{match}”).',
    es: '{kind} «{quote}»: aparece en el artículo («{match}»).',
  },
  weak: {
    fr: '{kind} « {quote} » : l’article ne nomme que « {match} » (correspondance faible).',
    en: '{kind} “{quote}”: the article only names “{match}” (weak match).',
    es: '{kind} «{quote}»: el artículo solo nombra «{match}» (coincidencia débil).',
  },
  broad: {
    fr: '{kind} « {quote} » : présent dans l’article (« {match} »), mais c’est un indice large ou un nom qui désigne souvent un gouvernement.',
    en: '{kind} “{quote}”: in the article (“{match}”), but that is a broad clue or a name that often stands for a government.',
    es: '{kind} «{quote}»: aparece en el artículo («{match}»), pero es un indicio amplio o un nombre que a menudo designa a un gobierno.',
  },
  unmatched: {
    fr: '{kind} « {quote} » : absent de l’article.',
    en: '{kind} “{quote}”: not in the article.',
    es: '{kind} «{quote}»: no aparece en el artículo.',
  },
  eventOther: {
    fr: '{kind} « {quote} » : absent de l’article, qui parle de : {events}.',
    en: '{kind} “{quote}”: not in the article, which is about: {events}.',
    es: '{kind} «{quote}»: no aparece en el artículo, que trata de: {events}.',
  },
  dateFar: {
    fr: 'Date de la légende : {caption} ; date de l’article : {article} (écart : {gap}). L’article ne parle pas de {year}.',
    en: 'Caption date: {caption}; article date: {article} (gap: {gap}). The article does not mention {year}.',
    es: 'Fecha del pie de foto: {caption}; fecha del artículo: {article} (diferencia: {gap}). El artículo no menciona {year}.',
  },
  dateUnknown: {
    fr: 'Date de la légende : {caption}. L’article ne mentionne pas {year} et ne donne pas de date à comparer.',
    en: 'Caption date: {caption}. The article does not mention {year} and gives no date to compare with.',
    es: 'Fecha del pie de foto: {caption}. El artículo no menciona {year} ni da una fecha con la que comparar.',
  },
  dateMentioned: {
    fr: 'Date de la légende : {caption} ; l’article parle aussi de {year}.',
    en: 'Caption date: {caption}; the article also talks about {year}.',
    es: 'Fecha del pie de foto: {caption}; el artículo también habla de {year}.',
  },
  dateClose: {
    fr: 'Date de la légende : {caption}, proche de celle de l’article ({article}).',
    en: 'Caption date: {caption}, close to the article’s ({article}).',
    es: 'Fecha del pie de foto: {caption}, cercana a la del artículo ({article}).',
  },
  language: {
    fr: 'Légende en {caption}, article en {article} : un indice faible à lui seul (beaucoup de sites reprennent les légendes anglaises des agences).',
    en: 'Caption in {caption}, article in {article}: a weak clue on its own (many sites reuse agencies’ English captions).',
    es: 'Pie de foto en {caption}, artículo en {article}: un indicio débil por sí solo (muchos medios reutilizan los pies en inglés de las agencias).',
  },
  archive: {
    fr: 'La légende présente la photo comme une image d’archive (« {quote} ») : une photo ancienne est normale si elle montre le sujet de l’article.',
    en: 'The caption labels the photo as an archive/file image (“{quote}”): an old photo is fine if it shows the article’s subject.',
    es: 'El pie presenta la foto como imagen de archivo («{quote}»): una foto antigua es normal si muestra el tema del artículo.',
  },
  illustration: {
    fr: 'La légende présente la photo comme une illustration (« {quote} ») : elle ne prétend pas montrer l’événement.',
    en: 'The caption labels the photo as an illustration (“{quote}”): it does not claim to show the event.',
    es: 'El pie presenta la foto como ilustración («{quote}»): no pretende mostrar el hecho.',
  },
  vocab: {
    fr: 'Vocabulaire : {shared} des {words} mots de la légende se retrouvent dans l’article.',
    en: 'Vocabulary: {shared} of the caption’s {words} words also appear in the article.',
    es: 'Vocabulario: {shared} de las {words} palabras del pie aparecen también en el artículo.',
  },
  vocabLow: {
    fr: 'Vocabulaire : seuls {shared} des {words} mots de la légende se retrouvent dans l’article — elle ne parle pas de la même chose.',
    en: 'Vocabulary: only {shared} of the caption’s {words} words appear in the article — it does not talk about the same thing.',
    es: 'Vocabulario: solo {shared} de las {words} palabras del pie aparecen en el artículo — no habla de lo mismo.',
  },
  credit: {
    fr: 'Crédit photo : {credit}.',
    en: 'Photo credit: {credit}.',
    es: 'Crédito de la foto: {credit}.',
  },
  summary: {
    fr: 'Bilan : {strong} élément(s) retrouvé(s) dans l’article, {weak} de façon faible, {none} absent(s).',
    en: 'Summary: {strong} item(s) found in the article, {weak} weakly, {none} missing.',
    es: 'Resumen: {strong} elemento(s) encontrados en el artículo, {weak} de forma débil, {none} ausentes.',
  },
} satisfies Record<string, Localized>;

export const GAP = {
  years: { fr: '{n} an(s)', en: '{n} year(s)', es: '{n} año(s)' },
  months: { fr: '{n} mois', en: '{n} month(s)', es: '{n} mes(es)' },
} satisfies Record<string, Localized>;

export const NONE: Localized = { fr: 'aucune date', en: 'no date', es: 'ninguna fecha' };
