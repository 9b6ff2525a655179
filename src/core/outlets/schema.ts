import { z } from 'zod';
import { TYPOLOGY_CODES } from './typology.js';

/** A string in fr, en and es. */
export const LocalizedText = z.object({ fr: z.string().min(1), en: z.string().min(1), es: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedText>;

export const Typology = z.enum(TYPOLOGY_CODES);
export type Typology = z.infer<typeof Typology>;

/**
 * A name as articles write it. A plain string matches anywhere (word boundaries, case and diacritics folded).
 * `context: true` — the name is also an ordinary word ("Sputnik" the satellite, "Granma" the yacht, "RT" a
 * retweet): it only matches where an outlet is expected (source line, byline, dateline, credit, "according to …",
 * "l'agence …"). `caseSensitive: true` — only as written ("RT", not "rt").
 */
export const Alias = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), context: z.boolean().optional(), caseSensitive: z.boolean().optional() }).strict(),
]);
export type Alias = z.infer<typeof Alias>;

/** Why the entry says what it says: a claim (in fr/en/es), who makes it, and where. */
export const OutletEvidence = z.object({ claim: LocalizedText, source: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }).strict();

/** Reliability is a separate axis (Wikipedia perennial sources); it never changes the typology. */
export const Reliability = z
  .object({ status: z.string().min(1), date: z.string().regex(/^\d{4}-\d\d-\d\d$/), name: z.string().optional(), source: z.string().min(1), url: z.url() })
  .strict();

/** `example.org`, `fr.example.org`, or `youtube.com/channel` (a path prefix on a shared platform). */
const HostPattern = z
  .string()
  .regex(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s]*)?$/, 'a lower-case host without scheme or www. (optionally /path)');

const entryShape = {
  /** Stable kebab-case id. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case'),
  /** Display name. */
  name: z.string().min(1),
  /** Every form articles use, the name included when it should match (only aliases are matched). */
  aliases: z.array(Alias).default([]),
  hosts: z.array(HostPattern).default([]),
  /** ISO 3166-1 alpha-2 (or EU). */
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** Owner or parent company as a name ("IRIB"). */
  owner: z.string().optional(),
  /** Id of a parent entry in the registry (Press TV → irib). */
  parent: z.string().optional(),
  typology: Typology,
  /** The source marks its typology with a question mark. */
  typologyUncertain: z.boolean().optional(),
  /** A plain-language explanation of who controls it. */
  explanation: LocalizedText.optional(),
  evidence: z.array(OutletEvidence).min(1, 'no entry without a source'),
  reliability: Reliability.optional(),
};

export const OutletEntry = z.object({ ...entryShape, origin: z.enum(['asd', 'curated']), asd: z.array(z.string()).optional() }).strict();
export type OutletEntryT = z.infer<typeof OutletEntry>;
/** Outlet entries as stored in the registry (after defaults). */
export type OutletEntry = OutletEntryT;

/** rubrics/outlets/extra.json: hand-curated entries; `asd` names ASD entries the entry absorbs. */
export const CuratedEntry = z.object({ ...entryShape, asd: z.array(z.string()).optional() }).strict();
export const CuratedFile = z.object({ $comment: z.string().optional(), entries: z.array(CuratedEntry) }).strict();

/** rubrics/outlets/registry.json (generated). */
export const RegistryFile = z
  .object({ $comment: z.string().optional(), generated: z.record(z.string(), z.string()).optional(), entries: z.array(OutletEntry) })
  .strict();
export type RegistryFileT = z.infer<typeof RegistryFile>;
