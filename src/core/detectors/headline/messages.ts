import type { Localized } from '../../i18n.js';
import type { Technique } from './lexicon.js';

/** How a cue was found; each form has its own explanation. */
export type CueForm =
  | 'yes-no-question'
  | 'speculative-question'
  | 'loaded-question'
  | 'lexicon'
  | 'clickbait-phrase'
  | 'numbered-teaser'
  | 'direct-address'
  | 'first-person'
  | 'forward-reference'
  | 'scare-quotes'
  | 'all-caps'
  | 'exclamation'
  | 'unsupported-entity'
  | 'unsupported-phrase'
  | 'barely-mentioned';

/** Technique names as teachers meet them (Da San Martino et al. 2020; Piskorski et al. 2023). */
export const TECHNIQUE_LABELS: Record<Technique, Localized> = {
  doubt: { fr: 'doute', en: 'doubt', es: 'duda' },
  'loaded-language': { fr: 'langage chargé', en: 'loaded language', es: 'lenguaje cargado' },
  exaggeration: { fr: 'exagération/minimisation', en: 'exaggeration/minimisation', es: 'exageración/minimización' },
  'name-calling': { fr: 'étiquetage (name calling)', en: 'name calling/labelling', es: 'etiquetado (name calling)' },
  'appeal-to-fear': { fr: 'appel à la peur', en: 'appeal to fear', es: 'apelación al miedo' },
  slogans: { fr: 'slogans', en: 'slogans', es: 'eslóganes' },
  clickbait: { fr: 'piège à clics', en: 'clickbait', es: 'ciberanzuelo (clickbait)' },
  unsupported: { fr: "titre non étayé par l'article", en: 'headline not supported by the body', es: 'titular no respaldado por el cuerpo' },
};

/** Explanation of one lexicon hit, by technique. */
const LEXICON: Record<Technique, Localized> = {
  doubt: {
    fr: '« {quote} » met en doute ou insinue sans rien montrer (doute).',
    en: '“{quote}” casts doubt or insinuates without showing anything (doubt).',
    es: '«{quote}» siembra la duda o insinúa sin demostrar nada (duda).',
  },
  'loaded-language': {
    fr: '« {quote} » est un mot chargé : il transmet une émotion plutôt qu\'une information (langage chargé).',
    en: '“{quote}” is a loaded word: it carries emotion rather than information (loaded language).',
    es: '«{quote}» es una palabra cargada: transmite emoción más que información (lenguaje cargado).',
  },
  exaggeration: {
    fr: '« {quote} » grossit les faits (exagération).',
    en: '“{quote}” overstates the facts (exaggeration).',
    es: '«{quote}» exagera los hechos (exageración).',
  },
  'name-calling': {
    fr: '« {quote} » colle une étiquette au lieu de décrire (étiquetage).',
    en: '“{quote}” puts a label on someone instead of describing them (name calling).',
    es: '«{quote}» pone una etiqueta en lugar de describir (etiquetado).',
  },
  'appeal-to-fear': {
    fr: '« {quote} » joue sur la peur (appel à la peur).',
    en: '“{quote}” plays on fear (appeal to fear).',
    es: '«{quote}» juega con el miedo (apelación al miedo).',
  },
  slogans: {
    fr: '« {quote} » est un slogan : une formule frappante plutôt qu\'un fait (slogans).',
    en: '“{quote}” is a slogan: a striking phrase rather than a fact (slogans).',
    es: '«{quote}» es un eslogan: una fórmula llamativa más que un hecho (eslóganes).',
  },
  clickbait: {
    fr: '« {quote} » est une formule de piège à clics : elle aguiche au lieu d\'informer.',
    en: '“{quote}” is a clickbait form: it teases instead of informing.',
    es: '«{quote}» es una fórmula de ciberanzuelo: provoca curiosidad en lugar de informar.',
  },
  unsupported: {
    fr: "« {quote} » n'est pas repris dans le corps de l'article.",
    en: '“{quote}” is not taken up in the body of the article.',
    es: '«{quote}» no aparece en el cuerpo del artículo.',
  },
};

const FORMS: Record<Exclude<CueForm, 'lexicon'>, Localized> = {
  'yes-no-question': {
    fr: "Titre en question fermée (« {quote} ») : il avance une possibilité sans l'affirmer ni la prouver ; la réponse est souvent non (doute).",
    en: 'Yes/no question headline (“{quote}”): it raises a possibility without asserting or showing it; the answer is usually no (doubt).',
    es: 'Titular en pregunta cerrada («{quote}»): plantea una posibilidad sin afirmarla ni probarla; la respuesta suele ser no (duda).',
  },
  'speculative-question': {
    fr: 'Question spéculative (« {quote} ») : le titre suggère ce que l\'article n\'établit pas, sans avoir à le prouver (doute).',
    en: 'Speculative question (“{quote}”): the headline suggests what the article does not establish, without having to prove it (doubt).',
    es: 'Pregunta especulativa («{quote}»): el titular sugiere lo que el artículo no demuestra, sin tener que probarlo (duda).',
  },
  'loaded-question': {
    fr: "Question orientée (« {quote} ») : sa formulation présuppose ce qu'elle devrait démontrer (doute).",
    en: 'Loaded question (“{quote}”): its wording presupposes what it should show (doubt).',
    es: 'Pregunta capciosa («{quote}»): su formulación da por hecho lo que debería demostrar (duda).',
  },
  'clickbait-phrase': LEXICON.clickbait,
  'numbered-teaser': {
    fr: 'Liste numérotée en accroche (« {quote} ») : une promesse de liste plutôt qu\'une information (piège à clics).',
    en: 'Numbered teaser (“{quote}”): a promised list rather than news (clickbait).',
    es: 'Lista numerada como gancho («{quote}»): una lista prometida en lugar de una noticia (ciberanzuelo).',
  },
  'direct-address': {
    fr: '« {quote} » interpelle directement le lecteur (piège à clics).',
    en: '“{quote}” addresses the reader directly (clickbait).',
    es: '«{quote}» interpela directamente al lector (ciberanzuelo).',
  },
  'first-person': {
    fr: '« {quote} » : le titre raconte à la première personne, comme un témoignage à découvrir (piège à clics).',
    en: '“{quote}”: the headline speaks in the first person, like a story you must click to read (clickbait).',
    es: '«{quote}»: el titular habla en primera persona, como un testimonio que hay que abrir (ciberanzuelo).',
  },
  'forward-reference': {
    fr: '« {quote} » annonce quelque chose que le titre ne dit pas, pour pousser à cliquer (piège à clics : référence en avant).',
    en: '“{quote}” points at something the headline holds back, to make you click (clickbait: forward reference).',
    es: '«{quote}» anuncia algo que el titular no dice, para que hagas clic (ciberanzuelo: referencia anticipada).',
  },
  'scare-quotes': {
    fr: 'Guillemets de distance autour de « {quote} » : ils mettent en doute ou moquent sans dire pourquoi (doute).',
    en: 'Scare quotes around “{quote}”: they cast doubt or mock without saying why (doubt).',
    es: 'Comillas de distancia en «{quote}»: ponen en duda o se burlan sin decir por qué (duda).',
  },
  'all-caps': {
    fr: '« {quote} » en capitales : le titre crie (langage chargé).',
    en: '“{quote}” in capitals: the headline shouts (loaded language).',
    es: '«{quote}» en mayúsculas: el titular grita (lenguaje cargado).',
  },
  exclamation: {
    fr: "Point d'exclamation : de l'émotion plutôt que de l'information (langage chargé).",
    en: 'Exclamation mark: emotion rather than information (loaded language).',
    es: 'Signo de exclamación: emoción más que información (lenguaje cargado).',
  },
  'unsupported-entity': {
    fr: "« {quote} » figure dans le titre mais jamais dans le corps de l'article : rien ne l'étaye.",
    en: '“{quote}” is in the headline but never in the body of the article: nothing supports it.',
    es: '«{quote}» está en el titular pero nunca en el cuerpo del artículo: nada lo respalda.',
  },
  'unsupported-phrase': {
    fr: "« {quote} » : le corps de l'article ne parle jamais de « {words} ».",
    en: '“{quote}”: the body of the article never mentions “{words}”.',
    es: '«{quote}»: el cuerpo del artículo nunca menciona «{words}».',
  },
  'barely-mentioned': {
    fr: "« {quote} » est nommé dans le titre mais une seule fois dans le corps de l'article.",
    en: '“{quote}” is named in the headline but only once in the body of the article.',
    es: '«{quote}» aparece en el titular pero una sola vez en el cuerpo del artículo.',
  },
};

/** The explanation template of a cue. */
export function cueTemplate(form: CueForm, technique: Technique): Localized {
  return form === 'lexicon' ? LEXICON[technique] : FORMS[form];
}
