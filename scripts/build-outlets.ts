/**
 * Regenerates the derived outlet data:
 *   rubrics/outlets/registry.json   ASD State Media Monitor matrix (MIT) merged with rubrics/outlets/extra.json
 *                                   (hand-curated, cited), plus Wikipedia perennial-sources reliability (CC BY-SA)
 *   docs/outlets.md                 the human-readable table between the outlets-table markers
 *
 * Run: npx tsx scripts/build-outlets.ts            (writes the files)
 *      npx tsx scripts/build-outlets.ts --check    (exit 1 when the files on disk are stale)
 *
 * Inputs: rubrics/outlets/sources/asd-state-media-matrix.csv (ASD-at-GMF/state-media-profiles, commit d878fee),
 *         rubrics/outlets/sources/wikipedia-perennial-sources.csv (as of 2021-03-17). Override the folder
 *         with LOUPE_STATE_MEDIA_DATA.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { CuratedFile, OutletEntry, RegistryFile, type Alias, type Localized, type OutletEntryT, type Typology } from '../src/core/outlets/schema.js';
import { normalizeHost, splitHostPattern } from '../src/core/outlets/hosts.js';
import { TYPOLOGY } from '../src/core/outlets/typology.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.LOUPE_STATE_MEDIA_DATA ?? resolve(ROOT, 'rubrics/outlets/sources');
const ASD_CSV = join(DATA, 'asd-state-media-matrix.csv');
const WIKI_CSV = join(DATA, 'wikipedia-perennial-sources.csv');
const EXTRA = join(ROOT, 'rubrics/outlets/extra.json');
const OUT = join(ROOT, 'rubrics/outlets/registry.json');
const DOC = join(ROOT, 'docs/outlets.md');

export const ASD_SOURCE = 'ASD-at-GMF/state-media-profiles — State Media Monitor matrix (2024-02, MIT)';
export const ASD_URL = 'https://github.com/ASD-at-GMF/state-media-profiles';
const WIKI_SOURCE = 'Wikipedia: Reliable sources/Perennial sources (via Kudusch/wikipedia-perennial-sources, CC BY-SA 3.0)';
const WIKI_URL = 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources';
const WIKI_DATE = '2021-03-17';

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [head, ...body] = rows;
  return body.filter((r) => r.some((x) => x.trim())).map((r) => Object.fromEntries(head!.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** English country name (as ASD spells it) → ISO 3166 alpha-2, through Intl. */
function countryCodes(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const m = new Map<string, string>();
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A) for (const b of A) {
    try {
      const n = names.of(a + b);
      if (n && n !== a + b && !m.has(n)) m.set(n, a + b);
    } catch { /* not a region */ }
  }
  const fixes: Record<string, string> = {
    'United States of America': 'US', Turkey: 'TR', 'DR Congo': 'CD', Congo: 'CG', 'Palestine territories': 'PS', UAE: 'AE',
    'Europen Union': 'EU', 'The Gambia': 'GM', 'Hong Kong': 'HK', Macao: 'MO', "Côte d'Ivoire": 'CI', Myanmar: 'MM',
    'Bosnia and Herzegovina': 'BA', 'Vatican City': 'VA', Germany: 'DE', Serbia: 'RS', Vietnam: 'VN', Yemen: 'YE', Zimbabwe: 'ZW',
    Russia: 'RU', France: 'FR', 'United Kingdom': 'GB',
  };
  for (const [k, v] of Object.entries(fixes)) m.set(k, v);
  return m;
}

const slug = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'outlet';

/** "News agency: Prensa Latina (English)" → "Prensa Latina". */
export function cleanAssetName(s: string): string {
  return s
    .replace(/^(?:news agency|print media|print|television|online|radio|tv)\s*:\s*/i, '')
    .replace(/\s*\((?:english|spanish|french|arabic|[^)]*edition[^)]*)\)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words too common to identify an outlet on their own: a name made only of these (and country names) is matched
 * only where an outlet is expected (source line, credit, "according to …", "l'agence …").
 */
const GENERIC = new Set(
  `the a an of and de del la le les el los las et y du des di al el-
  news daily times post herald tribune mirror star sun voice world international national public state new today gazette journal
  radio tv television televisión télévision tele channel canal kanal broadcasting broadcast corporation company agency agence agencia
  service press media network info information online fm am one two 1 2 3 4 5 6 7 8 9 10 11 12 13 24 first central
  nacional nationale national noticias noticiero nouvelles diario journal periódico gold economy republic republica république
  reporter review observer express monitor chronicle standard nation courier record report live direct hd arabic english french
  spanish russian chinese persian german turkish portuguese documentary life mir star sabah posta hayat gunes quds javan star tv4
  l d economiste economist economista observateur observer matin opinion expression tribune temps progres independant independent
  patriote quotidien soleil union horizon essor presse pays peuple people nacion nation republicain hoy dia tiempo universal
  mundo prensa comercio heraldo correo informador sol voz pueblo era dawn hope vision truth light spirit call echo way path future age
  freedom liberty sunrise time`.split(/\s+/),
);

function aliasNeedsContext(name: string, countries: Set<string>): boolean {
  const words = name.toLowerCase().split(/[\s'’.-]+/).filter(Boolean);
  if (words.length === 0) return true;
  const meaningful = words.filter((w) => !GENERIC.has(w) && !countries.has(w));
  if (meaningful.length === 0) return true;
  // A single word ("Anis", "Mir", "Andina" as in "Comunidad Andina") or a bare acronym ("NTV") is too easily
  // something else; names with a dot ("Vesti.ru") are distinctive.
  if (name.trim().split(/\s+/).length === 1) return !/\.[a-z]{2,}$/i.test(name);
  if (countries.has(name.toLowerCase())) return true;
  return false;
}

/** "China Radio International (CRI)" → the name without its parenthesis, and the acronym (guarded). */
function asdAliases(name: string, countries: Set<string>): Alias[] {
  const out: Alias[] = [];
  const add = (t: string, forceContext = false) => {
    if (!t || out.some((a) => (typeof a === 'string' ? a : a.text) === t)) return;
    // A name made only of common words and country names ("Noticias", "Radio Nacional") is matched by host only.
    const ws = t.toLowerCase().split(/[\s'’.-]+/).filter(Boolean);
    if (!ws.some((w) => !GENERIC.has(w) && !countries.has(w))) return;
    out.push(forceContext || aliasNeedsContext(t, countries) ? { text: t, context: true } : t);
  };
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (m) {
    add(m[1]!.trim());
    if (/^[A-Z][A-Z0-9-]{1,7}$/.test(m[2]!.trim())) add(m[2]!.trim(), true);
  } else add(name);
  return out;
}

const asdClaim = (asset: string, company: string, countryName: string, t: Typology): Localized => ({
  fr: `La matrice State Media Monitor (ASD) classe « ${asset} » (${company}, ${countryName}) dans la catégorie ${t} : ${TYPOLOGY[t].label.fr}.`,
  en: `The State Media Monitor matrix (ASD) classifies “${asset}” (${company}, ${countryName}) as ${t}: ${TYPOLOGY[t].label.en}.`,
  es: `La matriz State Media Monitor (ASD) clasifica «${asset}» (${company}, ${countryName}) como ${t}: ${TYPOLOGY[t].label.es}.`,
});

export interface BuildResult {
  registry: z.infer<typeof RegistryFile>;
  stats: { asdRows: number; asdEntries: number; absorbed: number; curated: number; reliability: number };
}

export async function buildRegistry(): Promise<BuildResult> {
  const rows = parseCsv(await readFile(ASD_CSV, 'utf8'));
  const codes = countryCodes();
  const countryWords = new Set<string>();
  for (const lang of ['en', 'fr', 'es']) {
    const dn = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of codes.values()) {
      try {
        const n = dn.of(code);
        if (n) countryWords.add(n.toLowerCase());
      } catch { /* skip */ }
    }
  }
  for (const c of codes.keys()) countryWords.add(c.toLowerCase());

  // 1. ASD: one entry per (country, company, asset), hosts merged across rows.
  const byKey = new Map<string, OutletEntryT & { _company: string }>();
  const ids = new Set<string>();
  let asdRows = 0;
  for (const r of rows) {
    const rawT = r.Typology ?? '';
    if (!rawT || !r['Main assets']) continue;
    asdRows++;
    const uncertain = rawT.endsWith('?');
    const typology = rawT.replace(/\?$/, '') as Typology;
    if (!(typology in TYPOLOGY)) throw new Error(`ASD row "${r['Main assets']}": unknown typology ${rawT}`);
    const country = codes.get(r.Country!) ?? undefined;
    const name = cleanAssetName(r['Main assets']!);
    const key = `${r.Country}|${r['Media company']}|${name}|${typology}`;
    let e = byKey.get(key);
    if (!e) {
      let id = slug(`${name}-${country ?? r.Country}`);
      for (let n = 2; ids.has(id); n++) id = slug(`${name}-${country ?? r.Country}`) + `-${n}`;
      ids.add(id);
      const company = r['Media company']!.replace(/\*+$/, '').trim();
      e = {
        id,
        name,
        aliases: asdAliases(name, countryWords),
        hosts: [],
        ...(country ? { country } : {}),
        ...(company && company !== name ? { owner: company } : {}),
        typology,
        ...(uncertain ? { typologyUncertain: true } : {}),
        evidence: [{ claim: asdClaim(r['Main assets']!, company, r.Country!, typology), source: ASD_SOURCE, url: ASD_URL }],
        origin: 'asd',
        _company: company,
      };
      byKey.set(key, e);
    }
    const host = asdHost(r.URL ?? '');
    if (host && !e.hosts.includes(host)) e.hosts.push(host);
  }
  const asd = [...byKey.values()].map(({ _company, ...e }) => e);

  // 2. Curated entries absorb the ASD entries they name (`asd`) or whose hosts they claim.
  const extra = CuratedFile.parse(JSON.parse(await readFile(EXTRA, 'utf8')));
  const absorbed = new Set<string>();
  const out: OutletEntryT[] = [];
  const asdById = new Map(asd.map((e) => [e.id, e]));
  for (const c of extra.entries) {
    const { asd: named = [], ...entry } = c;
    const mine = new Set(named);
    for (const id of named) if (!asdById.has(id)) throw new Error(`extra.json ${c.id}: no ASD entry with id ${id}`);
    // An ASD entry on one of the curated hosts (or a subdomain of one) not yet absorbed: curated entries listed first
    // (language editions before the parent) take their own subdomains.
    const curatedHosts = entry.hosts.map((h) => normalizeHost(h));
    const covered = (h: string) => curatedHosts.some((c) => h === c || h.endsWith(`.${c}`));
    for (const a of asd) if (!absorbed.has(a.id) && a.hosts.length && a.hosts.some((h) => covered(splitHostPattern(h).host))) mine.add(a.id);
    const hosts = [...entry.hosts];
    const evidence = [...entry.evidence];
    for (const id of mine) {
      const a = asdById.get(id)!;
      if (a.typology !== entry.typology && !(TYPOLOGY[a.typology].state && TYPOLOGY[entry.typology].state)) {
        throw new Error(`extra.json ${c.id}: typology ${entry.typology} contradicts ASD ${a.id} (${a.typology}); curated entries must not change the ASD typology`);
      }
      absorbed.add(id);
      for (const h of a.hosts) if (!hosts.includes(h)) hosts.push(h);
      // At most two ASD claims per curated entry (its language editions say the same thing).
      for (const ev of a.evidence) if (evidence.filter((x) => x.url === ASD_URL).length < 2 && !evidence.some((x) => x.claim.en === ev.claim.en)) evidence.push(ev);
    }
    out.push({ ...entry, hosts, evidence, origin: 'curated', ...(mine.size ? { asd: [...mine].sort() } : {}) } as OutletEntryT);
  }
  for (const a of asd) if (!absorbed.has(a.id)) out.push(a);

  // 3. Reliability (a separate axis) from Wikipedia's perennial sources, matched by host only.
  const wiki = parseCsv(await readFile(WIKI_CSV, 'utf8'));
  let reliability = 0;
  for (const w of wiki) {
    let hosts: string[] = [];
    try {
      hosts = (JSON.parse(w.urls || '[]') as string[]).map((u) => normalizeHost(u.split('/')[0]!));
    } catch { continue; }
    let statuses: string[] = [];
    try { statuses = JSON.parse(w.status || '[]') as string[]; } catch { continue; }
    const status = statuses.filter((s) => !/noticeboard/i.test(s)).join(', ');
    if (!status || !hosts.length) continue;
    for (const e of out) {
      if (e.reliability) continue;
      if (e.hosts.some((h) => hosts.includes(splitHostPattern(h).host))) {
        e.reliability = { status, date: WIKI_DATE, name: w.name!, source: WIKI_SOURCE, url: w.wiki_url ? WIKI_URL : WIKI_URL };
        reliability++;
      }
    }
  }

  out.sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'curated' ? -1 : 1) || a.id.localeCompare(b.id));
  const registry = RegistryFile.parse({
    $comment:
      'GENERATED by scripts/build-outlets.ts from the ASD State Media Monitor matrix (MIT, see LICENSE-asd-state-media-profiles) and rubrics/outlets/extra.json; reliability from Wikipedia perennial sources (CC BY-SA 3.0). Do not edit by hand.',
    generated: { asd: 'ASD-at-GMF/state-media-profiles@d878fee', wikipedia: WIKI_DATE },
    entries: out,
  });
  for (const e of registry.entries) OutletEntry.parse(e);
  return { registry, stats: { asdRows, asdEntries: asd.length, absorbed: absorbed.size, curated: extra.entries.length, reliability } };
}

function asdHost(url: string): string | undefined {
  const u = url.trim();
  if (!u) return undefined;
  try {
    const parsed = new URL(/^https?:\/\//i.test(u) ? u : `http://${u}`);
    const host = normalizeHost(parsed.hostname);
    // Shared platforms: keep the path so one channel does not claim the whole platform.
    if (/(^|\.)(facebook|youtube|twitter|instagram|t|vk|ok|tiktok|linkedin|rutube|x)\.(com|me|ru)$/.test(host)) {
      const first = parsed.pathname.split('/').filter(Boolean)[0];
      return first ? `${host}/${first.toLowerCase()}` : undefined;
    }
    return host;
  } catch {
    return undefined;
  }
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

export function renderTable(entries: OutletEntryT[]): string {
  const dn = new Intl.DisplayNames(['en'], { type: 'region' });
  const country = (c?: string) => {
    if (!c) return '';
    try { return dn.of(c) ?? c; } catch { return c; }
  };
  const lines: string[] = [];
  const section = (title: string, list: OutletEntryT[]) => {
    lines.push(`### ${title} (${list.length})`, '', '| outlet | id | country | typology | state media | hosts | evidence |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const e of list) {
      const hosts = e.hosts.slice(0, 4).join(', ') + (e.hosts.length > 4 ? `, … (+${e.hosts.length - 4})` : '');
      const ev = e.evidence.map((x, i) => `[${i + 1}](${x.url})`).join(' ');
      lines.push(`| ${esc(e.name)} | \`${e.id}\` | ${esc(country(e.country))} | ${e.typology}${e.typologyUncertain ? '?' : ''} | ${TYPOLOGY[e.typology].state ? 'yes' : 'no'} | ${esc(hosts)} | ${ev} |`);
    }
    lines.push('');
  };
  section('Curated entries (rubrics/outlets/extra.json)', entries.filter((e) => e.origin === 'curated'));
  section('From the ASD matrix', entries.filter((e) => e.origin === 'asd'));
  return lines.join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  const { registry, stats } = await buildRegistry();
  const json = JSON.stringify(registry, null, 1) + '\n';
  const doc = await readFile(DOC, 'utf8').catch(() => '');
  const START = '<!-- outlets-table:start -->';
  const END = '<!-- outlets-table:end -->';
  const table = `${START}\n<!-- generated by scripts/build-outlets.ts — do not edit by hand -->\n\n${renderTable(registry.entries)}\n${END}`;
  const newDoc = doc.includes(START) && doc.includes(END) ? doc.slice(0, doc.indexOf(START)) + table + doc.slice(doc.indexOf(END) + END.length) : `${doc}\n${table}\n`;
  if (check) {
    const cur = await readFile(OUT, 'utf8').catch(() => '');
    const stale = [cur !== json && OUT, doc !== newDoc && DOC].filter(Boolean);
    if (stale.length) {
      console.error(`stale: ${stale.join(', ')} — run npx tsx scripts/build-outlets.ts`);
      process.exit(1);
    }
    console.log('outlet registry is up to date');
    return;
  }
  await writeFile(OUT, json);
  await writeFile(DOC, newDoc);
  const counts: Record<string, number> = {};
  for (const e of registry.entries) counts[e.typology] = (counts[e.typology] ?? 0) + 1;
  console.log(
    `wrote ${OUT} — ${registry.entries.length} entries (${stats.curated} curated absorbing ${stats.absorbed} ASD entries; ${stats.asdEntries} ASD entries from ${stats.asdRows} rows; ${stats.reliability} with Wikipedia reliability) ${JSON.stringify(counts)}`,
  );
  console.log(`wrote ${DOC}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`build-outlets: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
