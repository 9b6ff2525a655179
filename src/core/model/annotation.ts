import { z } from 'zod';
import { Lang } from './article.js';

/** The four mission kinds, plus supporting kinds that never count as flags against honest journalism. */
export const MISSION_KINDS = ['state-media', 'caption-mismatch', 'headline-framing', 'unsourced-claim'] as const;
export const Kind = z.enum([...MISSION_KINDS, 'transparency', 'source-profile']);
export type Kind = z.infer<typeof Kind>;

export const Severity = z.enum(['info', 'caution', 'warning']);
export type Severity = z.infer<typeof Severity>;
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, warning: 2 };

/**
 * One piece of evidence behind an annotation: a matched term, a missing source, an outlet profile…
 * `text` is already rendered in the report language. A span (start/end/quote) points into article.text;
 * `url`/`source` cite where a claim about the world comes from.
 */
export const Evidence = z.object({
  type: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  quote: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A teacher note (drafted by a model or written by hand). */
export const Note = z.object({
  text: z.string(),
  question: z.string().optional(),
  check: z.string().optional(),
  status: z.enum(['draft', 'approved', 'edited', 'rejected']),
  model: z.string().optional(),
  createdAt: z.string().optional(),
  lang: Lang.optional(),
  /** The model's original draft, kept when a teacher edits a note (see src/core/notes.ts). */
  draft: z.object({ text: z.string(), question: z.string().optional(), check: z.string().optional() }).optional(),
  /** When a teacher last approved, edited or rejected the note (ISO 8601). */
  reviewedAt: z.string().optional(),
});
export type Note = z.infer<typeof Note>;

/**
 * The teacher's change to a flag (see src/core/lesson/): added by hand, message/severity rewritten (the
 * detector's values kept in `original`), or dismissed (with an optional reason; a dismissed flag is not in the
 * students' reference nor the score). `at` is when the teacher last changed it (ISO 8601).
 */
export const TeacherMark = z.object({
  added: z.boolean().optional(),
  original: z.object({ message: z.string(), severity: Severity }).optional(),
  dismissed: z.object({ reason: z.string().max(1000).optional() }).optional(),
  at: z.string().max(64).optional(),
});
export type TeacherMark = z.infer<typeof TeacherMark>;

export const Annotation = z.object({
  /** Stable id: `${kind}:${start}-${end}` (suffixed when two annotations of a kind share a span). */
  id: z.string(),
  kind: Kind,
  detector: z.string(),
  messageId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Always article.text.slice(start, end). */
  quote: z.string(),
  severity: Severity,
  /** 0..1: how sure the detector is. */
  confidence: z.number().min(0).max(1),
  message: z.string(),
  evidence: z.array(Evidence),
  /** Template data the message was rendered from (lets a UI re-render in another language). */
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  note: Note.optional(),
  /** Present only on a flag the teacher added, edited or dismissed. */
  teacher: TeacherMark.optional(),
});
export type Annotation = z.infer<typeof Annotation>;
