import type { Lang } from '../model/article.js';
import type { Evidence } from '../model/annotation.js';
import { localize } from '../i18n.js';
import type { FoundDate } from '../text/dates.js';
import type { Detector, DetectContext } from './types.js';
import { loadGazetteer, type Gazetteer } from './caption/gazetteer.js';
import { extractCaption, type CaptionAnalysis } from './caption/extract.js';
import { indexArticle, matchEntity, type ArticleIndex, type EntityMatch } from './caption/match.js';
import { GAP, KIND_NAMES, LANG_NAMES, NONE, T } from './caption/texts.js';
import { contentStems, overlap, type Overlap } from './caption/vocab.js';

/**
 * `caption-mismatch`: does each photo caption belong to the story? The people, places, organisations,
 * events and dates a caption names are looked for in the headline and body — across languages, through a
 * cited gazetteer (rubrics/gazetteer/) — and the caption's language is compared with the article's.
 * Careful by design: a caption is flagged only when nothing specific in it matches the article and
 * enough of it does not; an archive/illustration label softens the finding and is explained.
 */
export const captionMismatch: Detector = {
  meta: {
    id: 'caption-mismatch',
    kinds: ['caption-mismatch'],
    docs: {
      description: {
        fr: 'Compare chaque légende photo avec l’article (personnes, lieux, organisations, événements, dates, langue) et signale celles qui semblent venir d’une autre histoire.',
        en: 'Compares each photo caption with the article (people, places, organisations, events, dates, language) and flags those that seem to come from another story.',
        es: 'Compara cada pie de foto con el artículo (personas, lugares, organizaciones, acontecimientos, fechas, idioma) y señala los que parecen venir de otra historia.',
      },
      url: 'docs/captions.md',
    },
    messages: {
      unrelated: {
        fr: 'Cette légende ne semble pas correspondre à l’article : rien de précis n’y correspond, et {unmatched} des {total} personnes, lieux ou noms qu’elle cite sont absents du texte.',
        en: 'This caption does not seem to belong to the article: nothing specific in it matches, and {unmatched} of the {total} people, places or names it mentions are missing from the text.',
        es: 'Este pie de foto no parece corresponder al artículo: nada concreto coincide, y {unmatched} de las {total} personas, lugares o nombres que cita no aparecen en el texto.',
      },
      'unrelated-archive': {
        fr: 'Photo présentée comme archive ou illustration, mais sans lien visible avec l’article : {unmatched} des {total} personnes, lieux ou noms que cite la légende sont absents du texte.',
        en: 'Labelled as an archive or illustration photo, but with no visible link to the article: {unmatched} of the {total} people, places or names the caption mentions are missing from the text.',
        es: 'Foto presentada como de archivo o ilustración, pero sin relación visible con el artículo: {unmatched} de las {total} personas, lugares o nombres que cita el pie no aparecen en el texto.',
      },
      'wrong-event': {
        fr: 'Même lieu ({place}), autre moment : la photo date de {captionDate}, l’article de {articleDate}, et la légende ne la présente pas comme une photo d’archive.',
        en: 'Same place ({place}), different time: the photo dates from {captionDate}, the article from {articleDate}, and the caption does not label it as an archive photo.',
        es: 'Mismo lugar ({place}), otro momento: la foto es de {captionDate}, el artículo de {articleDate}, y el pie no la presenta como foto de archivo.',
      },
      'date-far': {
        fr: 'La photo date de {captionDate}, l’article de {articleDate} : une photo ancienne, non signalée comme archive.',
        en: 'The photo dates from {captionDate}, the article from {articleDate}: an old photo, not labelled as an archive image.',
        es: 'La foto es de {captionDate} y el artículo de {articleDate}: una foto antigua no señalada como de archivo.',
      },
    },
  },
  async detect(ctx) {
    const captions = ctx.blocks('caption');
    if (!captions.length) return;
    const gaz = await loadGazetteer();
    const idx = indexArticle(ctx.article, gaz);
    for (const block of captions) judgeCaption(ctx, gaz, idx, block);
  },
};

type Block = ReturnType<DetectContext['blocks']>[number];

/** Weights of the evidence (see docs/captions.md). */
const W = { person: 1, place: 0.8, placeViaCountry: 0.6, country: 0.4, org: 0.6, name: 0.4, namesCap: 1, event: 0.3, weak: -0.2, weakCountry: -0.1, weakCap: -0.6, dateFar: 0.8, dateUnknown: 0.3, lang: 0.3, vocabLow: 0.7, vocabHigh: -0.3 };
/** Vocabulary overlap thresholds (share of the caption's content words the article uses), same language only. */
const VOCAB = { minWords: 5, low: 0.12, high: 0.5 };
export const FLAG_THRESHOLD = 2;

function judgeCaption(ctx: DetectContext, gaz: Gazetteer, idx: ArticleIndex, block: Block): void {
  const { article, lang } = ctx;
  const text = ctx.textOf(block);
  const credit = block.credit ? [{ start: block.credit.start - block.start, end: block.credit.end - block.start }] : [];
  const cap: CaptionAnalysis = extractCaption(text, gaz, credit);
  if (!cap.entities.length && !cap.dates.some((d) => d.year)) return;
  const matches = cap.entities.map((e) => matchEntity(e, idx, gaz));

  // Evidence weights.
  let score = 0, names = 0, weak = 0, unmatchedCore = 0, missing = 0;
  let eventPenalty = 0;
  for (const m of matches) {
    const k = m.entity.kind;
    if (m.strength === 'strong') continue;
    if (m.strength === 'weak') {
      // A city or landmark the article only reaches through its country is as good as absent.
      if (k === 'place' && m.via === 'around' && (m.viaType === 'country' || m.viaType === 'region')) {
        score += W.placeViaCountry;
        unmatchedCore++;
        missing++;
      } else if (k === 'person') {
        score += W.person / 2;
        unmatchedCore++;
      } else weak += k === 'country' ? W.weakCountry : W.weak;
      continue;
    }
    if (k !== 'event') missing++;
    if (k === 'person') (score += W.person), unmatchedCore++;
    else if (k === 'place') (score += W.place), unmatchedCore++;
    else if (k === 'country') score += W.country;
    else if (k === 'org' && !m.entity.acronym) (score += W.org), unmatchedCore++;
    else if (k === 'org' || k === 'name') (names += W.name), unmatchedCore++;
    else if (k === 'event') eventPenalty = W.event;
  }
  score += Math.min(names, W.namesCap) + eventPenalty + Math.max(weak, W.weakCap);
  const specific = (m: EntityMatch) => m.strength === 'strong' && m.entity.kind !== 'country' && m.entity.kind !== 'event';
  // The same kind of event (a ballot photo on an election story) with no place the gazetteer can contradict:
  // unknown names may just be small places or people the article does not need — related, not flagged.
  const eventMatched = matches.some((m) => m.entity.kind === 'event' && m.strength === 'strong');
  const knownMismatch = matches.some((m) => m.strength === 'none' && m.entity.ids && m.entity.kind !== 'event');
  const related = matches.some(specific) || (eventMatched && !knownMismatch && !matches.some((m) => m.entity.kind === 'person' && m.entity.titled));
  const personMatched = matches.some((m) => m.entity.kind === 'person' && m.strength === 'strong');

  // Dates.
  const capDate = pickDate(cap.dates);
  const dateInfo = capDate ? compareDates(capDate, idx) : undefined;
  if (dateInfo?.state === 'far') score += W.dateFar;
  else if (dateInfo?.state === 'unknown') score += W.dateUnknown;

  // Language.
  const capLang = captionLang(text, block.lang);
  const langDiffers = !!capLang && capLang !== article.lang;
  if (langDiffers) score += W.lang;

  // Vocabulary shared with the article (same language only).
  let vocab: (Overlap & { state: 'low' | 'high' | 'mid' }) | undefined;
  if ((capLang ?? article.lang) === article.lang) {
    let core = text;
    for (const k of cap.skip) core = core.slice(0, k.start) + ' '.repeat(k.end - k.start) + core.slice(k.end);
    const o = overlap(contentStems(core), idx.stems);
    if (o.words >= VOCAB.minWords) {
      vocab = { ...o, state: o.ratio < VOCAB.low ? 'low' : o.ratio >= VOCAB.high ? 'high' : 'mid' };
      if (vocab.state === 'low') score += W.vocabLow;
      else if (vocab.state === 'high') score += W.vocabHigh;
    }
  }

  const labelled = cap.label;
  let messageId: string | undefined, severity: 'info' | 'caution' | 'warning' = 'caution', confidence = 0;
  const data: Record<string, string | number> = { unmatched: missing, total: matches.filter((m) => m.entity.kind !== 'event').length };
  // Nothing at all in the caption is in the article (not even a country), and a second, independent sign.
  const nothingMatches = matches.every((m) => m.strength === 'none' || m.entity.kind === 'event');
  const secondSign = dateInfo?.state === 'far' || (vocab?.state === 'low' && unmatchedCore >= 2);
  if (!related && unmatchedCore >= 1 && (score >= FLAG_THRESHOLD || (nothingMatches && secondSign))) {
    messageId = labelled ? 'unrelated-archive' : 'unrelated';
    const personMissing = matches.some((m) => m.entity.kind === 'person' && m.strength !== 'strong');
    severity = !labelled && (score >= 3 || (personMissing && score >= 2.5)) ? 'warning' : 'caution';
    confidence = labelled ? Math.min(0.7, 0.3 + score * 0.1) : Math.min(0.9, 0.35 + score * 0.12);
  } else if (!labelled && dateInfo?.state === 'far' && !personMatched) {
    const place = matches.find((m) => m.entity.kind === 'place' && m.strength !== 'none' && idx.ids.has(m.entity.ids!.find((x) => idx.ids.has(x)) ?? ''));
    if (place && dateInfo.monthsGap >= 6) {
      messageId = 'wrong-event';
      data.place = place.entity.text;
      const otherEvent = matches.some((m) => m.entity.kind === 'event' && m.strength === 'none');
      confidence = 0.5 + (otherEvent ? 0.1 : 0) + (langDiffers ? 0.05 : 0);
    }
  }
  // An old photo of the right subject (or of nothing specific), years away from the article, not labelled.
  if (!messageId && !labelled && dateInfo?.state === 'far' && dateInfo.monthsGap >= 24 && unmatchedCore <= (related ? 1 : 0)) {
    messageId = 'date-far';
    confidence = related ? 0.35 : 0.45;
  }
  if (!messageId) return;
  if (dateInfo && capDate) {
    data.captionDate = showDate(text, capDate);
    data.articleDate = idx.date ? idx.date.iso : localize(NONE, lang);
  }
  ctx.report({
    start: block.start,
    end: block.end,
    messageId,
    data,
    severity,
    confidence: Math.round(confidence * 100) / 100,
    evidence: buildEvidence(ctx, gaz, idx, block, text, cap, matches, capDate, dateInfo, langDiffers ? capLang : undefined, vocab),
  });
}

function pickDate(dates: FoundDate[]): FoundDate | undefined {
  const withYear = dates.filter((d) => d.year);
  return withYear.find((d) => d.month) ?? withYear[0];
}

interface DateInfo {
  state: 'far' | 'close' | 'mentioned' | 'unknown';
  monthsGap: number;
}

function compareDates(d: FoundDate, idx: ArticleIndex): DateInfo {
  const a = idx.date;
  if (!a) return { state: idx.years.has(d.year!) ? 'mentioned' : 'unknown', monthsGap: 0 };
  const monthsGap = d.month && a.month ? Math.abs(d.year! * 12 + d.month - (a.year * 12 + a.month)) : Math.abs(d.year! - a.year) * 12;
  if (d.year === a.year || monthsGap < 6) return { state: 'close', monthsGap };
  if (idx.years.has(d.year!)) return { state: 'mentioned', monthsGap };
  return { state: 'far', monthsGap };
}

const showDate = (text: string, d: FoundDate) => text.slice(d.start, d.end);

/** The caption's language: the parser's guess, unless its function words clearly say otherwise. */
const FN: Record<Lang, RegExp> = {
  en: /\b(?:the|of|and|with|during|at|after|before|his|her|their|is|are|on|from)\b/giu,
  fr: /\b(?:le|les|des|du|et|au|aux|lors|pendant|avec|sur|une|est|sont|son|ses|dans)\b/giu,
  es: /\b(?:el|los|las|del|y|con|durante|tras|una|es|son|sus|por|en)\b/giu,
};
export function captionLang(text: string, guess: Lang | undefined): Lang | undefined {
  const counts = (Object.keys(FN) as Lang[]).map((l) => [l, (text.match(FN[l]) ?? []).length] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  const clear = best![1] >= 2 && best![1] >= 2 * second![1] ? best![0] : undefined;
  if (guess && (!clear || clear === guess)) return guess;
  return clear;
}

function buildEvidence(
  ctx: DetectContext, gaz: Gazetteer, idx: ArticleIndex, block: Block, text: string, cap: CaptionAnalysis,
  matches: EntityMatch[], capDate: FoundDate | undefined, dateInfo: DateInfo | undefined, capLang: Lang | undefined,
  vocab: (Overlap & { state: string }) | undefined,
): Evidence[] {
  const { lang } = ctx;
  const at = (s: number, e: number) => ({ start: block.start + s, end: block.start + e, quote: text.slice(s, e) });
  const ev: Evidence[] = [];
  if (cap.label) {
    ev.push({ type: 'caption-label', text: localize(T[cap.label.type], lang, { quote: cap.label.text }), ...at(cap.label.start, cap.label.end), data: { label: cap.label.type } });
  }
  const bodyEvents = [...idx.events].map((id) => { const a = idx.ids.get(id); return a ? idx.text.slice(a.start, a.end) : id; });
  for (const m of matches) {
    const e = m.entity;
    const kind = localize(KIND_NAMES[e.kind], lang);
    const match = m.at ? idx.text.slice(m.at.start, m.at.end) : '';
    const tpl =
      m.strength === 'strong' ? T.matched
      : m.strength === 'weak' ? (m.via === 'same' ? T.broad : T.weak)
      : e.kind === 'event' && bodyEvents.length ? T.eventOther : T.unmatched;
    ev.push({
      type: 'caption-entity',
      text: localize(tpl, lang, { kind, quote: e.text, match, events: bodyEvents.join(', ') }),
      ...at(e.start, e.end),
      ...(e.ids ? { source: gaz.sources.get(e.ids[0]!) } : {}),
      data: {
        entity: e.kind, match: m.strength, ...(m.via ? { via: m.via } : {}),
        ...(e.ids ? { ids: e.ids } : {}),
        ...(m.at ? { articleStart: m.at.start, articleEnd: m.at.end, articleQuote: match } : {}),
      },
    });
  }
  if (capDate && dateInfo) {
    const gap = dateInfo.monthsGap >= 12 ? localize(GAP.years, lang, { n: Math.round(dateInfo.monthsGap / 12) }) : localize(GAP.months, lang, { n: dateInfo.monthsGap });
    const tpl = dateInfo.state === 'far' ? T.dateFar : dateInfo.state === 'unknown' ? T.dateUnknown : dateInfo.state === 'mentioned' ? T.dateMentioned : T.dateClose;
    ev.push({
      type: 'caption-date',
      text: localize(tpl, lang, { caption: showDate(text, capDate), article: idx.date?.iso ?? '', gap, year: capDate.year! }),
      ...at(capDate.start, capDate.end),
      data: { state: dateInfo.state, captionYear: capDate.year!, ...(idx.date ? { articleDate: idx.date.iso, articleDateFrom: idx.date.from } : {}), monthsGap: dateInfo.monthsGap },
    });
  }
  if (capLang) {
    ev.push({
      type: 'caption-language',
      text: localize(T.language, lang, { caption: localize(LANG_NAMES[capLang], lang), article: localize(LANG_NAMES[ctx.article.lang], lang) }),
      data: { caption: capLang, article: ctx.article.lang },
    });
  }
  if (vocab) {
    ev.push({
      type: 'caption-vocabulary',
      text: localize(vocab.state === 'low' ? T.vocabLow : T.vocab, lang, { shared: vocab.shared, words: vocab.words }),
      data: { shared: vocab.shared, words: vocab.words, ratio: Math.round(vocab.ratio * 100) / 100 },
    });
  }
  if (block.credit) ev.push({ type: 'caption-credit', text: localize(T.credit, lang, { credit: block.credit.text }), start: block.credit.start, end: block.credit.end, quote: block.credit.text });
  const count = (s: string) => matches.filter((m) => m.strength === s && m.entity.kind !== 'event').length;
  ev.push({ type: 'caption-summary', text: localize(T.summary, lang, { strong: count('strong'), weak: count('weak'), none: count('none') }), data: { strong: count('strong'), weak: count('weak'), none: count('none') } });
  return ev;
}
