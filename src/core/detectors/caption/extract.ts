/**
 * Entities named in a photo caption: people (capitalised name sequences, with or without a title such as
 * "Rep.", "le ministre", "la presidenta"), places and institutions (via the gazetteer), other proper names
 * and acronyms, events, dates; and whether the caption labels itself as archive/file/illustration.
 * General cues only (fr/en/es), never one article's words.
 */
import { fold } from '../../text/fold.js';
import { findDates, type FoundDate } from '../../text/dates.js';
import type { Gazetteer, GazHit } from './gazetteer.js';

export type EntityKind = 'person' | 'place' | 'country' | 'org' | 'name' | 'event';

export interface CaptionEntity {
  kind: EntityKind;
  /** Offsets into the caption text. */
  start: number;
  end: number;
  text: string;
  /** Gazetteer ids (places, countries, orgs, events). */
  ids?: string[];
  /** Name tokens (folded) that identify a person or a proper name in the article. */
  tokens?: string[];
  /** The name came after a title ("President", "la ministra"). */
  titled?: boolean;
  /** Matched case-sensitively (acronyms). */
  acronym?: boolean;
  /** A metonym place ("Washington", "the Kremlin"): weak either way. */
  metonym?: boolean;
  /** Gazetteer entry type. */
  gazType?: string;
}

export interface CaptionAnalysis {
  entities: CaptionEntity[];
  dates: FoundDate[];
  /** Spans of the caption that are not its content: credit, label, short asides. */
  skip: { start: number; end: number }[];
  /** "FILE", "photo d'archives", "foto de archivo", "photo d'illustration"… (offsets into the caption). */
  label?: { start: number; end: number; text: string; type: 'archive' | 'illustration' };
}

/** Archive / file / illustration labels in fr/en/es (captions and credits). */
const ARCHIVE_CAPS_RE = /(?<![\p{L}])(?:FILE(?:\s+PHOTO)?|ARCHIVO|ARCHIVES?)(?![\p{L}])/gu;
const ARCHIVE_RE =
  /\b(?:file|archive) (?:photo|picture|image)s?\b|\b(?:photo|image|foto|imagen)s? d['’]archives?\b|\b(?:photos?|images?|fotos?|imagen|imágenes) de archivo\b|\/\s*(?:archives?|archivo|file)\b|\b(?:archives?|archivo|file)(?=\s*[)\]])|\b(?:archives?|archivo)(?=\s*\.?\s*$)/giu;
const ILLUSTRATION_RE =
  /\b(?:(?:photo|image|foto|imagen) d['’]illustration|(?:photo|image|foto|imagen) (?:ilustrativa|de ilustración|de recurso)|illustration(?=\s*[-–—:)\]]|\s*$)|illustrative (?:photo|image|picture)|stock (?:photo|image|picture)|ilustración(?=\s*[-–—:)\]]|\s*$)|photo prétexte|image prétexte)/giu;

/** Titles, roles and generic capitalised words that are not names (folded, without trailing dot). */
const ROLE_WORDS = new Set(
  `rep representative sen senator senateur senador senadora congressman congresswoman president presidente presidenta vice
  minister ministre ministro ministra secretary secretaire secretario secretaria state etat estado prime premier primer primera
  chancellor chancelier canciller speaker house chamber chambre camara mayor maire alcalde alcaldesa governor gouverneur gobernador gobernadora
  king roi rey queen reine reina prince princesse principe princesa princess pope pape papa general gen colonel coronel commander
  dr mr mrs ms m mme mlle sr sra srta don dona sir lord lady judge juge juez jueza attorney procureur fiscal
  ceo chairman chairwoman chief leader opposition officer spokesman spokeswoman spokesperson porte-parole portavoz
  ambassador ambassadeur ambassadrice embajador embajadora envoy envoye enviado deputy depute deputee diputado diputada
  foreign affairs affaires etrangeres asuntos exteriores relaciones exterior interior interieur defense defensa economy economie economia
  finance finances hacienda justice justicia health sante sanidad salud education educacion labour labor travail trabajo
  agriculture agricultura culture cultura environment environnement ambiente transport transports transportes industry industrie industria
  commerce comercio trade housing logement vivienda energy energie energia home homeland security securite seguridad
  treasury tresor ecologie ecologica transition sport sports deportes equality igualdad
  democrat democrats democratic republican republicans republicain republicains democrate democrates
  left right centre center gauche droite izquierda derecha
  photo photos foto fotos image imagen picture file archive archives archivo illustration credit credito
  monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
  lunes martes miercoles jueves viernes sabado domingo today yesterday aujourd hier hoy ayer
  mr. st saint san santa sainte`.split(/\s+/),
);

/** Words that make a capitalised sequence a place or an organisation rather than a person. */
const PLACE_WORDS = new Set(
  `street st avenue ave road boulevard square plaza place rue calle avenida paseo steps stadium stade estadio park parc parque
  bridge pont puente station gare estacion airport aeroport aeropuerto palace palais palacio church eglise iglesia cathedral
  cathedrale catedral museum musee museo hall building tower tour torre center centre centro hospital hopital school ecole
  escuela college lycee colegio university universite universidad campus port harbour harbor puerto beach plage playa
  river fleuve riviere rio lake lac lago mountain mont montagne montana island ile isla valley vallee valle border frontiere frontera
  quartier barrio district county province provincia region department departement camp
  market marche mercado arcade mall galerie galeria centro theatre theater teatro cinema library bibliotheque biblioteca
  zoo garden jardin gardens factory usine fabrica plant mine mina farm ferme granja`.split(/\s+/),
);
const ORG_WORDS = new Set(
  `act law loi ley party parti partido ministry ministere ministerio bank banque banco company compagnie compania inc ltd corp
  group groupe grupo council conseil consejo association asociacion union front movement mouvement movimiento committee comite
  comision commission agency agence agencia office bureau oficina institute institut instituto foundation fondation fundacion
  court cour tribunal corte assembly assemblee asamblea army armee ejercito police policia federation federacion club league ligue liga
  news tv radio times post journal press presse prensa network fund fonds fondo organization organisation organizacion`.split(/\s+/),
);
/** Words too common in names to identify one ("City Hall", "Central Market", "New York"). */
const GENERIC_TOKENS = new Set(
  `city town ville ciudad central centrale national nationale nacional international internationale internacional
  new nouveau nouvelle nuevo nueva great grand grande gran north south east west nord sud est ouest norte sur este oeste
  old vieux vieille viejo vieja royal royale real general generale united unidos unis upper lower haut bas alto bajo
  saint sainte san santa main principal`.split(/\s+/),
);

/** Lower-case particles inside names: "Luis de la Fuente", "Ursula von der Leyen", "Mohammed bin Salman". */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'di', 'le']);
/** Capitalised function words that start sentences. */
const FUNCTION_WORDS = new Set(
  `the a an in on at of for from with during after before as this these those his her their its
  le la les un une des du de au aux en dans sur sous avec pendant lors apres avant ce cette ces son sa ses leur leurs
  el los las unos unas del al en con durante tras antes este esta estos estas su sus
  and et y or ou o but mais pero when quand cuando while`.split(/\s+/),
);
/** Acronyms that are not entities: agencies and credit words, cardinal points, time zones. */
const IGNORED_ACRONYMS = new Set(
  `AFP AP EFE DPA ANSA EPA REUTERS GETTY DR FILE PHOTO FOTO ARCHIVO ARCHIVES AM PM GMT UTC CET TV DC D R L C I II III IV
  ID VIP CEO AI IA OK NB PS PPS MP`.split(/\s+/),
);
const ABBREVIATIONS = /^(?:rep|sen|gen|gov|dr|mr|mrs|ms|m|mme|mlle|st|jr|sr|sra|srta|lt|col|capt|sgt|prof|pres|h\.r|u\.s|u\.k|u\.n|e\.u|d\.c|[a-z])$/;

interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  cap: boolean;
  allCaps: boolean;
  /** First word of the caption or of a sentence. */
  initial: boolean;
  /** Punctuation right after the token (comma, period…) that ends a name run. */
  breakAfter: boolean;
  covered: boolean;
}

function tokenize(text: string, covered: (s: number, e: number) => boolean): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    let end = m.index + t.length;
    if (t.endsWith('.') && !ABBREVIATIONS.test(fold(t.slice(0, -1)))) {
      t = t.slice(0, -1);
      end--;
    }
    const before = text.slice(0, m.index).trimEnd();
    const prevChar = before[before.length - 1];
    const prevTok = out[out.length - 1];
    const initial = !before || /[.!?:;…"“«—–]/.test(prevChar ?? '') && !(prevTok && /\.$/.test(prevTok.text) && ABBREVIATIONS.test(fold(prevTok.text.slice(0, -1))));
    const after = text.slice(end).match(/^\s*([,;:()!?"”»—–/]|\.(?!\w))/);
    const letters = t.replace(/[^\p{L}]/gu, '');
    out.push({
      start: m.index,
      end,
      text: t,
      folded: fold(t.replace(/\.$/, '')),
      cap: /^\p{Lu}/u.test(t),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      initial,
      breakAfter: !!after || /\.$/.test(t) && !ABBREVIATIONS.test(fold(t.slice(0, -1))),
      covered: covered(m.index, end),
    });
  }
  return out;
}

const AGENCY = String.raw`(?:AFP|AP|EFE|Reuters|REUTERS|Getty(?: Images)?|Bloomberg|Europa Press|dpa|DPA|EPA|PA(?: Wire)?|ANSA|Xinhua|Sipa|Abaca|MaxPPP|Hans Lucas|Pool|POOL|Shutterstock|iStock)`;
const CREDIT_TAIL_RE = new RegExp(
  String.raw`^(?:\(?\s*(?:photos?|fotos?|cr[ée]dits?(?: photo)?|cr[ée]ditos?|images?|imagen|photograph(?:er)?|fot[óo]grafo|illustration)\b[^.]{0,80}$|[^.]{0,60}\/\s*${AGENCY}\b[^.]{0,30}$|${AGENCY}\s*\/[^.]{0,60}$|${AGENCY}\s*\.?$)`,
  'iu',
);

/**
 * A credit at the end of a caption that the parser did not mark ("Photograph: Evan Vucci/AP",
 * "Crédits : Stéphane de Sakutin / AFP", "| EFE", "Getty Images"): its names are not caption entities.
 */
export function creditTail(text: string): { start: number; end: number } | undefined {
  const t = text.trimEnd();
  let cut = -1;
  for (const m of t.matchAll(/(?:[.!?)]|(?<=\s)[|–—-])\s+(?=\S)/g)) cut = m.index + m[0].length;
  if (cut <= 0) return undefined;
  const tail = t.slice(cut);
  return tail.length <= 90 && CREDIT_TAIL_RE.test(tail) ? { start: cut, end: t.length } : undefined;
}

/** Position markers and party codes in parentheses: "(L)", "(D-MN)", "(à droite)", "(de izq. a dcha.)". */
const ASIDE_RE =
  /^\(\s*(?:[A-Z](?:-[A-Z]{2})?|[A-Z]{1,3}-[A-Z]{2,}|left|right|cent(?:er|re)|front|back|top|bottom|g|d|c|i|gauche|droite|au cent(?:re)?|à gauche|à droite|de g\.? à d\.?|izquierda|derecha|izq\.?|dcha\.?|centro|arriba|abajo|en haut|en bas|a la izquierda|a la derecha|from left|l to r|l-r|de izq\.? a dcha\.?)\s*\)$/iu;

/** Parenthesised position markers and party codes (not place names like "(Murcia)"). */
function shortAsides(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\([^()]{0,20}\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (ASIDE_RE.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Analyse a caption. `text` is the caption; `exclude` are spans (caption offsets) to ignore, e.g. the credit.
 */
export function extractCaption(text: string, gaz: Gazetteer, exclude: { start: number; end: number }[] = []): CaptionAnalysis {
  let label: CaptionAnalysis['label'];
  for (const [re, type] of [[ARCHIVE_CAPS_RE, 'archive'], [ARCHIVE_RE, 'archive'], [ILLUSTRATION_RE, 'illustration']] as const) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!label || m.index < label.start)) label = { start: m.index, end: m.index + m[0].length, text: m[0], type };
  }
  const tail = creditTail(text);
  const skip = [...exclude, ...(tail ? [tail] : []), ...shortAsides(text), ...(label ? [label] : [])];
  const inSkip = (s: number, e: number) => skip.some((x) => s < x.end && x.start < e);
  const dates = findDates(text).filter((d) => !inSkip(d.start, d.end));
  const inDate = (s: number, e: number) => dates.some((d) => s < d.end && d.start < e);

  const entities: CaptionEntity[] = [];
  const hits: GazHit[] = gaz.find(text, true).filter((h) => !inSkip(h.start, h.end) && !inDate(h.start, h.end));
  for (const h of hits) {
    const e = gaz.entries.get(h.ids[0]!);
    const t = e?.t ?? 'place';
    const kind: EntityKind = t === 'event' ? 'event' : t === 'org' ? 'org' : t === 'country' || t === 'region' ? 'country' : 'place';
    entities.push({
      kind, start: h.start, end: h.end, text: text.slice(h.start, h.end), ids: h.ids,
      metonym: h.ids.some((id) => gaz.entries.get(id)?.m), gazType: t,
    });
  }
  const gazCovered = (s: number, e: number) => hits.some((h) => s < h.end && h.start < e);
  const toks = tokenize(text, (s, e) => inSkip(s, e) || inDate(s, e) || gazCovered(s, e));

  // Acronyms not in the gazetteer ("SNCF", "CGT", "UGT"): organisations.
  for (const t of toks) {
    if (t.covered || !t.allCaps || t.text.includes('.') || t.text.includes('-')) continue;
    const bare = t.text.replace(/[^\p{L}\p{N}]/gu, '');
    if (bare.length < 2 || bare.length > 6 || /^\d+$/.test(bare) || IGNORED_ACRONYMS.has(bare)) continue;
    // A caption written in capitals is not a list of acronyms.
    if (toks.filter((x) => x.allCaps).length > toks.length / 2) break;
    entities.push({ kind: 'org', start: t.start, end: t.end, text: t.text, tokens: [t.text], acronym: true });
  }

  // Runs of capitalised words, joined by particles.
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.covered || !t.cap || t.allCaps) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < toks.length && !run[run.length - 1]!.breakAfter) {
      const n = toks[j]!;
      if (n.covered) break;
      if (n.cap && !n.allCaps) {
        run.push(n);
        j++;
        continue;
      }
      // particles: "de la", "von der", "bin"
      let k = j;
      while (k < toks.length && !toks[k]!.cap && PARTICLES.has(toks[k]!.folded) && !toks[k]!.covered && !toks[k]!.breakAfter && k - j < 2) k++;
      if (k > j && k < toks.length && toks[k]!.cap && !toks[k]!.allCaps && !toks[k]!.covered) {
        run.push(...toks.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      break;
    }
    i = j;
    // Strip titles and function words in front ("President", "Speaker", "The", "Le"), remember a title.
    let titled = false;
    while (run.length && (ROLE_WORDS.has(run[0]!.folded) || FUNCTION_WORDS.has(run[0]!.folded) || PARTICLES.has(run[0]!.folded))) {
      if (ROLE_WORDS.has(run[0]!.folded)) titled = true;
      run.shift();
    }
    while (run.length && (ROLE_WORDS.has(run[run.length - 1]!.folded) || PARTICLES.has(run[run.length - 1]!.folded))) run.pop();
    // A role word in the middle ("Foreign Minister X") splits: keep what follows the last role word.
    const lastRole = run.map((r) => ROLE_WORDS.has(r.folded)).lastIndexOf(true);
    if (lastRole >= 0) {
      titled = true;
      run.splice(0, lastRole + 1);
    }
    if (!run.length) continue;
    // A title right before the run, in lower case: "le ministre X", "la presidenta X", "the mayor of".
    const prev = toks[toks.indexOf(run[0]!) - 1];
    if (prev && ROLE_WORDS.has(prev.folded)) titled = true;
    const first = run[0]!;
    const names = run.filter((r) => !PARTICLES.has(r.folded) || r.cap);
    const significant = names.filter((r) => r.folded.replace(/[^\p{L}]/gu, '').length >= 3 && !GENERIC_TOKENS.has(r.folded));
    if (!significant.length) continue;
    const isPlace = names.some((r) => PLACE_WORDS.has(r.folded));
    const isOrg = names.some((r) => ORG_WORDS.has(r.folded));
    const start = first.start, end = run[run.length - 1]!.end;
    if (isPlace || isOrg) {
      const tokens = significant.filter((r) => !PLACE_WORDS.has(r.folded) && !ORG_WORDS.has(r.folded)).map((r) => r.folded);
      if (tokens.length) entities.push({ kind: 'name', start, end, text: text.slice(start, end), tokens, gazType: isPlace ? 'place' : 'org' });
      continue;
    }
    if (names.length >= 2 || titled) {
      entities.push({ kind: 'person', start, end, text: text.slice(start, end), tokens: significant.map((r) => r.folded), titled });
    } else if (!first.initial && !FUNCTION_WORDS.has(first.folded)) {
      entities.push({ kind: 'name', start, end, text: text.slice(start, end), tokens: [first.folded] });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  return { entities, dates, skip, ...(label ? { label } : {}) };
}
