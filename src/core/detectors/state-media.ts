import type { Lang } from '../model/article.js';
import type { Evidence, Severity } from '../model/annotation.js';
import type { Localized } from '../i18n.js';
import { findOutletMentions, type OutletMention } from '../outlets/mentions.js';
import { loadRegistry } from '../outlets/registry.js';
import type { OutletEntry } from '../outlets/schema.js';
import { TYPOLOGY, TYPOLOGY_SOURCE, type TypologyCode } from '../outlets/typology.js';
import type { DetectContext, Detector, Finding } from './types.js';

/**
 * `state-media`: who published the article and which outlets it relies on, checked against the cited outlet
 * registry (rubrics/outlets). Only state-controlled and captured outlets (SC, CaPu, CaPr) get kind `state-media`;
 * independent public or state-funded outlets (IP, ISM, ISF, ISFM) get at most an `info` note of kind
 * `source-profile`, as do state outlets that are only named (an interview venue), not relied on.
 *
 * Every finding's `data` carries `outlet` (display name), `outletId`, `typology`, `role`
 * ('publisher' | 'cited' | 'mentioned'; 'mentioned' only on `source-profile`), `via` ('name' | 'host') and
 * `signal`; its span is the outlet's name, credit or host exactly as written.
 */

type Role = 'publisher' | 'cited' | 'mentioned';
type Signal = 'source' | 'byline' | 'dateline' | 'url' | 'header' | 'footer' | 'citation' | 'credit' | 'link' | 'interview' | 'venue' | 'named';

const STATE_CODES = ['SC', 'CaPu', 'CaPr'] as const;

const PUBLISHER: Record<(typeof STATE_CODES)[number], Localized> = {
  SC: {
    fr: 'Éditeur : {outlet} est un média contrôlé par l’État (SC) : l’État le finance et contrôle sa ligne éditoriale. À lire comme une voix officielle ; voir les preuves citées.',
    en: 'Publisher: {outlet} is state-controlled media (SC): the state funds it and controls its editorial line. Read it as an official voice; see the cited evidence.',
    es: 'Editor: {outlet} es un medio controlado por el Estado (SC): el Estado lo financia y controla su línea editorial. Léalo como una voz oficial; vea las pruebas citadas.',
  },
  CaPu: {
    fr: 'Éditeur : {outlet} est un média public capturé (CaPu) : public sur le papier, mais le pouvoir contrôle sa ligne éditoriale. Voir les preuves citées.',
    en: 'Publisher: {outlet} is captured public media (CaPu): public on paper, but the government controls its editorial line. See the cited evidence.',
    es: 'Editor: {outlet} es un medio público capturado (CaPu): público en teoría, pero el poder controla su línea editorial. Vea las pruebas citadas.',
  },
  CaPr: {
    fr: 'Éditeur : {outlet} est un média privé capturé (CaPr) : privé, mais le pouvoir contrôle sa ligne éditoriale par ses propriétaires ou ses financements. Voir les preuves citées.',
    en: 'Publisher: {outlet} is captured private media (CaPr): privately owned, but the government controls its editorial line through owners or funding. See the cited evidence.',
    es: 'Editor: {outlet} es un medio privado capturado (CaPr): privado, pero el poder controla su línea editorial a través de sus dueños o su financiación. Vea las pruebas citadas.',
  },
};
const CITED: Record<(typeof STATE_CODES)[number], Localized> = {
  SC: {
    fr: 'Source citée : {outlet} est un média contrôlé par l’État (SC) ; ce qu’il rapporte porte la version officielle. Cherchez une source indépendante ; voir les preuves citées.',
    en: 'Cited source: {outlet} is state-controlled media (SC); what it reports carries the official line. Look for an independent source; see the cited evidence.',
    es: 'Fuente citada: {outlet} es un medio controlado por el Estado (SC); lo que informa lleva la versión oficial. Busque una fuente independiente; vea las pruebas citadas.',
  },
  CaPu: {
    fr: 'Source citée : {outlet} est un média public capturé (CaPu), sous contrôle du pouvoir. Cherchez une source indépendante ; voir les preuves citées.',
    en: 'Cited source: {outlet} is captured public media (CaPu), controlled by the government. Look for an independent source; see the cited evidence.',
    es: 'Fuente citada: {outlet} es un medio público capturado (CaPu), bajo control del poder. Busque una fuente independiente; vea las pruebas citadas.',
  },
  CaPr: {
    fr: 'Source citée : {outlet} est un média privé capturé (CaPr), sous contrôle du pouvoir. Cherchez une source indépendante ; voir les preuves citées.',
    en: 'Cited source: {outlet} is captured private media (CaPr), controlled by the government. Look for an independent source; see the cited evidence.',
    es: 'Fuente citada: {outlet} es un medio privado capturado (CaPr), bajo control del poder. Busque una fuente independiente; vea las pruebas citadas.',
  },
};

const messages: Record<string, Localized> = {
  ...Object.fromEntries(STATE_CODES.map((c) => [`publisher-${c}`, PUBLISHER[c]])),
  ...Object.fromEntries(STATE_CODES.map((c) => [`cited-${c}`, CITED[c]])),
  'profile-independent': {
    fr: '{outlet} est financé ou géré par des fonds publics mais classé indépendant ({typology}) : ce n’est pas un média d’État. Voir son profil.',
    en: '{outlet} is publicly funded or managed but rated independent ({typology}): it is not state media. See its profile.',
    es: '{outlet} tiene financiación o gestión pública pero está clasificado como independiente ({typology}): no es un medio estatal. Vea su perfil.',
  },
  'mentioned-state': {
    fr: '{outlet} est nommé ici sans être cité comme source ; c’est un média d’État ou sous contrôle du pouvoir ({typology}). Voir son profil.',
    en: '{outlet} is named here but not cited as a source; it is state or government-controlled media ({typology}). See its profile.',
    es: '{outlet} se nombra aquí sin citarlo como fuente; es un medio estatal o bajo control del poder ({typology}). Vea su perfil.',
  },
};

const SIGNAL: Record<Signal, Localized> = {
  source: { fr: 'Nommé comme éditeur dans la ligne source ou le pied de page.', en: 'Named as the publisher in the source line or footer.', es: 'Nombrado como editor en la línea de fuente o el pie de página.' },
  byline: { fr: 'Nommé dans la signature.', en: 'Named in the byline.', es: 'Nombrado en la firma.' },
  dateline: { fr: 'Nommé dans l’attaque (lieu, date, agence) comme agence d’origine.', en: 'Named in the dateline as the originating agency.', es: 'Nombrado en la data (lugar, fecha, agencia) como agencia de origen.' },
  url: { fr: 'L’adresse de la page appartient à ce média.', en: 'The page address belongs to this outlet.', es: 'La dirección de la página pertenece a este medio.' },
  header: { fr: 'Nommé dans l’en-tête de la page.', en: 'Named in the page header.', es: 'Nombrado en la cabecera de la página.' },
  footer: { fr: 'Nommé dans le pied de page.', en: 'Named in the page footer.', es: 'Nombrado en el pie de página.' },
  interview: {
    fr: 'Déclaration faite à ce média, sans autre source dans la phrase : c’est lui qui la rapporte.',
    en: 'A statement made to this outlet, with no other source in the sentence: it is the one reporting it.',
    es: 'Declaración hecha a este medio, sin otra fuente en la frase: es él quien la difunde.',
  },
  citation: { fr: 'Cité comme source d’information.', en: 'Cited as a source of information.', es: 'Citado como fuente de información.' },
  credit: { fr: 'Crédité pour une photo ou un contenu.', en: 'Credited for a photo or content.', es: 'Acreditado por una foto o un contenido.' },
  link: { fr: 'Lien vers une page de ce média.', en: 'Links to a page of this outlet.', es: 'Enlace a una página de este medio.' },
  venue: { fr: 'Nommé comme lieu d’une interview ou d’une déclaration, pas comme source.', en: 'Named as where someone spoke, not as a source.', es: 'Nombrado como lugar de una entrevista o declaración, no como fuente.' },
  named: { fr: 'Seulement nommé, pas cité comme source.', en: 'Only named, not cited as a source.', es: 'Solo nombrado, no citado como fuente.' },
};

const OWNER: Localized = { fr: 'propriétaire', en: 'owner', es: 'propietario' };
const RELIABILITY: Localized = {
  fr: 'Fiabilité (un autre axe, qui ne change pas la typologie) : liste des sources pérennes de Wikipédia au {date} : « {status} ».',
  en: 'Reliability (a separate axis; it does not change the typology): Wikipedia perennial sources list as of {date}: “{status}”.',
  es: 'Fiabilidad (otro eje, que no cambia la tipología): lista de fuentes perennes de Wikipedia a {date}: «{status}».',
};

const isState = (t: TypologyCode) => TYPOLOGY[t].state;

function countryName(code: string | undefined, lang: Lang): string | undefined {
  if (!code) return undefined;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The outlet's profile and citations, in the report language. */
export function outletEvidence(entry: OutletEntry, lang: Lang, signal: Signal, span: { start: number; end: number; quote: string }): Evidence[] {
  const t = TYPOLOGY[entry.typology];
  const country = countryName(entry.country, lang);
  const head = [entry.name, `${t.label[lang]} (${entry.typology}${entry.typologyUncertain ? '?' : ''})`, country, entry.owner ? `${OWNER[lang]}${lang === 'fr' ? ' : ' : ': '}${entry.owner}` : undefined]
    .filter(Boolean)
    .join(' · ');
  const out: Evidence[] = [
    {
      type: 'outlet-profile',
      text: `${head}. ${entry.explanation?.[lang] ?? ''} ${t.explain[lang]}`.replace(/\s+/g, ' ').trim(),
      source: TYPOLOGY_SOURCE.source,
      url: TYPOLOGY_SOURCE.url,
      data: { outletId: entry.id, typology: entry.typology, stateMedia: t.state, ...(entry.country ? { country: entry.country } : {}), ...(entry.owner ? { owner: entry.owner } : {}), ...(entry.parent ? { parent: entry.parent } : {}), hosts: entry.hosts.slice(0, 5) },
    },
    { type: 'signal', text: SIGNAL[signal][lang], start: span.start, end: span.end, quote: span.quote },
    ...entry.evidence.map((e) => ({ type: 'citation', text: e.claim[lang], source: e.source, url: e.url })),
  ];
  if (entry.reliability) {
    out.push({
      type: 'reliability',
      text: RELIABILITY[lang].replace('{date}', entry.reliability.date).replace('{status}', entry.reliability.status),
      source: entry.reliability.source,
      url: entry.reliability.url,
    });
  }
  return out;
}

interface Slot {
  start: number;
  end: number;
  signal: Signal;
  /** Header and footer lines are weaker places: only curated guarded names match there. */
  weak?: boolean;
}

/** Where the article says who published it, in order of trust. */
function publisherSlots(ctx: DetectContext): Slot[] {
  const { article } = ctx;
  const slots: Slot[] = [];
  for (const b of ctx.blocks('source')) {
    const text = ctx.textOf(b);
    const isUrl = /^\s*(?:(?:url|lien|link|enlace)\s*:\s*)?(?:https?:\/\/|www\.)\S+\s*$/i.test(text);
    slots.push({ start: b.start, end: b.end, signal: isUrl ? 'url' : 'source' });
  }
  for (const b of ctx.blocks('byline')) slots.push({ start: b.start, end: b.end, signal: 'byline' });
  for (const b of ctx.blocks('dateline')) slots.push({ start: b.start, end: b.end, signal: 'dateline' });
  for (const f of [article.meta.publisher, article.meta.siteName, article.meta.url]) {
    if (f?.start === undefined || f.end === undefined) continue;
    if (slots.some((s) => s.start <= f.start! && f.end! <= s.end)) continue;
    slots.push({ start: f.start, end: f.end, signal: f === article.meta.url ? 'url' : 'source' });
  }
  // Short page-header lines before the headline (site name, logo text) and short footer lines after the body.
  const short = (b: { start: number; end: number }) => ctx.textOf(b).trim().split(/\s+/).length <= 8;
  const headline = ctx.blocks('headline')[0];
  if (headline) for (const b of ctx.blocks('navigation')) if (b.start < headline.start && short(b)) slots.push({ start: b.start, end: b.end, signal: 'header', weak: true });
  const paras = ctx.blocks('paragraph');
  const lastPara = paras[paras.length - 1];
  if (lastPara) for (const b of ctx.blocks('boilerplate', 'navigation')) if (b.start > lastPara.end && short(b)) slots.push({ start: b.start, end: b.end, signal: 'footer', weak: true });
  return slots;
}

/** The sentence around a span, inside its block. */
function sentenceAround(text: string, block: { start: number; end: number }, span: { start: number; end: number }): { start: number; end: number } {
  let s = span.start;
  while (s > block.start && !/[.!?]\s/.test(text.slice(s - 2, s))) s--;
  let e = span.end;
  while (e < block.end && !/[.!?](?:\s|$)/.test(text.slice(e, e + 2))) e++;
  return { start: s, end: Math.min(block.end, e + 1) };
}
const OTHER_ATTRIBUTION_RE = /\b(?:selon|d['’]apr[eè]s|according to|citing|cited by|quoted by|seg[uú]n|de acuerdo con|citado por|citada por|cit[ée]e? par|rapport[ée]e? par|reported by)\b/iu;

const BODY_TYPES = ['headline', 'standfirst', 'subheading', 'paragraph', 'caption'] as const;

function severityFor(role: Role, t: TypologyCode): Severity {
  if (!isState(t) || role === 'mentioned') return 'info';
  return role === 'publisher' && t === 'SC' ? 'warning' : 'caution';
}

function confidenceFor(role: Role, m: OutletMention): number {
  const curated = m.entry.origin === 'curated';
  const guarded = m.guarded;
  let c = m.via === 'host' ? 0.9 : curated ? 0.9 : 0.75;
  if (role === 'cited') c -= 0.05;
  if (role === 'mentioned') c -= 0.15;
  if (guarded) c -= 0.1;
  return Math.max(0.3, Math.round(c * 100) / 100);
}

export const stateMedia: Detector = {
  meta: {
    id: 'state-media',
    kinds: ['state-media', 'source-profile'],
    docs: {
      description: {
        fr: 'Repère l’éditeur et les médias cités qui sont contrôlés par un État ou capturés (typologie State Media Monitor), avec les preuves du registre des médias ; les médias publics indépendants ne sont jamais signalés comme médias d’État.',
        en: 'Finds a publisher or cited outlet that is state-controlled or captured (State Media Monitor typology), with evidence from the outlet registry; independent public media are never flagged as state media.',
        es: 'Detecta el editor y los medios citados controlados por un Estado o capturados (tipología State Media Monitor), con las pruebas del registro de medios; los medios públicos independientes nunca se señalan como medios estatales.',
      },
      url: 'docs/outlets.md',
    },
    messages,
  },
  async detect(ctx) {
    const registry = await loadRegistry();
    const { article } = ctx;
    const text = article.text;
    const lang = ctx.lang;
    const taken: { start: number; end: number }[] = [];
    const overlapsTaken = (s: { start: number; end: number }) => taken.some((t) => s.start < t.end && t.start < s.end);

    const report = (m: OutletMention, role: Role, signal: Signal) => {
      const t = m.entry.typology;
      const state = isState(t);
      const kind = state && role !== 'mentioned' ? 'state-media' : 'source-profile';
      const messageId = !state ? 'profile-independent' : role === 'publisher' ? `publisher-${t}` : role === 'cited' ? `cited-${t}` : 'mentioned-state';
      const finding: Finding = {
        start: m.start,
        end: m.end,
        messageId,
        kind,
        severity: severityFor(role, t),
        confidence: confidenceFor(role, m),
        data: { outlet: m.entry.name, outletId: m.entry.id, typology: t, role, via: m.via, signal, disclosed: m.disclosed ? 1 : 0 },
        evidence: outletEvidence(m.entry, lang, signal, { start: m.start, end: m.end, quote: text.slice(m.start, m.end) }),
      };
      taken.push({ start: m.start, end: m.end });
      ctx.report(finding);
    };

    // 1. The publisher, wherever the page names it (source line, footer, byline, dateline, URL, header).
    const publishers = new Map<string, OutletEntry>();
    for (const slot of publisherSlots(ctx)) {
      const mentions = findOutletMentions(text.slice(slot.start, slot.end), registry, { slot: slot.weak ? 'weak' : true, offset: slot.start });
      for (const m of mentions) {
        if (overlapsTaken(m)) continue;
        publishers.set(m.entry.id, m.entry);
        report(m, 'publisher', m.via === 'host' && slot.signal !== 'url' && slot.signal !== 'source' ? 'url' : slot.signal);
      }
    }
    const isSelf = (e: OutletEntry) => [...publishers.keys()].some((p) => registry.family(p).has(e.id) || registry.family(e.id).has(p));

    // 2. Outlets in the body and captions: each citation is flagged; a mere mention gets a profile note once.
    const profiled = new Set<string>();
    for (const b of ctx.blocks(...BODY_TYPES)) {
      const pieces: { start: number; end: number; slot: boolean }[] = [];
      const credit = b.type === 'caption' ? b.credit : undefined;
      if (credit && credit.start >= b.start && credit.end <= b.end) {
        if (credit.start > b.start) pieces.push({ start: b.start, end: credit.start, slot: false });
        pieces.push({ start: credit.start, end: credit.end, slot: true });
        if (credit.end < b.end) pieces.push({ start: credit.end, end: b.end, slot: false });
      } else pieces.push({ start: b.start, end: b.end, slot: false });
      for (const p of pieces) {
        for (const m of findOutletMentions(text.slice(p.start, p.end), registry, { slot: p.slot, offset: p.start })) {
          if (overlapsTaken(m)) continue;
          let { role, signal } = roleOf(m, p.slot);
          // "X told RIA Novosti …" with no other source in the sentence: the outlet is where the quote comes from
          // (even when the article says whose outlet it is: "told state television VTV").
          if (m.cue === 'venue') {
            const sent = sentenceAround(text, b, m);
            const rest = text.slice(sent.start, m.start) + ' ' + text.slice(m.end, sent.end);
            if (!OTHER_ATTRIBUTION_RE.test(rest)) (role = 'cited'), (signal = 'interview');
          }
          if (role === 'cited') {
            if (!isState(m.entry.typology)) continue; // independent outlets cited as sources are ordinary journalism
            report(m, 'cited', signal);
            profiled.add(m.entry.id);
          } else if (isState(m.entry.typology) && !profiled.has(m.entry.id) && !isSelf(m.entry)) {
            report(m, 'mentioned', signal);
            profiled.add(m.entry.id);
          }
        }
      }
    }
  },
};

function roleOf(m: OutletMention, creditSlot: boolean): { role: Role; signal: Signal } {
  if (creditSlot || m.cue === 'credit') return { role: 'cited', signal: 'credit' };
  if (m.cue === 'citation') return { role: 'cited', signal: m.via === 'host' ? 'link' : 'citation' };
  if (m.cue === 'venue') return { role: 'mentioned', signal: 'venue' };
  return { role: 'mentioned', signal: 'named' };
}

