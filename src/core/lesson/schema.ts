/**
 * The lesson file and the teacher's edits, as zod schemas (versioned). A lesson is one JSON document: the
 * article, every flag (the detectors' and the teacher's, each teacher change marked on the flag, in the
 * order "reveal one by one" shows them), the reviewed notes (on the flags), the rubric id and the teacher's
 * instructions. See docs/lessons.md.
 */
import { z } from 'zod';
import { Article, Lang } from '../model/article.js';
import { Annotation, Kind, Severity } from '../model/annotation.js';
import { Score } from '../model/report.js';

export const LESSON_FORMAT = 'loupe-lesson';
export const LESSON_VERSION = 1;

export const LESSON_LIMITS = {
  annotations: 5000,
  added: 1000,
  instructions: 10_000,
  title: 300,
  message: 5000,
  reason: 1000,
  undo: 50,
} as const;

const Timestamp = z.string().min(1).max(64);
const Id = z.string().min(1).max(300);

export const LessonSchema = z
  .object({
    format: z.literal(LESSON_FORMAT),
    version: z.literal(LESSON_VERSION),
    generator: z.object({ name: z.literal('loupe'), version: z.string() }).optional(),
    title: z.string().max(LESSON_LIMITS.title).default(''),
    /** What the teacher asks the students to do (shown above the article in student mode). */
    instructions: z.string().max(LESSON_LIMITS.instructions).default(''),
    /** Language of the messages. */
    lang: Lang,
    /** A bundled rubric id ("credibility", "sift", "craap"), or null for no score. */
    rubric: z.string().min(1).max(100).nullable(),
    created: Timestamp.optional(),
    updated: Timestamp.optional(),
    article: Article,
    /** Every flag, in reveal order; teacher changes are marked in `teacher` (dismissed flags stay, marked). */
    annotations: z.array(Annotation).max(LESSON_LIMITS.annotations),
    /** The score of the edited reference when the lesson was written (readers that cannot score may show it). */
    score: Score.nullable().default(null),
    warnings: z.array(z.string()).default([]),
  })
  .strict();
export type Lesson = z.infer<typeof LessonSchema>;

/** A dismissed detector flag. */
export const Dismissal = z.object({ id: Id, reason: z.string().max(LESSON_LIMITS.reason).optional(), at: Timestamp });
export type Dismissal = z.infer<typeof Dismissal>;

/** A detector flag whose message and/or severity the teacher rewrote. */
export const Change = z.object({ id: Id, message: z.string().min(1).max(LESSON_LIMITS.message).optional(), severity: Severity.optional(), at: Timestamp });
export type Change = z.infer<typeof Change>;

/** The teacher's edits of one article's reference, as the widget saves them in the browser. */
export const TeacherEdits = z.object({
  version: z.literal(1),
  articleKey: z.string().min(1).max(200),
  dismissed: z.array(Dismissal).max(LESSON_LIMITS.annotations),
  added: z.array(Annotation).max(LESSON_LIMITS.added),
  changed: z.array(Change).max(LESSON_LIMITS.annotations),
  /** Reveal order (ids); flags not listed follow in reading order. Empty: reading order. */
  order: z.array(Id).max(LESSON_LIMITS.annotations + LESSON_LIMITS.added),
  instructions: z.string().max(LESSON_LIMITS.instructions),
  title: z.string().max(LESSON_LIMITS.title),
  updated: Timestamp,
});
export type TeacherEdits = z.infer<typeof TeacherEdits>;

/** What is saved per article: the edits and the previous versions, for undo. */
export const TeacherState = z.object({
  version: z.literal(1),
  articleKey: z.string().min(1).max(200),
  edits: TeacherEdits,
  undo: z.array(TeacherEdits).max(LESSON_LIMITS.undo),
});
export type TeacherState = z.infer<typeof TeacherState>;

/** A new flag on a passage, as the teacher fills the form. */
export interface NewFlag {
  kind: Kind;
  start: number;
  end: number;
  message: string;
  severity?: z.infer<typeof Severity>;
  /** An evidence link (http or https) and its label. */
  url?: string;
  label?: string;
}
