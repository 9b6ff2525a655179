/**
 * Layout cues shared by the front-ends: what a credit, a source line, a byline, a dateline or share
 * boilerplate look like in fr/en/es. General patterns only — never one article's words.
 */

/** Photo agencies and picture desks that appear in credits. */
export const AGENCIES =
  'AFP|AP|Reuters|EFE|Getty(?: Images)?|PA(?: Images| Media| Wire)?|Alamy|Bloomberg via Getty|ANSA|DPA|Xinhua|IRNA|Fars|Tasnim|Mehr|ISNA|Sputnik|TASS|RIA Novosti|EPA|Anadolu|Shutterstock|iStock|Sipa|Abaca|Hans Lucas|MaxPPP|Europa Press|Prensa Latina|WANA|SANA|KCNA|Yonhap|Kyodo|Bloomberg|Pool|Handout|DR';

/** Credit at the end of a caption: "(AFP photo)", "©AFP", "© Reuters", "Photo: EFE", "(Photo by X / AFP)", "/ AFP". */
export const CREDIT_RE = new RegExp(
  [
    String.raw`\(\s*(?:(?:photo|foto|image|crédit|credit|crédito)s?\s*(?:by|par|de|:)?\s*)?[^()]{0,60}?(?:${AGENCIES})(?:\s*(?:photo|foto))?(?:\s*/[^()]{0,40})?\s*\)`,
    String.raw`\(\s*(?:photo|foto|image|picture|crédit|credit|crédito)s?\b[^()]{1,60}\)`,
    // "(CGTN / Li Wei)", "(Le Monde / Ana Ruiz)": outlet and photographer in brackets
    String.raw`\(\s*\p{Lu}[\p{L}.&'’ -]{1,30}\s/\s\p{Lu}[\p{L}.'’ -]{1,30}\)`,
    String.raw`(?:©|\(c\)|copyright)\s*[^.!?\n]{1,60}`,
    String.raw`(?:photos?|fotos?|photograph|photographer|photographe|fotógrafo|fotógrafa|crédits? photos?|crédits?|credits?|créditos?|images?|imagen|illustration)\s*:\s*[^.!?\n]{1,60}`,
    // "Photo Le Parisien/Jean-Baptiste Quentin", "Foto El Diario/Ana Ruiz"
    String.raw`(?:photo|foto)\s+\p{Lu}[^.!?\n/]{1,40}/[^.!?\n]{1,40}`,
    // "… | EFE", "… via REUTERS"
    String.raw`(?:\||\bvia)\s*(?:${AGENCIES})\b`,
    // "LUDOVIC MARIN / AFP", " / Reuters"
    String.raw`(?:\p{Lu}[\p{Lu}\s'’-]{1,40})?\s/\s*(?:${AGENCIES})\b[^.!?\n]{0,20}`,
    // "EFE/Ernesto Mastrascusa", "AFP/Getty Images", "Reuters/Jane Doe"
    String.raw`\b(?:${AGENCIES})\s*/\s*\p{Lu}[\p{L}.'’ -]{1,40}`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '(?:') + String.raw`)\s*\.?\s*$`,
  'iu',
);

/** Caption openers used by wire services: "FILE -", "FILE PHOTO:", "ARCHIVO -", "Photo d'archive". */
export const CAPTION_OPENER_RE = /^(?:FILE(?: PHOTO)?\s*[-–—:]|ARCHIVO\s*[-–—:]|ARCHIVES?\s*[-–—:]|(?:photo|foto)\s+(?:d'archives?|de archivo)\b|illustration\s*[-–—:])/iu;

/** "SOURCE: X", "Sources : X", "Fuente: X", "Source — X". */
export const SOURCE_LINE_RE = /^\s*(?:sources?|fuentes?|with|avec|con)\s*(?:[:：—–-]|\s(?=information|informaci[oó]n|agences?|agencias?))\s*(.+?)\s*\.?\s*$/iu;

/** Copyright footer: "© 2024 CGTN", "Copyright © Press TV 2019", "(c) 2020 X. All rights reserved". */
export const COPYRIGHT_RE = /^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?(.+?)(?:\s*(?:19|20)\d\d)?\s*[.,]?\s*(?:(?:all rights reserved|tous droits réservés|todos los derechos reservados)\.?)?\s*$/iu;

export const RIGHTS_RE = /\b(?:all rights reserved|tous droits réservés|todos los derechos reservados)\b/iu;

/** A line that is only a URL. */
export const URL_LINE_RE = /^\s*(?:(?:url|lien|link|enlace)\s*:\s*)?(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)\s*$/iu;
export const URL_RE = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"'()]*[^\s<>"'().,;:!?])?/giu;

/** Bylines: "Par Jean Dupont", "By Jane Doe and John Roe", "Por María Pérez", "Par la rédaction de X". */
export const BYLINE_RE = /^\s*(?:par|by|por|de|written by|écrit par|escrito por|texto:?|text:?|auteur\s*:|author\s*:|autor\s*:|redacción\s*:?)\s+(\p{Lu}|la rédaction|l['’]équipe|the\s|staff|redacci[oó]n|la redacci[oó]n|notre|our\s|nuestr)/iu;

/**
 * Datelines: "MURMANSK, November 18. /TASS/.", "PARIS (AFP) —", "WASHINGTON (Reuters) -",
 * "MADRID, 3 jun (EFE).-", "La Havane, 6 novembre (AFP) -". Group 1 is the agency when present.
 */
export const DATELINE_RE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*[^\n()/]{1,30}?)?\s*(?:\((${AGENCIES.replace(/\|Pool\|Handout\|DR/, '')}|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15}){0,2})\)|/\s*([A-Z][A-Za-z-]{1,15})\s*/)\s*\.?\s*(?:[-–—]+|\.-|\.|:|(?=\p{Lu}))\s*`,
  'u',
);

/** Lines that only carry a date: "Publié le 7 novembre 2019", "Updated: March 8, 2024 10:32", "07/11/2019 14:32". */
export const DATE_LINE_RE = /^\s*(?:(?:publié|mis à jour|modifié|posted|published|updated|last updated|publicado|actualizado|fecha)(?: time| date| le| on| el)?\s*:?\s*)?(?:[\p{L}]+\.?,?\s+)?(?:\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+\.?,?\s+(?:de\s+)?\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(?:\s*(?:à|at|a las|-|,)?\s*\d{1,2}[:h]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|[A-Z]{2,4}))?)?\s*$/iu;

/** Share, related, subscribe, comments… in fr/en/es. */
export const BOILERPLATE_RE = /^\s*(?:partager|partagez|share|shares|compartir|comparte|tweet(?:er)?|imprimer|print|imprimir|envoyer|email|e-mail|(?:à )?lire aussi|(?:à )?lire (?:la )?suite|voir aussi|sur le même sujet|read (?:more|also|next)|related(?: articles| stories| topics)?|more on this|lee (?:también|más)|leer más|ver también|te puede interesar|noticias relacionadas|abonnez-vous|s'abonner|subscribe|sign up|suscr[íi]bete|newsletter|bolet[íi]n|suivez-nous|follow us|s[íi]guenos|commentaires?|comments?|comentarios?|publicité|advertisement|advertising|publicidad|cookies?|menu|accueil|home|inicio|recherche|search|buscar|facebook|twitter|whatsapp|telegram|linkedin|copier le lien|copy link|copiar enlace|tags?|mots-clés|etiquetas|écouter|listen|escuchar)\b/iu;

export const TERMINAL_RE = /[.!?…:;»"”)\]]\s*$/u;

/** Staff bylines: "Press TV Website Staff", "Tribune Staff Writer", "Redacción Internacional". */
export const STAFF_BYLINE_RE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}(?:website\s+|news\s+)?staff(?:\s+(?:writer|reporter)s?)?$|^(?:redacci[oó]n|la r[ée]daction)(?:\s+\p{Lu}[\p{L}-]*){0,3}$/iu;

/** Bylines without "By": "Wu Hong with Reuters, AFP", "Ana Gil avec AFP", "Luis Paz con EFE", "Jane Roe (AP)". */
export const AGENCY_BYLINE_RE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|del|van|von|le|la)){0,4}\s*(?:(?:with|avec|con|and|et|y)\s+(?:${AGENCIES})(?:\s*(?:,|and|et|y|&)\s*(?:${AGENCIES}))*|\((?:${AGENCIES})\))\s*$`,
  'u',
);

/** What may precede a date on a date line: "Published", "Mis à jour le", "Sunday,", "17:48 GMT,". */
export const DATE_LEAD_RE = /^(?:(?:publié|publiée|mis à jour|modifié|actualisé|posted|published|updated|last updated|publicado|actualizado|fecha|última actualización)(?:\s+(?:le|on|el|at|à|time|date))?\s*:?\s*)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\.?,?\s*)?(?:le|el|on)?\s*(?:\d{1,2}[:h]\d{2}\s*(?:GMT|UTC|CET|CEST|[ap]\.?m\.?)?,?\s*)?$/iu;

/** A list item: "• …", "- …", "– …", "* …". */
export const BULLET_RE = /^[•·▪◦●*–-]\s+/u;

/** A caption's bare agency credit after its last sentence: "…, July 30, 2024. Getty Images" (short lines only). */
export const BARE_CREDIT_RE = new RegExp(String.raw`[.!?]\s+(?:${AGENCIES})\s*$`, 'u');
