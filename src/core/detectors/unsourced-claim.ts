import type { Detector, DetectContext, Finding } from './types.js';
import type { Evidence, Severity } from '../model/annotation.js';
import type { Block, Lang } from '../model/article.js';
import type { Localized } from '../i18n.js';
import { format } from '../i18n.js';
import { fold } from '../text/fold.js';
import { loadLexicons } from './unsourced/lexicon.js';
import { analyzeBlock, scanBlock, mayFlag, DISCLOSE, type BlockScan, type Attribution, type Cue, type SentenceInfo, type StateOutlet } from './unsourced/analyze.js';

/**
 * `unsourced-claim`: assertions made in the outlet's own voice without saying how it knows — loaded
 * characterisations ("in defiance of sanctions"), motives ("solely because he feared"), sweeping
 * generalisations, casualty figures and statistics — plus claims whose only source is vague ("some
 * observers say") or a state outlet ("according to Xinhua", read from the state-media detector's findings).
 *
 * Quiet on: attributed quotes and reported speech, opinion clearly marked as such, questions, headlines
 * and captions (their own detectors judge them), navigation/boilerplate/source blocks, and plain narrative
 * or background with no claim cue. Method and limits: docs/unsourced-claims.md.
 */

const T = (fr: string, en: string, es: string): Localized => ({ fr, en, es });

const MESSAGES = {
  'no-source': T(
    "Affirmation faite par le média lui-même, sans source (« {cue} ») : qui le dit, et comment le sait-on ?",
    'Claim made in the outlet’s own voice, with no source (“{cue}”): who says so, and how do they know?',
    'Afirmación hecha por el propio medio, sin fuente («{cue}»): ¿quién lo dice y cómo lo sabe?',
  ),
  'unsourced-figure': T(
    "Chiffre donné sans source (« {cue} ») : d'où vient-il, qui l'a compté ?",
    'A figure given with no source (“{cue}”): where does it come from, who counted?',
    'Cifra dada sin fuente («{cue}»): ¿de dónde sale, quién la contó?',
  ),
  'vague-source': T(
    "Source vague (« {source} ») : qui, exactement ? Sans personne, institution ou document identifiable, le lecteur ne peut pas vérifier.",
    'Vague source (“{source}”): who, exactly? With no identifiable person, body or document, a reader cannot check.',
    'Fuente vaga («{source}»): ¿quién, exactamente? Sin persona, institución ni documento identificable, el lector no puede comprobarlo.',
  ),
  'state-only-source': T(
    "Seule source : {outlet} ({typology}). Aucune source indépendante ne confirme cette affirmation.",
    'Sourced only to {outlet} ({typology}). No independent source confirms this.',
    'Única fuente: {outlet} ({typology}). Ninguna fuente independiente lo confirma.',
  ),
} satisfies Record<string, Localized>;

const TYPOLOGY: Record<string, Localized> = {
  SC: T("média contrôlé par l'État", 'a state-controlled outlet', 'un medio controlado por el Estado'),
  CAPU: T('média public capturé par le pouvoir', 'a captured public outlet', 'un medio público capturado por el poder'),
  CAPR: T('média privé capturé par le pouvoir', 'a captured private outlet', 'un medio privado capturado por el poder'),
  STATE: T("média d'État", 'a state outlet', 'un medio estatal'),
};
const INDEPENDENT = /^(?:ip|isf|ism|isfm)$|independ/i;

const CUE_LABEL: Record<Cue['type'], Localized> = {
  characterisation: T('Caractérisation dans la voix du média', 'Characterisation in the outlet’s own voice', 'Caracterización con la voz del propio medio'),
  'weak-characterisation': T('Termes chargés dans la voix du média', 'Loaded terms in the outlet’s own voice', 'Términos cargados con la voz del propio medio'),
  motive: T('Motif ou intention prêtés sans source', 'Motive or intent asserted without a source', 'Motivo o intención atribuidos sin fuente'),
  generalisation: T('Généralisation présentée comme évidente', 'Sweeping generalisation presented as obvious', 'Generalización presentada como evidente'),
  figure: T('Chiffre de victimes ou de personnes', 'Count of victims or people', 'Cifra de víctimas o personas'),
  statistic: T('Statistique', 'Statistic', 'Estadística'),
};

const WHY = {
  none: T(
    "Aucune attribution (selon, d'après, a déclaré, cité par…) dans cette phrase ni dans le paragraphe.",
    'No attribution (according to, said, told, citing…) in this sentence or its paragraph.',
    'Ninguna atribución (según, afirmó, dijo, citado por…) en esta frase ni en el párrafo.',
  ),
  nearest: T(
    'Attribution la plus proche examinée : « {quote} » ({where}) — elle ne couvre pas cette affirmation.',
    'Nearest attribution considered: “{quote}” ({where}) — it does not cover this claim.',
    'Atribución más cercana examinada: «{quote}» ({where}) — no cubre esta afirmación.',
  ),
  nearestWeak: T(
    'Attribution la plus proche : « {quote} » (phrase voisine du même paragraphe) — elle ne couvre cette affirmation que faiblement.',
    'Nearest attribution: “{quote}” (neighbouring sentence, same paragraph) — it covers this claim only weakly.',
    'Atribución más cercana: «{quote}» (frase vecina del mismo párrafo) — solo cubre esta afirmación débilmente.',
  ),
  after: T(
    "Attribution examinée : « {quote} » — elle vient après cette affirmation et ne couvre que ce qui la suit.",
    'Attribution considered: “{quote}” — it comes after this claim and only covers what follows it.',
    'Atribución examinada: «{quote}» — aparece después de esta afirmación y solo cubre lo que la sigue.',
  ),
  sameBlock: T('même paragraphe, autre phrase', 'same paragraph, another sentence', 'mismo párrafo, otra frase'),
  otherBlock: T('autre paragraphe', 'another paragraph', 'otro párrafo'),
  vague: T(
    "« {quote} » ne nomme ni personne, ni institution, ni document : impossible de vérifier.",
    '“{quote}” names no person, body or document: there is nothing to check.',
    '«{quote}» no nombra a ninguna persona, institución ni documento: no hay nada que comprobar.',
  ),
  state: T(
    '{outlet} : {typology}. Aucune autre source (agence indépendante, document, personne nommée hors de ce média) dans la phrase.',
    '{outlet}: {typology}. No other source (independent agency, document, person named outside this outlet) in the sentence.',
    '{outlet}: {typology}. Ninguna otra fuente (agencia independiente, documento, persona nombrada fuera de este medio) en la frase.',
  ),
  disclosed: T(
    "L'article signale lui-même la nature de ce média.",
    'The article itself discloses what kind of outlet this is.',
    'El propio artículo indica qué tipo de medio es.',
  ),
  anonymousAccusation: T(
    "« {quote} » : une accusation grave, au conditionnel, qui ne repose que sur des sources anonymes — le lecteur ne peut rien vérifier.",
    '“{quote}”: a grave accusation, in the conditional, resting only on anonymous sources — a reader has nothing to check.',
    '«{quote}»: una acusación grave, en condicional, que solo se apoya en fuentes anónimas: el lector no puede comprobar nada.',
  ),
  hedged: T('Formulée avec prudence (conditionnel, « peut-être »…).', 'Hedged (may, might, reportedly…).', 'Formulada con cautela (condicional, «quizá»…).'),
  opinionPiece: T("L'article se présente comme une opinion.", 'The piece is labelled as opinion.', 'El texto se presenta como opinión.'),
};

const SEV: Severity[] = ['info', 'caution', 'warning'];
const down = (s: Severity): Severity => SEV[Math.max(0, SEV.indexOf(s) - 1)]!;
const clamp = (x: number) => Math.max(0.2, Math.min(0.9, Math.round(x * 100) / 100));

export const unsourcedClaim: Detector = {
  meta: {
    id: 'unsourced-claim',
    kinds: ['unsourced-claim'],
    docs: {
      description: T(
        "Repère les affirmations faites par le média lui-même sans dire d'où il le sait (caractérisations, motifs, généralisations, chiffres), et celles dont la seule source est vague ou un média d'État.",
        'Finds claims the outlet makes in its own voice without saying how it knows (characterisations, motives, generalisations, figures), and claims whose only source is vague or a state outlet.',
        'Detecta afirmaciones que el medio hace con su propia voz sin decir cómo lo sabe (caracterizaciones, motivos, generalizaciones, cifras) y aquellas cuya única fuente es vaga o un medio estatal.',
      ),
      url: 'docs/unsourced-claims.md',
    },
    messages: MESSAGES,
  },
  async detect(ctx) {
    const lexicons = await loadLexicons();
    const { article } = ctx;
    const text = article.text;
    const blocks = ctx.blocks('paragraph', 'standfirst');
    if (blocks.length === 0) return;
    // Folding is length-preserving, so the whole text folded serves every block (and other detectors share it).
    const folded = fold(text);
    const outlets = stateOutlets(ctx, text, folded, blocks);
    const opinionPiece = isOpinionPiece(ctx, folded);

    // Pass 1 (cheap, every block): one scan of the words against all lists; only blocks where something could
    // be flagged get the full analysis (sentences, quotes, attributions, cues).
    const scans: BlockScan[] = [];
    const outletsOf: StateOutlet[][] = [];
    const langOf: Lang[] = [];
    let oi = 0;
    for (const b of blocks) {
      const lang: Lang = b.lang ?? article.lang;
      while (oi < outlets.length && outlets[oi]!.end <= b.start) oi++;
      const inBlock: StateOutlet[] = [];
      for (let k = oi; k < outlets.length && outlets[k]!.start < b.end; k++) inBlock.push(outlets[k]!);
      langOf.push(lang);
      outletsOf.push(inBlock);
      scans.push(scanBlock(folded, b, lexicons[lang]));
    }
    const analysed = new Map<number, SentenceInfo[]>();
    const sentencesOf = (i: number): SentenceInfo[] => {
      let ss = analysed.get(i);
      if (!ss) {
        ss = analyzeBlock(text, folded, blocks[i]!, langOf[i]!, lexicons[langOf[i]!], outletsOf[i]!, scans[i]);
        analysed.set(i, ss);
      }
      return ss;
    };

    const L = (l: Localized, data?: Record<string, string | number>) => format(l[ctx.lang], data);
    const quoteOf = (a: Attribution) => {
      const s = Math.min(a.start, a.source?.start ?? a.start);
      const e = Math.max(a.end, a.source?.end ?? a.end);
      return { start: s, end: e, quote: text.slice(s, e) };
    };
    const env: JudgeEnv = { ctx, text, L, quoteOf, opinionPiece, sentencesOf, blockCount: blocks.length };

    for (let i = 0; i < blocks.length; i++) {
      if (!mayFlag(scans[i]!, lexicons[langOf[i]!], outletsOf[i]!.length > 0)) continue;
      const ss = sentencesOf(i);
      for (const s of ss) {
        const f = judge(s, ss, i, env);
        if (f) ctx.report(f);
      }
    }
  },
};

interface JudgeEnv {
  ctx: DetectContext;
  text: string;
  L: (l: Localized, data?: Record<string, string | number>) => string;
  quoteOf: (a: Attribution) => { start: number; end: number; quote: string };
  opinionPiece: boolean;
  /** The analysed sentences of block i (computed on demand). */
  sentencesOf: (i: number) => SentenceInfo[];
  blockCount: number;
}

const COVERING = new Set(['named', 'pronoun', 'document', 'anonymous']);

function judge(s: SentenceInfo, siblings: SentenceInfo[], blockIndex: number, env: JudgeEnv): Finding | null {
  const { text, L, quoteOf } = env;
  if (s.question || s.opinion || s.quoted > 0.6) return null;
  const attrs = s.attributions;
  const state = attrs.filter((a) => a.type === 'state');
  const relayOk = attrs.some((a) => (a.kind === 'preposition' || a.kind === 'document') && (a.type === 'named' || a.type === 'document' || a.type === 'anonymous'));
  const sentence = { start: s.start, end: trimEnd(text, s.start, s.end) };

  if (state.length && !relayOk) {
    const o = state[0]!.outlet!;
    // The article tells the reader what this outlet is ("China's official Xinhua news agency", "la agencia
    // estatal RIA Novosti"): that is how honest reporting cites state media. Nothing to flag.
    if (o.disclosed) return null;
    const typology = typologyLabel(o.typology, env.ctx.lang);
    const ev: Evidence[] = [
      {
        type: 'state-source',
        text: L(WHY.state, { outlet: o.name, typology }),
        start: o.start,
        end: o.end,
        quote: text.slice(o.start, o.end),
        data: { outlet: o.name, ...(o.id ? { outletId: o.id } : {}), ...(o.typology ? { typology: o.typology } : {}), ...(o.role ? { role: o.role } : {}) },
      },
    ];
    const consequential = s.cues.some((c) => c.type !== 'weak-characterisation');
    return {
      ...sentence,
      messageId: 'state-only-source',
      data: { outlet: o.name, typology },
      evidence: ev,
      severity: consequential ? 'warning' : 'caution',
      confidence: 0.7,
    };
  }
  // "Selon des sources concordantes, plusieurs diplomates auraient reconnu …", "According to some sources,
  // officials admitted …": a vague relay placed before a speaker's verb is how we know what the speaker said —
  // the nested speaker does not make the claim sourced.
  const vagueRelay = attrs.find((a) => a.type === 'vague' && (a.kind === 'preposition' || a.kind === 'vague') && isFronted(text, s.start, a.start));
  const covering = attrs.filter((a) => COVERING.has(a.type) && !(vagueRelay && (a.kind === 'verb' || a.kind === 'construction') && a.start > vagueRelay.end));
  // "Fuentes … que prefieren no ser citadas, funcionarios habrían alterado actas", "sources who asked not to be
  // named said officials allegedly took bribes": a grave accusation, in the conditional, resting only on people
  // nobody can identify, is as vague as "some sources". (Anonymous sources for ordinary facts stay accepted.)
  if (covering.length && s.hedged && s.accusation && covering.every((a) => a.type === 'anonymous')) {
    const v = covering[0]!;
    const q = quoteOf(v);
    const srcText = text.slice(v.source?.start ?? v.start, v.source?.end ?? v.end);
    return {
      ...sentence,
      messageId: 'vague-source',
      data: { source: srcText },
      evidence: [
        { type: 'vague-source', text: L(WHY.anonymousAccusation, { quote: q.quote }), ...q },
        { type: 'hedge', text: L(WHY.hedged) },
      ],
      severity: 'caution',
      confidence: 0.45,
    };
  }
  if (covering.length) {
    // "Es bien sabido que …, y responden …": a strong cue fronted before every attribution (and before its
    // subject) is still the outlet's own voice; the attribution only covers what follows it.
    const firstAttr = Math.min(...covering.map((a) => Math.min(a.start, a.source?.start ?? a.start)));
    const fronted = s.cues.find((c) => !c.plain && (c.type === 'characterisation' || c.type === 'generalisation' || c.type === 'motive') && c.end <= firstAttr);
    if (!fronted) return null;
    // A postposed attribution (", reconnaît le maire", ", the council said", ", admitió el concejal") covers
    // everything before it.
    if (covering.some((a) => isPostposed(text, s.start, a.start))) return null;
    const q = quoteOf(covering[0]!);
    const cueQuote = text.slice(fronted.start, extendCue(text, fronted, firstAttr));
    return {
      ...clauseOf(text, sentence, fronted),
      messageId: 'no-source',
      data: { cue: cueQuote },
      evidence: [
        { type: 'claim-cue', text: `${L(CUE_LABEL[fronted.type])}: “${cueQuote}”`, start: fronted.start, end: fronted.end, quote: text.slice(fronted.start, fronted.end) },
        { type: 'nearest-attribution', text: L(WHY.after, { quote: q.quote }), ...q },
      ],
      severity: fronted.type === 'motive' ? 'warning' : 'caution',
      confidence: clamp(env.opinionPiece ? 0.4 : 0.5),
    };
  }
  const vague = attrs.filter((a) => a.type === 'vague');
  if (vague.length) {
    const v = vague[0]!;
    const q = quoteOf(v);
    const srcText = text.slice(v.source?.start ?? v.start, v.source?.end ?? v.end);
    const consequential = s.cues.some((c) => c.type !== 'weak-characterisation');
    return {
      ...sentence,
      messageId: 'vague-source',
      data: { source: srcText },
      evidence: [{ type: 'vague-source', text: L(WHY.vague, { quote: q.quote }), ...q }],
      severity: consequential ? 'warning' : 'caution',
      confidence: clamp(s.hedged ? 0.5 : 0.6),
    };
  }

  // No attribution in the sentence: does it assert something that needs one?
  const neighbour = [siblings[s.index - 1], siblings[s.index + 1]].find((n) => n && n.attributions.some((a) => COVERING.has(a.type)));
  // Group generalisations and verbless fragments are judged only with no source anywhere near.
  const strong = s.cues.filter((c) => (c.type === 'characterisation' || c.type === 'motive' || c.type === 'generalisation') && !(c.plain && neighbour));
  const weak = s.cues.filter((c) => c.type === 'weak-characterisation');
  const figures = s.cues.filter((c) => c.type === 'figure' || c.type === 'statistic');
  const weakScore = new Set(weak.map((w) => text.slice(w.start, w.end).toLowerCase())).size * 0.5;
  const evidence: Evidence[] = [];
  let messageId: keyof typeof MESSAGES;
  let severity: Severity;
  let confidence: number;
  let cue: Cue;
  if (strong.length || (weakScore >= 1 && !s.background)) {
    cue = strong[0] ?? weak[0]!;
    messageId = 'no-source';
    severity = cue.type === 'motive' || figures.some((f) => !f.soft) ? 'warning' : 'caution';
    confidence = strong.length ? 0.7 : 0.45;
    if (strong.length && weakScore >= 0.5) confidence += 0.05;
    if (neighbour) confidence -= 0.15;
    if (env.opinionPiece) {
      severity = down(severity);
      confidence -= 0.1;
    }
  } else if (figures.length && !neighbour && !s.background) {
    cue = figures.find((f) => !f.soft) ?? figures[0]!;
    messageId = 'unsourced-figure';
    severity = cue.type === 'figure' && !cue.soft ? 'warning' : 'caution';
    confidence = cue.type === 'figure' ? (cue.soft ? 0.45 : 0.55) : 0.45;
  } else return null;
  if (s.hedged) {
    confidence -= 0.1;
    evidence.push({ type: 'hedge', text: L(WHY.hedged) });
  }
  if (env.opinionPiece && messageId === 'no-source') evidence.push({ type: 'opinion-piece', text: L(WHY.opinionPiece) });
  const cueQuote = text.slice(cue.start, extendCue(text, cue, s.end));
  evidence.unshift({ type: 'claim-cue', text: `${L(CUE_LABEL[cue.type])}: “${cueQuote}”`, start: cue.start, end: cue.end, quote: cueQuote });
  evidence.push(nearestEvidence(s, siblings, blockIndex, neighbour, env));
  const span = cue.type === 'figure' || cue.type === 'statistic' ? sentence : clauseOf(text, sentence, cue);
  return { ...span, messageId, data: { cue: cueQuote }, evidence, severity, confidence: clamp(confidence) };
}

function nearestEvidence(s: SentenceInfo, siblings: SentenceInfo[], blockIndex: number, neighbour: SentenceInfo | undefined, env: JudgeEnv): Evidence {
  const { L, quoteOf } = env;
  if (neighbour) {
    const a = neighbour.attributions.find((x) => COVERING.has(x.type))!;
    const q = quoteOf(a);
    return { type: 'nearest-attribution', text: L(WHY.nearestWeak, { quote: q.quote }), ...q };
  }
  // Nearest attribution in this block, else in up to two blocks either side (analysed on demand).
  let best: { a: Attribution; s: SentenceInfo } | undefined;
  let bestD = Infinity;
  const consider = (ss: SentenceInfo[]) => {
    for (const o of ss) {
      if (o === s) continue;
      for (const a of o.attributions) {
        const d = a.start < s.start ? s.start - a.end : a.start - s.end;
        if (d < bestD) {
          bestD = d;
          best = { a, s: o };
        }
      }
    }
  };
  consider(siblings);
  for (let k = 1; k <= 2 && !best; k++) {
    if (blockIndex - k >= 0) consider(env.sentencesOf(blockIndex - k));
    if (blockIndex + k < env.blockCount) consider(env.sentencesOf(blockIndex + k));
  }
  if (!best || bestD > 1500) return { type: 'absence', text: L(WHY.none) };
  const found = best as { a: Attribution; s: SentenceInfo };
  const q = quoteOf(found.a);
  const where = L(found.s.block === s.block ? WHY.sameBlock : WHY.otherBlock);
  return { type: 'nearest-attribution', text: L(WHY.nearest, { quote: q.quote, where }), ...q };
}

/** The clause around a cue (between , ; : — or parentheses) when the sentence is long; else the sentence. */
function clauseOf(text: string, sentence: { start: number; end: number }, cue: { start: number; end: number }): { start: number; end: number } {
  if (sentence.end - sentence.start <= 160) return sentence;
  const STOP = /[,;:—–()]/;
  let a = cue.start;
  while (a > sentence.start && !STOP.test(text[a - 1]!)) a--;
  let b = cue.end;
  while (b < sentence.end && !STOP.test(text[b]!)) b++;
  while (a < b && /[\s\u00a0]/.test(text[a]!)) a++;
  while (b > a && /[\s\u00a0]/.test(text[b - 1]!)) b--;
  if (b - a < 30) return sentence;
  return { start: a, end: b };
}

/** The marker opens the sentence, after at most two words ("Selon …", "Or, d'après …", "But according to …"). */
function isFronted(text: string, sentStart: number, at: number): boolean {
  if (at - sentStart > 40) return false;
  const before = text.slice(sentStart, at).trim();
  return before === '' || /^(?:[\p{L}'’-]+[\s,]*){0,2}$/u.test(before);
}

/** The attribution marker opens the sentence's last clause: ", reconnaît le maire", ", X said", ", dijo". */
function isPostposed(text: string, sentStart: number, at: number): boolean {
  let i = at;
  let words = 0;
  while (i > sentStart) {
    const c = text[i - 1]!;
    if (c === ',' || c === '—' || c === '–') return words <= 6 && !/^\s*(?:and|but|et|mais|y|e|pero|or|ou|o)\s/iu.test(text.slice(i, at));
    if (/\s/.test(c) && /[\p{L}\p{N}]/u.test(text[i] ?? '')) words++;
    i--;
  }
  return false;
}

/** "au mépris des" → "au mépris des sanctions américaines": a cue ending on a function word takes up to 3 more words. */
function extendCue(text: string, cue: { start: number; end: number }, limit: number): number {
  const c = text.slice(cue.start, cue.end);
  if (!/(?:^|\s)(?:de|des|du|d['’]|la|le|les|of|to|the|a|al|del|en|que|qu['’]|of the|that|because|parce|porque|afin|pour|para)$/iu.test(c)) return cue.end;
  const re = /[\s\u00a0]*[\p{L}\p{N}'’-]+/uy;
  let end = cue.end;
  for (let n = 0; n < 3; n++) {
    re.lastIndex = end;
    const m = re.exec(text);
    if (!m || end + m[0].length > limit) break;
    end += m[0].length;
  }
  return end;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s\u00a0]/.test(text[end - 1]!)) end--;
  return end;
}

function typologyLabel(typology: string | undefined, lang: Lang): string {
  const key = (typology ?? 'state').toUpperCase().replace(/[^A-Z]/g, '');
  const known = TYPOLOGY[key] ?? (/STATECONTROLLED/.test(key) ? TYPOLOGY.SC : undefined);
  if (known) return known[lang];
  return typology ? typology.replace(/[-_]/g, ' ') : TYPOLOGY.STATE![lang];
}


/** State-media findings (cited outlets) as StateOutlets, sorted, minus independent public media. */
function stateOutlets(ctx: DetectContext, text: string, folded: string, blocks: readonly Block[]): StateOutlet[] {
  const out: StateOutlet[] = [];
  for (const f of ctx.findings('state-media')) {
    const d = (f.data ?? {}) as Record<string, unknown>;
    if (d.role === 'publisher') continue;
    const typology = typeof d.typology === 'string' ? d.typology : undefined;
    if (typology && INDEPENDENT.test(typology)) continue;
    if (!blockAt(blocks, f)) continue;
    out.push({
      start: f.start,
      end: f.end,
      name: typeof d.outlet === 'string' ? d.outlet : text.slice(f.start, f.end),
      ...(typeof d.outletId === 'string' ? { id: d.outletId } : {}),
      ...(typology ? { typology } : {}),
      ...(typeof d.role === 'string' ? { role: d.role } : {}),
      disclosed: false, // decided per sentence (analyzeBlock)
    });
  }
  void folded;
  out.sort((a, b) => a.start - b.start);
  // Disclosed: a label next to the mention, in the same block (up to 100 chars before, 40 after), or next to
  // another mention of the same outlet anywhere in the article.
  for (const o of out) {
    const b = blockAt(blocks, o)!;
    o.disclosed = DISCLOSE.test(text.slice(Math.max(b.start, o.start - 100), Math.min(b.end, o.end + 40)));
  }
  const disclosedNames = new Set(out.filter((o) => o.disclosed).map((o) => o.id ?? o.name));
  for (const o of out) if (disclosedNames.has(o.id ?? o.name)) o.disclosed = true;
  return out;
}

/** The block (sorted, non-overlapping) that contains span, by binary search. */
function blockAt(blocks: readonly Block[], span: { start: number; end: number }): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (span.start < b.start) hi = mid - 1;
    else if (span.start >= b.end) lo = mid + 1;
    else return span.end <= b.end ? b : undefined;
  }
  return undefined;
}

/** Is the piece labelled opinion/editorial/column (a short label in the navigation, headline or standfirst)? */
function isOpinionPiece(ctx: DetectContext, folded: string): boolean {
  const RE = /^(?:opinion|tribune|[eé]ditorial|chronique|point de vue|billet|op-ed|column|commentary|viewpoint|columna|tribuna|punto de vista|opini[oó]n)\b/iu;
  for (const b of ctx.blocks('navigation', 'headline', 'standfirst', 'byline')) {
    const t = ctx.textOf(b).trim();
    if (RE.test(t) || /(?:^|[/|>»·]\s*)(?:opinion|opinión|tribune|editorial|éditorial|op-ed|chronique|columna)\s*(?:[/|>»·]|$)/iu.test(t)) return true;
  }
  void folded;
  return false;
}
