/**
 * Per-sentence attribution and claim analysis for the unsourced-claim detector. Everything here is
 * linear in the block length: sentences and quotes are found once per block, the lexicons are matched
 * once per block (word-indexed), and the matches are bucketed into sentences.
 */
import type { Block, Lang } from '../../model/article.js';
import { splitSentences } from '../../text/sentences.js';
import { findQuotes, type Quote } from '../../text/quotes.js';
import { words, type Lexicon, type Match, type Word } from './lexicon.js';

export type SourceType = 'named' | 'pronoun' | 'document' | 'anonymous' | 'vague' | 'state';

/** One attribution found in a sentence: the marker ("selon", "a déclaré", a quote's speaker) and its source. */
export interface Attribution {
  /** The marker's span. */
  start: number;
  end: number;
  kind: 'preposition' | 'verb' | 'construction' | 'quote-speaker' | 'document' | 'vague' | 'anonymous';
  /** The words naming the source, when found. */
  source?: Match;
  type: SourceType;
  /** For type 'state': the state-media finding it matched. */
  outlet?: StateOutlet;
}

/** What unsourced-claim needs from a state-media finding. */
export interface StateOutlet {
  start: number;
  end: number;
  name: string;
  id?: string;
  typology?: string;
  role?: string;
  disclosed: boolean;
}

export type CueType = 'characterisation' | 'weak-characterisation' | 'motive' | 'generalisation' | 'figure' | 'statistic';

export interface Cue extends Match {
  type: CueType;
  /** A vague count of people with no harm word ("des milliers de familles…"): flagged more softly. */
  soft?: boolean;
  /** Judged only when the sentence has no attribution at all (group generalisations, verbless fragments). */
  plain?: boolean;
  /** For a group generalisation: the mind phrase ("have concluded", "ya no creen") — its verb is not a reporting verb. */
  mind?: Match;
}

export interface SentenceInfo {
  start: number;
  end: number;
  block: Block;
  /** Index of the sentence in its block. */
  index: number;
  lang: Lang;
  quotes: Quote[];
  /** Share of the sentence's characters inside quotations. */
  quoted: number;
  attributions: Attribution[];
  cues: Cue[];
  question: boolean;
  opinion: boolean;
  hedged: boolean;
  background: boolean;
  /** A grave accusation (fraud, bribes, shooting…) is asserted in the sentence. */
  accusation: boolean;
}

const PRONOUN_SUBJECTS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'el', 'ella', 'ellos', 'ellas', 'lui', 'eux']);
const SELF_SUBJECTS = new Set(['je', 'nous', 'on', 'i', 'we', 'yo', 'nosotros']);
const PASSIVE_AUX = new Set(['est', 'sont', 'ete', 'etait', 'etaient', 'is', 'are', 'was', 'were', 'been', 'be', 'es', 'son', 'fue', 'fueron', 'sido', 'era', 'eran', 'se']);
const AGENT = new Set(['par', 'by', 'por']);
const AMBIGUOUS_S = new Set(['claims', 'reports', 'comments', 'notes', 'estimates', 'remarks', 'charges', 'answers', 'quotes', 'warnings', 'findings', 'pledges', 'promises', 'fears', 'hopes', 'doubts', 'forecasts', 'tweets', 'statements']);
const VERB_NEXT = new Set(['that', 'to', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'its', 'his', 'her', 'their', 'this', 'these', 'there', 'in', 'on']);
const CAUSAL = new Set(['parce', 'because', 'porque', 'puisque']);
/** Words that tell the reader what kind of outlet a state source is ("the state news agency", "la agencia estatal"). */
export const DISCLOSE =
  /(?:state[- ]?(?:run|owned|controlled|media|news|television|broadcaster|affiliated)|official|semi-official|government[- ](?:run|controlled|backed)|d'[eé]tat|[eé]tatique|officiel|gouvernement|estatal|oficial|gubernamental|del gobierno|gardiens de la r[eé]volution|revolutionary guards?|guardia revolucionaria|du r[eé]gime|regime)/i;
const COUNT_WORDS = new Set(['dizaines', 'centaines', 'milliers', 'millions', 'dozens', 'hundreds', 'thousands', 'decenas', 'centenares', 'cientos', 'miles', 'millones']);
const FRAGMENT_OPENERS = new Set(['un', 'une', 'una', 'unos', 'unas', 'a', 'an']);
const RELATIVES = new Set(['that', 'which', 'qui', 'que']);
const CLAUSE_STOP = /[,;:()«»“”"—–]/;

export interface BlockScan {
  ws: Word[];
  found: ReturnType<Lexicon['all']['find']>;
}

/** One cheap pass over a block's words: every lexicon list at once. */
export function scanBlock(folded: string, block: Block, lex: Lexicon): BlockScan {
  const ws = words(folded, block.start, block.end);
  return { ws, found: lex.all.find(folded, ws, block.start, block.end) };
}

/**
 * Could anything in this block be flagged? (A claim cue, a vague source, a figure, a vague subject or a state
 * outlet.) Blocks that fail this test are plain narrative or attributed speech and need no full analysis.
 */
export function mayFlag(scan: BlockScan, lex: Lexicon, hasStateOutlet: boolean): boolean {
  const f = scan.found;
  if (hasStateOutlet || f.strong.length || f.motives.length || f.generalisations.length || f.vague.length || f.statistics.length) return true;
  if (f.weak.length + f.accusations.length >= 2 || (f.accusations.length && f.qualifiedAnonymous.length)) return true;
  if (f.harm.length || f.percent.length || f.peopleCounts.length || f.groupMind.length) return true;
  // A verbless fragment opening with an act noun ("Une démarche qui…"): cheap test on the word after an article.
  // Only at an indefinite article or before a relative pronoun (set lookups), so the regex runs rarely.
  const ws = scan.ws;
  for (let k = 0; k < ws.length; k++) {
    if (!FRAGMENT_OPENERS.has(ws[k]!.text) && !RELATIVES.has(ws[k + 1]?.text ?? '')) continue;
    let head = ws[k]!.text;
    for (let j = 1; j <= 3 && ws[k + j]; j++) head += ' ' + ws[k + j]!.text;
    if (lex.fragmentHead.test(head)) return true;
  }
  for (const w of scan.ws) if (lex.vagueSubjects.has(w.text) || COUNT_WORDS.has(w.text)) return true;
  return false;
}

/** Analyse every sentence of a block. `stateOutlets` are the state-media findings inside this block. */
export function analyzeBlock(
  text: string,
  folded: string,
  block: Block,
  lang: Lang,
  lex: Lexicon,
  stateOutlets: readonly StateOutlet[],
  pre?: BlockScan,
): SentenceInfo[] {
  const { start: bs, end: be } = block;
  const sentences = splitSentences(text, bs, be);
  const quotes = findQuotes(text, bs, be, { isReportingVerb: lex.isVerb });
  const { ws, found } = pre ?? scanBlock(folded, block, lex);
  const all = { ...found, anonymous: found.qualifiedAnonymous };
  const out: SentenceInfo[] = [];
  let wi = 0;
  // Sentences come in order and do not overlap: a list of matches sorted by start (as the scans make them) is
  // read with a cursor, so a block costs O(matches + sentences), not their product (a 1 MB paragraph). A list
  // not sorted by start is filtered whole, as before; either way the result and its order are the same.
  const cursors = new Map<readonly Match[], number>();
  const within = <T extends Match>(arr: readonly T[], from: number, to: number, overlap: boolean): T[] => {
    let at = cursors.get(arr);
    if (at === undefined) {
      let ok = true;
      for (let k = 1; k < arr.length && ok; k++) ok = arr[k - 1]!.start <= arr[k]!.start;
      at = ok ? 0 : -1;
    }
    if (at < 0) {
      cursors.set(arr, -1);
      return arr.filter((m) => (overlap ? m.start < to && m.end > from : m.start >= from && m.end <= to));
    }
    // Skip what no later sentence can use: contained matches starting before `from`; overlapping ones ending by it.
    while (at < arr.length && (overlap ? arr[at]!.end <= from : arr[at]!.start < from)) at++;
    cursors.set(arr, at);
    const got: T[] = [];
    for (let k = at; k < arr.length && arr[k]!.start < to; k++) {
      const m = arr[k]!;
      if (overlap ? m.end > from : m.end <= to) got.push(m);
    }
    return got;
  };
  sentences.forEach((s, index) => {
    const pick = <T extends Match>(arr: T[]) => within(arr, s.start, s.end, false);
    while (wi < ws.length && ws[wi]!.start < s.start) wi++;
    const sw: Word[] = [];
    for (let k = wi; k < ws.length && ws[k]!.start < s.end; k++) sw.push(ws[k]!);
    const sq = within(quotes, s.start, s.end, true);
    const inQuote = (m: Match) => sq.some((q) => m.start >= q.start && m.end <= q.end);
    const outside = <T extends Match>(arr: T[]) => pick(arr).filter((m) => !inQuote(m));
    let quotedChars = 0;
    for (const q of sq) quotedChars += Math.min(q.end, s.end) - Math.max(q.start, s.start);
    const len = s.end - s.start;
    const info: SentenceInfo = {
      start: s.start,
      end: s.end,
      block,
      index,
      lang,
      quotes: sq,
      quoted: len ? quotedChars / len : 0,
      attributions: [],
      cues: [],
      question: /[?¿]\s*[»”"’)\]]*\s*$/.test(text.slice(s.start, s.end)),
      opinion: outside(all.opinion).length > 0,
      hedged: outside(all.hedges).length > 0,
      // "habitants" in "des milliers d'habitants boivent…" is the subject of a claim, not "compte 3 000 habitants".
      background: outside(all.background).some((b) => !pick(all.peopleCounts).some((p) => overlaps(p, b))),
      accusation: outside(all.accusations).length > 0,
    };
    const sState = within(stateOutlets, s.start, s.end, false);
    // Claim phrases ("comme prétexte pour", "were able to see for themselves", "con el objetivo de …"): a
    // reporting verb inside one is part of the claim, not an attribution.
    info.cues = findCues(text, folded, s, sw, {
      strong: outside(all.strong),
      weak: outside(all.weak),
      motives: outside(all.motives),
      generalisations: outside(all.generalisations),
      harm: outside(all.harm),
      quantifiers: outside(all.quantifiers),
      peopleCounts: outside(all.peopleCounts),
      statistics: outside(all.statistics),
      percent: outside(all.percent),
      groupMind: outside(all.groupMind),
      accusations: outside(all.accusations),
    }, inQuote, lex);
    const claimSpans = [...outside(all.strong), ...outside(all.motives), ...outside(all.generalisations)];
    for (const c of info.cues) if (c.mind) claimSpans.push(c.mind);
    info.attributions = findAttributions(text, folded, s, sw, sq, lex, {
      claimSpans,
      multiword: outside(all.multiword),
      prepositions: outside(all.prepositions).filter((p) => !pick(all.notPrepositions).some((n) => n.start <= p.start && n.end > p.start)),
      documents: outside(all.documents),
      vague: outside(all.vague).filter((v) => !namedAfter(text, v.end)),
      anonymous: outside(all.anonymous),
      state: sState,
    }, inQuote);
    out.push(info);
  });
  return out;
}

interface AttributionMatches {
  multiword: Match[];
  prepositions: Match[];
  documents: Match[];
  vague: Match[];
  anonymous: Match[];
  state: readonly StateOutlet[];
  /** Spans of claim cues (strong characterisations, motives, generalisations) in the outlet's voice. */
  claimSpans: Match[];
}

function findAttributions(
  text: string,
  folded: string,
  s: Match,
  sw: Word[],
  quotes: Quote[],
  lex: Lexicon,
  m: AttributionMatches,
  inQuote: (m: Match) => boolean,
): Attribution[] {
  const out: Attribution[] = [];
  const stateIn = (span: Match | undefined, relay = true) =>
    span ? m.state.find((o) => o.start < span.end && o.end > span.start && (relay || !isRecipient(folded, o))) : undefined;
  const vagueIn = (span: Match | undefined) => (span ? m.vague.find((v) => v.start < span.end && v.end > span.start) : undefined);
  const anonIn = (span: Match | undefined) => (span ? m.anonymous.find((v) => v.start < span.end && v.end > span.start) : undefined);
  const classify = (a: Omit<Attribution, 'type'>, fallback: SourceType): Attribution => {
    // "told RIA Novosti", "a déclaré à Sputnik": the outlet received the statement; it is not the source.
    const relay = a.kind === 'preposition' || a.kind === 'construction' || a.kind === 'document';
    const st = stateIn(a.source, relay) ?? stateIn(a, relay);
    if (st) return { ...a, type: 'state', outlet: st };
    if (anonIn(a.source) || anonIn(a)) return { ...a, type: 'anonymous' };
    if (vagueIn(a.source) || vagueIn(a)) return { ...a, type: 'vague' };
    return { ...a, type: fallback };
  };

  // Prepositions: "selon X", "according to X", "según X", "citing X".
  for (const p of m.prepositions) {
    const src = phraseAfter(text, p.end, s.end, 10);
    const w = src ? folded.slice(src.start, src.end) : '';
    const first = w.split(/[^\p{L}]+/u)[0] ?? '';
    // "X informó que …": a verb-like marker followed by a complement clause has its source before it (the verb
    // pass reads the subject); the clause after it is the claim, not a source.
    if (first === 'que' || first === 'that' || /^qu'/.test(w)) continue;
    const fallback: SourceType = PRONOUN_SUBJECTS.has(first) || SELF_SUBJECTS.has(first) ? 'pronoun' : 'named';
    out.push(classify({ start: p.start, end: p.end, kind: 'preposition', ...(src ? { source: src } : {}) }, fallback));
  }
  // Constructions: "selon lui", "a-t-il", "in a statement", "told reporters", "en un comunicado".
  for (const c of m.multiword) out.push(classify({ start: c.start, end: c.end, kind: 'construction' }, 'named'));
  // Reporting verbs, outside quotations, not an agentless passive ("est estimé à", "was reported").
  for (let k = 0; k < sw.length; k++) {
    const w = sw[k]!;
    if (!lex.isVerb(w.text) || inQuote(w)) continue;
    if (m.claimSpans.some((c) => c.start <= w.start && c.end >= w.end)) continue;
    // "who asked not to be named", "que pidieron no ser identificadas": the verb describes the source, it is not one.
    if (m.anonymous.some((c) => c.start <= w.start && c.end >= w.end)) continue;
    const prev = sw[k - 1]?.text;
    const prev2 = sw[k - 2]?.text;
    const passive = (prev && PASSIVE_AUX.has(prev)) || (prev === 'ete' && prev2 && PASSIVE_AUX.has(prev2));
    if (passive && !sw.slice(k + 1, k + 8).some((x) => AGENT.has(x.text))) continue;
    // "selon lesquelles … a averti" and the like are fine; a noun after a determiner is not a verb ("une note", "la demande").
    // ("a" is the English article only: in French it is the auxiliary of "a déclaré".)
    if (prev && (/^(?:la|le|les|une|un|des|the|an|una|un|el|los|las|this|that|cette|ce|esta|este|sa|son|ses|su|sus|his|her|their|its)$/.test(prev) || (prev === 'a' && lex.lang === 'en')) && !passive) continue;
    // English -s forms that are usually nouns ("baseless claims about", "reports of") are verbs only when
    // followed by what a verb takes ("claims that", "reports the").
    if (AMBIGUOUS_S.has(w.text) && !VERB_NEXT.has(sw[k + 1]?.text ?? '')) continue;
    // A verb inside a causal clause ("uniquement parce qu'ils réclamaient…", "because they demanded") is
    // part of the claim, not its attribution.
    if (sw.slice(Math.max(0, k - 4), k).some((x) => CAUSAL.has(x.text))) continue;
    // A bare participle is a reduced relative ("le départ, exigé par les autorités"), not reported speech.
    if (!passive && isBareParticiple(text, w, prev)) continue;
    const subj = subjectBefore(text, folded, sw, k, s.start);
    const after = phraseAfter(text, w.end, s.end, 6);
    const subjFirst = subj ? folded.slice(subj.start, subj.end).split(/[^\p{L}]+/u)[0] ?? '' : '';
    if (SELF_SUBJECTS.has(subjFirst) && subjFirst !== 'on') continue; // "nous pensons": the outlet itself
    const source = subj ?? after;
    const fallback: SourceType = PRONOUN_SUBJECTS.has(subjFirst) ? 'pronoun' : 'named';
    const a = classify({ start: w.start, end: w.end, kind: 'verb', ...(source ? { source } : {}) }, fallback);
    if (a.type === 'named' && isVagueSubject(folded, subj ?? after, lex)) {
      out.push({ ...a, type: 'vague' });
      continue;
    }
    if (subjFirst === 'on' && a.type === 'named') {
      out.push({ ...a, type: 'vague' });
      continue;
    }
    out.push(a);
  }
  // A quotation's speaker.
  for (const q of quotes) {
    if (!q.speaker) continue;
    const sp = { start: q.speaker.start, end: q.speaker.end };
    out.push(classify({ start: q.speaker.verb?.start ?? sp.start, end: q.speaker.verb?.end ?? sp.end, kind: 'quote-speaker', source: sp }, 'named'));
  }
  // Documents and data: "un rapport de l'ONU", "a UN report", "datos del INE".
  for (const d of m.documents) {
    // Only as a source: "data from the statistics office", "les chiffres du ministère", "a report by X",
    // "documents published by the court", "the figures show" — not "manipulated the inflation figures".
    const after = text.slice(d.end, Math.min(s.end, d.end + 60));
    const asSource =
      /^\s*(?:from|by|of the|par|du|de l['’]|de la|des|del|de los|de las|por|publi\p{L}+ (?:by|par|por))\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?:\p{Lu}|\p{L}*\s?(?:officiel|official|oficial|minist|gouvernement|government|gobierno|office|agency|agence|agencia|bureau|institut|oficina|bank|banque|banco|universit|census|recensement|censo|court|tribunal|commission|comisi))/u.test(after) ||
      /^[^.;]{0,40}?\b(?:show|shows|showed|found|indicate|indicates|reveal|reveals|montre|montrent|r[eé]v[eè]le|indique|indiquent|muestra|muestran|revela|revelan|indica|indican)\b/u.test(after);
    if (asSource) {
      out.push(classify({ start: d.start, end: d.end, kind: 'document', source: d }, 'document'));
    }
  }
  // Vague and anonymous phrases are attributions in their own right ("des experts estiment", "sources close to").
  for (const v of m.vague) if (!out.some((a) => a.type === 'vague' && overlaps(a.source ?? a, v))) out.push({ start: v.start, end: v.end, kind: 'vague', source: v, type: 'vague' });
  for (const v of m.anonymous) if (!out.some((a) => a.type === 'anonymous' && overlaps(a.source ?? a, v))) out.push({ start: v.start, end: v.end, kind: 'anonymous', source: v, type: 'anonymous' });
  return out.sort((a, b) => a.start - b.start);
}

function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The words after `from` up to a clause stop or `max` words. */
function phraseAfter(text: string, from: number, end: number, max: number): Match | undefined {
  let i = from;
  while (i < end && /[\s\u00a0,:]/.test(text[i]!)) i++;
  const start = i;
  let n = 0;
  let last = start;
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (CLAUSE_STOP.test(text.slice(last, m.index))) break;
    last = m.index + m[0].replace(/\.$/, '').length;
    if (++n >= max) break;
  }
  return last > start ? { start, end: last } : undefined;
}

/** The subject of the verb sw[k]: words back to a clause stop, skipping auxiliaries, at most 7. */
function subjectBefore(text: string, folded: string, sw: Word[], k: number, sentStart: number): Match | undefined {
  let j = k - 1;
  while (j >= 0 && /^(?:a|ont|avait|avaient|aurait|auraient|has|have|had|ha|han|habia|habian|est|sont|was|were|is|are|t|il|elle|ils|elles|s|se|l|lui|leur|nous|vous|y|en|ne|n|pas|not|no|also|aussi|tambien|ya|deja|encore|still|then|ensuite|luego|did|does|do|will|would|could|may|might)$/.test(sw[j]!.text)) {
    // An inverted pronoun ("a-t-il") is the subject itself.
    if (/^(?:il|elle|ils|elles)$/.test(sw[j]!.text) && text[sw[j]!.start - 1] === '-') return { start: sw[j]!.start, end: sw[j]!.end };
    j--;
  }
  if (j < 0) return undefined;
  const end = sw[j]!.end;
  let i = j;
  while (i > 0 && j - i < 6 && sw[i - 1]!.start >= sentStart && !CLAUSE_STOP.test(text.slice(sw[i - 1]!.end, sw[i]!.start)) && !/^(?:que|qu|that|which|who|que|quien|dont|where|ou|donde)$/.test(sw[i - 1]!.text)) i--;
  void folded;
  return { start: sw[i]!.start, end };
}

interface CueMatches {
  strong: Match[];
  weak: Match[];
  motives: Match[];
  generalisations: Match[];
  harm: Match[];
  quantifiers: Match[];
  peopleCounts: Match[];
  statistics: Match[];
  percent: Match[];
  groupMind: Match[];
  accusations: Match[];
}

const POPULATION_AFTER =
  /^\s*(?:des|of|de|du|del|d')\s*(?:the |los |las |la |les |l')?(?:\p{L}+ )?(?:population|people|citizens|voters|electors|residents|adults|youth|young|women|men|children|workers|americans|europeans|britons|french|germans|russians|chinese|francais|europeens|citoyens|electeurs|habitants|jeunes|femmes|hommes|enfants|salaries|personnes|sondes|poblacion|personas|ciudadanos|votantes|electores|habitantes|jovenes|mujeres|hombres|ninos|trabajadores|encuestados|espanoles|respondents|those surveyed)\b/u;
const NUMBER_RE = /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?![\p{L}\p{N}])/gu;
const NUMBER_WORDS = /(?<![\p{L}])(?:dizaines|centaines|milliers|millions|dozens|hundreds|thousands|millions|decenas|centenares|cientos|miles|millones|douzaines)(?![\p{L}])/gu;

function findCues(text: string, folded: string, s: Match, sw: Word[], m: CueMatches, inQuote: (m: Match) => boolean, lex: Lexicon): Cue[] {
  const cues: Cue[] = [];
  for (const x of m.strong) cues.push({ ...x, type: 'characterisation' });
  for (const x of m.motives) cues.push({ ...x, type: 'motive' });
  for (const x of m.generalisations) cues.push({ ...x, type: 'generalisation' });
  for (const x of m.weak) if (!cues.some((c) => overlaps(c, x))) cues.push({ ...x, type: 'weak-characterisation' });
  // A grave accusation ("rigged", "sobornos", "truqué") in the outlet's voice is a loaded term: with another one it flags.
  for (const x of m.accusations) if (!cues.some((c) => overlaps(c, x))) cues.push({ ...x, type: 'weak-characterisation' });
  // Figures: a number (not a year, a date or an hour) within a few words of a harm noun.
  const seg = text.slice(s.start, s.end);
  const nums: Match[] = [];
  for (const re of [NUMBER_RE, NUMBER_WORDS]) {
    re.lastIndex = 0;
    const src = re === NUMBER_WORDS ? folded.slice(s.start, s.end) : seg;
    for (let r = re.exec(src); r; r = re.exec(src)) {
      const at = { start: s.start + r.index, end: s.start + r.index + r[0].length };
      if (inQuote(at)) continue;
      const v = r[0];
      if (re === NUMBER_RE && isDateOrYear(text, at, v)) continue;
      nums.push(at);
    }
  }
  for (const q of m.quantifiers) nums.push(q);
  for (const n of nums) {
    const h = m.harm.find((x) => x.start >= n.end && wordsBetween(sw, n.end, x.start) <= 4);
    if (h) {
      cues.push({ start: n.start, end: h.end, type: 'figure' });
      continue;
    }
    const p = m.percent.find((x) => x.start >= n.end && x.start - n.end <= 2);
    // "70 % des Français", "60% of Americans", "el 40 % de los ciudadanos": a statistic about people.
    if (p && POPULATION_AFTER.test(folded.slice(p.end, p.end + 40))) cues.push({ start: n.start, end: p.end, type: 'statistic' });
  }
  // "Des milliers d'habitants boivent…", "Thousands of pensioners…", "Miles de campesinos…": a vague count of
  // people as the sentence's subject asserts a scale nobody is said to have measured.
  for (const x of m.peopleCounts) {
    if (cues.some((c) => c.type === 'figure' && overlaps(c, x))) continue;
    if (wordsBetween(sw, s.start, x.start) <= 2) cues.push({ ...x, type: 'figure', soft: true });
  }
  // The same with a group named by an agent noun or a demonym the lists do not hold ("Millions of taxpayers",
  // "Cientos de miles de nicaragüenses", "Des milliers de contribuables").
  if (!cues.some((c) => c.type === 'figure')) {
    const head = folded.slice(s.start, Math.min(s.end, s.start + 80));
    const g = PEOPLE_GROUP.exec(head);
    if (g && !NOT_PEOPLE.test(g[2]!)) cues.push({ start: s.start + g.index + g[0].indexOf(g[1]!), end: s.start + g.index + g[0].length, type: 'figure', soft: true });
  }
  for (const x of m.statistics) if (!cues.some((c) => overlaps(c, x))) cues.push({ ...x, type: 'statistic' });
  const g = groupGeneralisation(text, folded, s, sw, m, lex);
  if (g) cues.push(g);
  const f = fragment(text, folded, s, sw, lex);
  if (f) cues.push(f);
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * "Many countries in the Global South have quietly concluded…", "La plupart des Européens ne comprennent plus…",
 * "Los ecuatorianos ya no creen…": what a whole group thinks or feels, asserted with no poll or source. The group
 * opens the sentence; the mind phrase follows within eight words. No number (a poll figure is a statistic).
 */
function groupGeneralisation(text: string, folded: string, s: Match, sw: Word[], m: CueMatches, lex: Lexicon): Cue | null {
  if (!m.groupMind.length || sw.length === 0) return null;
  const head = lex.groupHead.exec(folded.slice(s.start, Math.min(s.end, s.start + 120)));
  if (!head || NOT_PEOPLE.test(head[1]!)) return null;
  const headEnd = s.start + head.index + head[0].length;
  const mind = m.groupMind.find((x) => x.start >= headEnd && wordsBetween(sw, headEnd, x.start) <= 8);
  if (!mind) return null;
  if (/\d/.test(text.slice(s.start, s.end))) return null;
  // "Many residents said they no longer trust…": a reporting verb between the group and the mind phrase attributes it.
  if (sw.some((w) => w.start >= headEnd && w.end <= mind.start && lex.isVerb(w.text))) return null;
  return { start: s.start + head.index, end: mind.end, type: 'generalisation', plain: true, mind: { start: mind.start, end: mind.end } };
}

const FINITE_AFTER =
  /^(?:[\p{L}']+\s+){0,2}?(?:est|sont|etait|sera|seront|a|ont|va|vont|doit|doivent|peut|pourrait|is|was|are|were|will|would|has|have|had|can|could|should|may|might|must|es|son|fue|fueron|sera|seran|ha|han|esta|estan|va|van|puede|podria|debe)(?![\p{L}])/u;

/**
 * A verbless editorial fragment in the outlet's voice: "Une démarche protectionniste qui pénalise…", "Un aveu
 * d'échec qui ne trompe plus personne.", "Un proceso viciado desde el primer día.", "Sanctions that hurt…". The
 * act noun opens the sentence; no finite verb right after it (that would make a full sentence: "Une décision est
 * attendue lundi"), no figure, at most 25 words.
 */
function fragment(text: string, folded: string, s: Match, sw: Word[], lex: Lexicon): Cue | null {
  if (sw.length === 0 || sw.length > 25) return null;
  const head = folded.slice(s.start, Math.min(s.end, s.start + 80));
  const h = lex.fragmentHead.exec(head);
  if (!h) return null;
  const rest = head.slice(h[0].length).trimStart();
  // What follows the act noun makes it a fragment: a relative ("qui", "that"), possibly after an adjective or a
  // "de/of" complement, or a participle ("dictée par", "viciado", "designed to"); or nothing (a short "Un aveu.").
  const shaped =
    /(?:that|which|qui|que)$/.test(h[0]) ||
    /^(?:(?:d'|de |del |of |\p{L}+ ){0,2})(?:qui|que|that|which|dont|cuyo|cuya)(?![\p{L}])/u.test(rest) ||
    /^(?:\p{L}+ )?\p{L}+(?:ed|ee|ees|ado|ada|ados|adas|ido|ida|idos|idas)(?![\p{L}])/u.test(rest) ||
    (sw.length <= 6 && /^(?:d'|de |of )?[\p{L} ]*[.!…]?\s*$/u.test(rest));
  if (!shaped) return null;
  if (!/^(?:qui|que|that|which|dont|cuyo|cuya)(?![\p{L}])/u.test(rest) && FINITE_AFTER.test(rest)) return null;
  if (/\d/.test(text.slice(s.start, s.end))) return null;
  return { start: s.start, end: s.start + h[0].length, type: 'characterisation', plain: true };
}

/** A vague count opening the sentence, then "of/de" and a word shaped like a group of people (agent noun, demonym). */
const PEOPLE_GROUP =
  /^(?:[\p{L}']+[\s,]+){0,2}?((?:des |plusieurs |tens of |hundreds of |)(?:dizaines|centaines|milliers|millions|dozens|hundreds|thousands|millions|decenas|centenares|cientos|miles|millones)(?: de miles| de milliers)?)\s+(?:of|de|d')\s*(?:the |los |las |les )?(\p{L}+(?:ers|ians|ans|ese|ois|oises|ais|aises|iens|iennes|eurs|euses|ants|antes|entes|ores|oras|enses|anos|anas|enos|inos|inas|ables))(?![\p{L}])/u;
const NOT_PEOPLE = /^(?:meters|metres|liters|litres|containers|computers|numbers|kilometers|kilometres|papers|letters|answers|orders|chapters|dollars|persians|restaurants|accidents|incidents|documents|instruments|elements|segments|etudiants_|accidentes|incidentes|restaurantes|documentos|kilometros|metros|litros|motores|colores|sectores|valeurs|heures|secteurs|moteurs|ordinateurs|compteurs|capteurs|centimes|tables|vehicules|vehiculos|variables|millions|milliers|miles|dollars|euros|pesos|anos|planos|granos|bancos|barcos|carros|camions|avions|ans|jours)$/u;

function wordsBetween(sw: Word[], from: number, to: number): number {
  let n = 0;
  for (const w of sw) if (w.start >= from && w.end <= to) n++;
  return n;
}

function isDateOrYear(text: string, at: Match, v: string): boolean {
  const n = Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (/^(?:1[89]|20)\d\d$/.test(v)) return true;
  const after = text.slice(at.end, at.end + 14).toLowerCase();
  const before = text.slice(Math.max(0, at.start - 12), at.start).toLowerCase();
  if (/^\s*(?:h\b|h\d|:\d|heures?|hours?|horas?|ans?\b|years?|años|jours?|days?|días|mois|months?|meses|semaines?|weeks?|semanas|km|kilom|miles?\b|m\b|mètres|metros|°|janv|févr|fevr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec|ene|abr|ago|dic|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))/u.test(after)) return true;
  if (/(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\s*$/u.test(before)) return true;
  return !Number.isFinite(n) || n < 2;
}

const AUX_BEFORE_PARTICIPLE = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'ete', 'est', 'sont', 'etait', 'ha', 'han', 'habia', 'habian', 'habria', 'hubiera', 'fue', 'fueron', 'sido', 'es', 'son', 'il', 'elle', 'ils', 'elles', 't', 'lui', 'leur', 'nous', 'deja', 'aussi', 'egalement', 'ya', 'tambien', 'pas', 'jamais', 'toujours', 'bien', 'encore']);

/** French/Spanish past participle (accented -é/-ée/-és/-ées, -ado/-ido…) with no auxiliary before it. */
function isBareParticiple(text: string, w: Word, prev: string | undefined): boolean {
  const orig = text.slice(w.start, w.end).toLowerCase();
  const participle = /(?:é|ée|és|ées|(?:ad|id)[oa]s?)$/u.test(orig);
  if (!participle) return false;
  return !prev || !AUX_BEFORE_PARTICIPLE.has(prev);
}

/** Is the state outlet the recipient of a statement ("told TASS", "a déclaré à l'agence Fars", "dijo a Sputnik")? */
function isRecipient(folded: string, o: Match): boolean {
  const before = folded.slice(Math.max(0, o.start - 40), o.start);
  return /(?:^|[\s,])(?:a|au|aux|to|told|aupres de|en declarations? a|in an interview with|en entrevista con|dans un entretien (?:a|avec)|interview with|entretien avec)\s+(?:(?:l'|la |le |the |el |les |los )?(?:agence|agency|agencia|chaine|television|cadena|radio|journal|newspaper|diario|site|media|medio|quotidien)\s+)?(?:[\p{L}-]+\s+){0,1}$/u.test(before);
}

const VAGUE_DETERMINERS = new Set(['some', 'many', 'several', 'most', 'other', 'numerous', 'certain', 'various', 'western', 'independent', 'international', 'des', 'les', 'certains', 'certaines', 'plusieurs', 'nombreux', 'de', 'nombre', 'd', 'autres', 'occidentaux', 'independants', 'internationaux', 'algunos', 'algunas', 'muchos', 'muchas', 'varios', 'varias', 'los', 'las', 'diversos', 'numerosos', 'otros', 'occidentales', 'independientes', 'internacionales']);

/** "experts", "many observers", "des analystes", "algunos expertos" — a subject that names nobody. */
function isVagueSubject(folded: string, span: Match | undefined, lex: Lexicon): boolean {
  if (!span || namedAfter(folded, span.end, true)) return false;
  const ws = folded.slice(span.start, span.end).split(/[^\p{L}]+/u).filter(Boolean);
  if (ws.length === 0 || ws.length > 4) return false;
  const head = ws[ws.length - 1]!;
  if (!lex.vagueSubjects.has(head) && !(ws.length > 1 && lex.vagueSubjects.has(ws[0]!) && ws.length <= 2)) return false;
  return ws.slice(0, -1).every((w) => VAGUE_DETERMINERS.has(w)) || (ws.length <= 2 && lex.vagueSubjects.has(ws[0]!));
}

/**
 * "observers from the OSCE", "los observadores de la Unión Europea", "des experts de l'OMS", "analysts at Barclays":
 * a vague noun qualified by a named body names its source.
 */
const NAMED_AFTER_RE = /^[ \u00a0]+(?:de la|de los|de las|de l['’]|del|de|des|du|d['’]|of the|of|from the|from|at|with the|with|auprès de la|auprès du|auprès de)[ \u00a0]*(?:the[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|le[ \u00a0]+|l['’])?(\p{L}[\p{L}.-]*)/u;
function namedAfter(text: string, end: number, folded = false): boolean {
  const m = NAMED_AFTER_RE.exec(text.slice(end, end + 60));
  if (!m) return false;
  const word = m[1]!;
  // On folded text capitals are gone: accept acronyms' shape via the original only; here require a known body word.
  if (folded) return /^(?:onu|un|ue|eu|oms|who|ocde|oecd|osce|ocse|otan|nato|fmi|imf|unesco|unicef|fao|omc|wto|bce|ecb|fed|cnrs|inserm|insee|ine|eurostat|union|universit|institut|instituto|comision|commission|consejo|conseil|council|banco|banque|bank|ministere|ministerio|ministry|gobierno|gouvernement|government|agence|agencia|agency|oficina|office|tribunal|court|cour|academie|academia|academy|fondation|fundacion|foundation|centre|centro|center)/.test(word);
  return /^\p{Lu}/u.test(word);
}
