import { fold } from '../text/fold.js';
import { formatZodIssues } from '../errors.js';
import { CuratedFile, RegistryFile, type OutletEntry } from './schema.js';
import { splitHostPattern } from './hosts.js';
import { TYPOLOGY } from './typology.js';

export interface RegistryProblem {
  level: 'error' | 'warning';
  /** Entry id(s) concerned. */
  id: string;
  message: string;
}

export interface RegistryCheck {
  entries: number;
  state: number;
  independent: number;
  problems: RegistryProblem[];
}

/**
 * Validate a registry (rubrics/outlets/registry.json) or a curated file (rubrics/outlets/extra.json): schema,
 * unique ids, hosts and aliases shared across entries, evidence URLs, parent links. Curated entries sharing a
 * host or alias are errors; ASD entries sharing them are warnings (the registry then matches them by host only,
 * or resolves a shared host to the independent outlet).
 */
export function checkRegistryData(data: unknown): RegistryCheck {
  const problems: RegistryProblem[] = [];
  let entries: OutletEntry[];
  const asRegistry = RegistryFile.safeParse(data);
  if (asRegistry.success) entries = asRegistry.data.entries;
  else {
    const asCurated = CuratedFile.safeParse(data);
    if (!asCurated.success) {
      const issues = (data as { entries?: { origin?: unknown }[] })?.entries?.some?.((e) => e && typeof e === 'object' && 'origin' in e) ? asRegistry.error.issues : asCurated.error.issues;
      for (const line of formatZodIssues(issues, 20)) problems.push({ level: 'error', id: '-', message: line });
      return { entries: 0, state: 0, independent: 0, problems };
    }
    entries = asCurated.data.entries.map((e) => ({ ...e, origin: 'curated' as const }));
  }
  const ids = new Map<string, number>();
  for (const e of entries) ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push({ level: 'error', id, message: `id used by ${n} entries` });

  const hostOwners = new Map<string, OutletEntry[]>();
  const aliasOwners = new Map<string, OutletEntry[]>();
  for (const e of entries) {
    if (!e.evidence.length) problems.push({ level: 'error', id: e.id, message: 'no evidence: every entry needs at least one { claim, source, url }' });
    for (const [i, ev] of e.evidence.entries()) {
      try {
        const u = new URL(ev.url);
        if (!/^https?:$/.test(u.protocol)) throw new Error();
      } catch {
        problems.push({ level: 'error', id: e.id, message: `evidence[${i}].url is not an http(s) URL: "${ev.url}"` });
      }
    }
    if (e.parent && !ids.has(e.parent)) problems.push({ level: 'error', id: e.id, message: `parent "${e.parent}" is not an entry id` });
    if (e.origin === 'curated' && !e.explanation) problems.push({ level: 'warning', id: e.id, message: 'curated entry without an explanation in fr/en/es' });
    for (const h of new Set(e.hosts)) {
      const list = hostOwners.get(h) ?? [];
      list.push(e);
      hostOwners.set(h, list);
    }
    for (const key of new Set(e.aliases.map((a) => fold(typeof a === 'string' ? a : a.text).replace(/\s+/g, ' ').trim()))) {
      const list = aliasOwners.get(key) ?? [];
      list.push(e);
      aliasOwners.set(key, list);
    }
  }
  for (const [host, list] of hostOwners) {
    if (list.length < 2) continue;
    const curated = list.filter((e) => e.origin === 'curated');
    const mixed = new Set(list.map((e) => TYPOLOGY[e.typology].state)).size > 1;
    const names = list.map((e) => e.id).join(', ');
    if (curated.length > 1) problems.push({ level: 'error', id: names, message: `host ${host} is claimed by ${list.length} curated entries` });
    else if (mixed) problems.push({ level: 'warning', id: names, message: `host ${host} belongs to state and independent outlets; it resolves to the independent one` });
    else if (!splitHostPattern(host).path && list.some((e) => e.origin === 'curated')) problems.push({ level: 'warning', id: names, message: `host ${host} is shared with an ASD entry` });
  }
  let asdAmbiguous = 0;
  for (const [alias, list] of aliasOwners) {
    if (list.length < 2) continue;
    const curated = list.filter((e) => e.origin === 'curated');
    if (curated.length > 1) problems.push({ level: 'error', id: curated.map((e) => e.id).join(', '), message: `alias "${alias}" names ${curated.length} curated entries` });
    else if (curated.length === 0) asdAmbiguous++;
  }
  if (asdAmbiguous) problems.push({ level: 'warning', id: '(asd)', message: `${asdAmbiguous} names are shared by several ASD outlets; they are matched by host only` });
  const state = entries.filter((e) => TYPOLOGY[e.typology].state).length;
  return { entries: entries.length, state, independent: entries.length - state, problems };
}
