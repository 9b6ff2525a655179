import { atWordBoundary, fold } from '../text/fold.js';
import type { OutletEntry } from './schema.js';
import type { OutletRegistry } from './registry.js';
import { TYPOLOGY } from './typology.js';

/**
 * How the text relates to the outlet at a mention:
 * - `citation`: the outlet is a source of information ("selon Fars News", "according to RT", "…, informó TeleSUR")
 * - `credit`: a photo or copyright credit ("©IRNA", "(Xinhua photo)", "Foto: Prensa Latina")
 * - `venue`: someone spoke to it ("told TeleSUR", "interview accordée à la chaîne X", "dijo a HispanTV")
 * - `none`: just named.
 */
export type MentionCue = 'citation' | 'credit' | 'venue' | 'none';

export interface OutletMention {
  /** UTF-16 offsets (plus `offset`), the outlet's name or host exactly as written. */
  start: number;
  end: number;
  quote: string;
  entry: OutletEntry;
  stateMedia: boolean;
  via: 'name' | 'host';
  /** The registry spelling that matched (or the host). */
  alias: string;
  cue: MentionCue;
  /** The name is also an ordinary word and matched only thanks to its context. */
  guarded: boolean;
  /** The text itself says the outlet is the state's ("state television VTV", "l'agence officielle IRNA"). */
  disclosed: boolean;
}

export interface FindOptions {
  /**
   * The text is a place where an outlet is expected (source line, byline, dateline, credit): guarded names match.
   * `'weak'` (page header or footer lines): only the curated registry's guarded names match there.
   */
  slot?: boolean | 'weak';
  /** Added to every offset (pass a block's start when `text` is the block's text). */
  offset?: number;
}

// ---- token-level cues (compared on folded text: lower case, no diacritics, ’ → ') -------------------------------

const words = (s: string) => s.split(' ');
/** Cue phrases that end right before the (filler and) name. */
const VENUE = [
  'told', 'speaking to', 'spoke to', 'talking to', 'talked to', 'interview with', 'interview to', 'interviewed by', 'appeared on', 'appearing on',
  'said on', 'speaking on', 'declare a', 'dit a', 'confie a', 'accordee a', 'accorde a', 'accordait a', 'interview a', 'entretien a', 'entretien avec',
  'interviewe par', 'interroge par', 'interrogee par', 'micro de', 'plateau de', 'antenne de', 'invite de', 'invitee de', 'explique a', 'indique a',
  'affirme a', 'annonce a', 'precise a', 'assure a', 'dijo a', 'declaro a', 'entrevista con', 'entrevista a', 'entrevistado por', 'entrevistada por',
  'concedida a', 'concedio a', 'explico a', 'aseguro a', 'afirmo a', 'hablo con', 'declaraciones a', 'ecrit pour', 'wrote for', 'escribio para',
].map(words);
const CITATION = [
  'selon', "d' apres", 'cite par', 'citee par', 'cites par', 'citees par', 'rapporte par', 'rapportee par', 'relaye par', 'relayee par', 'repris par',
  'reprise par', 'citant', 'de source', 'according to', 'citing', 'cited by', 'quoted by', 'quoting', 'reported by', 'report by', 'reporting by',
  'published by', 'carried by', 'aired by', 'via', 'segun', 'de acuerdo con', 'de acuerdo a', 'citado por', 'citada por', 'citados por', 'citadas por',
  'segun reporto', 'segun informo', 'segun informa', 'segun reporta', 'segun publico', 'segun difundio', 'segun indico', 'segun recoge', 'segun recogio', 'como informo', 'como reporto', 'como publico', 'tal como informo', "l' a rapporte", "l' a annonce", "l' a indique", 'as reported by', 'reproducido por', 'reproducida por', 'difundido por', 'difundida por', 'publicado por', 'publicada por', 'informado por', 'recogido por', 'recogida por', 'recogidos por', 'recogidas por', 'relayed by', 'picked up by', 'repris par', 'diffuse par', 'diffusee par', 'publie par', 'publiee par', 'citando', 'source :', 'sources :', 'fuente :', 'fuentes :',
].map(words);
/** Inverted reporting verbs ("…», a rapporté l'agence Fars", "…, said RT"): only after punctuation. */
const INVERTED = new Set(
  'rapporte rapportait indique indiquait annonce affirme ecrit precise assure ajoute explique estime souligne reported reports said says wrote writes added announced claimed stated informo informa reporto publico dijo dice indico senalo afirmo aseguro preciso agrego anadio explico'.split(' '),
);
const AUX = new Set(['a', 'ha', 'has', 'had', 'have', 'avait', 'habia']);
const OUTLET_NOUN = new Set(
  'agence agency agencia chaine channel cadena canal television tele tv radio journal newspaper diario periodico quotidien daily hebdomadaire weekly semanario site website sitio portal web media medio medios outlet broadcaster radiodiffuseur emisora network reseau red magazine revista organe organ organo mouthpiece porte-parole portavoz'.split(' '),
);
const FILLER = new Set([
  ...OUTLET_NOUN,
  ...("l' d' la le les the el los las un une a an de du des of del da its son sa ses su sus leur s news nouvelles noticias presse press prensa information informations informacion service servicio " +
    'officielle officiel officiels official oficial oficiales state etat estatal estado publique public publica publico gouvernementale gouvernemental government gubernamental ' +
    'semi-officielle semi-officiel semi-official semioficial progouvernementale pro-government progubernamental conservatrice conservative conservador conservadora ' +
    'ultraconservatrice ultraconservateur ultraconservative ultraconservador ultraconservadora hardline proche close cercana cercano internationale international internacional ' +
    'francophone hispanophone anglophone arabophone english-language spanish-language french-language en espanol francais frances ingles english french spanish edition version').split(' '),
]);
const STATE_WORD = new Set('state state-run state-owned state-controlled etat d\'etat estatal estado official officielle officiel oficial gouvernementale gouvernemental government government-run gubernamental semi-official semi-officielle semioficial'.split(' '));
const NATIONALITY_RE = /^(?:[a-z-]{3,}(?:ien|ienne|iens|iennes|ian|ians|iano|iana|ais|aise|ois|oise|ese|esa|eses|ano|anos|ino|ina|ique|ica|ico|ani|ari|ie|iya|e|e-coreen|e-coreenne)|russe|ruso|rusa|turc|turque|turco|turca|chinois|chinoise|chino|china|irani|qatari|qatarie|catari)$/;

interface Tok { t: string; start: number; upper: boolean }
function tokens(folded: string, original: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const re = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*'?|[^\s\p{L}\p{N}]/gu;
  const slice = folded.slice(from, to);
  for (const m of slice.matchAll(re)) {
    const c = original[from + m.index];
    out.push({ t: m[0], start: from + m.index, upper: !!c && c !== c.toLowerCase() });
  }
  return out;
}
const endsWith = (toks: Tok[], i: number, phrase: string[]) =>
  i - phrase.length >= 0 && phrase.every((w, k) => toks[i - phrase.length + k]!.t === w);

/** Walk back from the name over at most 5 filler words; what cue (if any) comes before, and was an outlet noun crossed? */
function cueBefore(folded: string, original: string, start: number): { cue: MentionCue; noun: boolean; disclosed: boolean } {
  const toks = tokens(folded, original, Math.max(0, start - 120), start);
  let i = toks.length;
  let noun = false;
  let disclosed = false;
  for (let skipped = 0; skipped <= 5 && i > 0; skipped++) {
    if (VENUE.some((p) => endsWith(toks, i, p))) return { cue: 'venue', noun, disclosed };
    if (CITATION.some((p) => endsWith(toks, i, p))) return { cue: 'citation', noun, disclosed };
    const last = toks[i - 1]!;
    if (INVERTED.has(last.t)) {
      let j = i - 2;
      if (j >= 0 && AUX.has(toks[j]!.t)) j--;
      if (j >= 0 && /^[,;:«»"“”'’)\]—–-]$/.test(toks[j]!.t)) return { cue: 'citation', noun, disclosed };
    }
    if ((last.t === '©' || last.t === '/') && skipped === 0) return { cue: 'credit', noun, disclosed };
    if (last.t === ':' && i >= 2 && /^(?:photo|foto|credit|credito|image|imagen|illustration|video)s?$/.test(toks[i - 2]!.t)) return { cue: 'credit', noun, disclosed };
    if (/^(?:copyright|photo|foto)$/.test(last.t) && skipped === 0) return { cue: 'credit', noun, disclosed };
    // A capitalised word is crossed only as a possessive ("Iran's state-run …"): title-case prose is no cue.
    const isFiller = FILLER.has(last.t) || NATIONALITY_RE.test(last.t) || last.t.includes('-') || (last.upper && /'$/.test(last.t));
    if (!isFiller) break;
    if (OUTLET_NOUN.has(last.t)) noun = true;
    if (STATE_WORD.has(last.t)) disclosed = true;
    i--;
  }
  return { cue: 'none', noun, disclosed };
}

const AFTER_VERB_RE = new RegExp(
  String.raw`^\s*(?:\([^)\n]{0,40}\)\s*)?(?:(?:news|press)?\s*(?:agency|agence|agencia|channel|chaine|cadena|television|newspaper|journal|diario|website|broadcaster|outlet|network|tabloid)\s+)?(?:,[^,.;:!?\n]{1,80},\s*)?(?:(?:a|ont|has|have|had|ha|han|avait|habia|also|aussi|tambien|already|deja|ya|then|alors|recently|recemment|recientemente|later|plus tard|luego|previously)\s+){0,2}` +
    String.raw`(?:rapporte|rapportait|rapportent|annonce|annoncait|indique|indiquait|affirme|affirmait|ecrit|ecrivait|publie|publiait|precise|assure|diffuse|cite|dit|declare|reported|reports|reporting|said|says|wrote|writes|announced|claimed|claims|stated|published|aired|broadcast|quoted|cited|informo|informa|informaba|reporto|reporta|publico|publica|difundio|dijo|dice|senalo|senala|aseguro|asegura|afirmo|afirma|indico|indica|preciso|informado|publicado)\b`,
);
const AFTER_NOUN_RE = /^\s+(?:news\s+|press\s+)?(?:agency|agence|agencia|channel|chaine|cadena|television|tv|radio|newspaper|journal|diario|periodico|quotidien|website|site|broadcaster|outlet|network)\b/;
const AFTER_CREDIT_RE = /^\s*(?:photo|foto|images?|video)\s*\)/;
const RETWEET_RE = /^\s*:?\s*@/;

const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
function capitalsKept(name: string, written: string): boolean {
  if (name.length !== written.length) return true; // folding changed nothing in length; be lenient on odd forms
  for (let i = 0; i < name.length; i++) {
    const atWordStart = i === 0 || !/[\p{L}\p{N}]/u.test(name[i - 1]!);
    if (atWordStart && !isLower(name[i]!) && name[i] !== name[i]!.toLowerCase() && isLower(written[i]!)) return false;
  }
  return true;
}

const MAYBE_HOST_RE = /[\p{L}\p{N}]\.[a-z]{2}/iu;

/** URLs and bare hosts in a text ("https://french.presstv.ir/x", "www.rt.com", "sputniknews.com"). */
const HOST_TOKEN_RE = /(?<![\p{L}\p{N}@._-])(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\p{L}\p{N}-])(?::\d+)?((?:\/[^\s<>"'()«»“”]*)?)/giu;

/**
 * Every outlet of the registry named or linked in `text`, with the cue that shows how it is used. Names match on
 * word boundaries with case and diacritics folded (longest name wins: "Sputnik Afrique" over "Sputnik"); names that
 * are also ordinary words ("Sputnik", "Granma", "RT") only match in a slot or next to a cue; hosts match a
 * registered host or its subdomains, never a look-alike.
 */
export function findOutletMentions(text: string, registry: OutletRegistry, options: FindOptions = {}): OutletMention[] {
  const offset = options.offset ?? 0;
  const folded = fold(text);
  const found: OutletMention[] = [];
  const urlSpans: { start: number; end: number }[] = [];

  HOST_TOKEN_RE.lastIndex = 0;
  // Hosts need "x.yz" somewhere: most paragraphs have none, and the host pattern is costly to try everywhere.
  for (const m of MAYBE_HOST_RE.test(text) ? text.matchAll(HOST_TOKEN_RE) : []) {
    const whole = m[0].replace(/[.,;:!?]+$/, '');
    urlSpans.push({ start: m.index, end: m.index + whole.length });
    const host = m[1]!;
    const entry = registry.byHost(`${host}${m[2] ?? ''}`);
    if (!entry) continue;
    const hs = m.index + m[0].indexOf(host);
    const { cue } = cueBefore(folded, text, m.index);
    found.push(mention(entry, hs, hs + host.length, 'host', host.toLowerCase(), options.slot ? cue : cue === 'none' ? 'citation' : cue, false, false));
  }

  const cands: { start: number; end: number; rule: (typeof registry.aliases extends Map<string, infer R> ? R : never) }[] = [];
  // One pass over the words of the text: only names starting with that word are tried.
  for (const w of folded.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const rules = registry.byFirstWord.get(w[0]);
    if (!rules) continue;
    for (const rule of rules) {
      const end = w.index + rule.key.length;
      if (folded.startsWith(rule.key, w.index) && atWordBoundary(folded, w.index, end)) cands.push({ start: w.index, end, rule });
    }
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of cands) {
    if (urlSpans.some((u) => c.start < u.end && u.start < c.end)) continue;
    const written = text.slice(c.start, c.end);
    if (c.rule.caseSensitive && written !== c.rule.text) continue;
    // "global times" in prose is not the Global Times: a capitalised name must be written with a capital.
    // Every capitalised word of the name must be capitalised as written ("a new era" is not "New Era").
    // (Curated names: the first word only — "Xinhua news agency" is still the Xinhua News Agency.)
    if (!capitalsKept(c.rule.entry.origin === 'curated' ? c.rule.text.split(/\s/)[0]! : c.rule.text, written.slice(0, c.rule.entry.origin === 'curated' ? c.rule.text.split(/\s/)[0]!.length : undefined))) continue;
    const after = folded.slice(c.end, c.end + 140);
    if (RETWEET_RE.test(after)) continue;
    const before = cueBefore(folded, text, c.start);
    let cue = before.cue;
    if (cue === 'none' && AFTER_CREDIT_RE.test(after)) cue = 'credit';
    if (cue === 'none' && AFTER_VERB_RE.test(after)) cue = 'citation';
    // A generic name from the ASD list inside a longer proper name is another outlet: "New Horizons Review" is not
    // "Horizons", "L'Économiste de l'Ouest" is not "L'Economiste".
    if (c.rule.entry.origin !== 'curated' && partOfLongerName(text, c.start, c.end)) continue;
    const slotOk = options.slot === true || (options.slot === 'weak' && c.rule.entry.origin === 'curated');
    if (c.rule.context && !slotOk && cue === 'none' && !before.noun && !AFTER_NOUN_RE.test(after)) continue;
    found.push(mention(c.rule.entry, c.start, c.end, 'name', c.rule.text, cue, c.rule.context, before.disclosed));
  }

  // Longest first, no overlaps.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OutletMention[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) continue;
    out.push(f);
  }
  return out.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));

  function mention(entry: OutletEntry, start: number, end: number, via: 'name' | 'host', alias: string, cue: MentionCue, guarded: boolean, disclosed: boolean): OutletMention {
    return { start, end, quote: text.slice(start, end), entry, stateMedia: TYPOLOGY[entry.typology].state, via, alias, cue, guarded, disclosed };
  }
}

const NEXT_NAME_RE = /^[ \u00a0]+(?:(?:de|du|des|del|of|de la|de l['’]|d['’])[ \u00a0]*)?\p{Lu}/u;

/** The name continues with another capitalised word, or follows one in mid-sentence. */
export function partOfLongerName(text: string, start: number, end: number): boolean {
  if (NEXT_NAME_RE.test(text.slice(end, end + 12))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const m = /(\S+)[ \u00a0]+$/u.exec(before);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return false;
  // The capitalised word starts a sentence ("Selon Horizons", "According …"): not part of the name.
  const head = before.slice(0, m.index).trimEnd();
  return head.length > 0 && !/[.!?:;«“"(\n]$/.test(head);
}
