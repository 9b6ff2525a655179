/**
 * Reading, writing and using lesson files. `parseLesson` is the one way in: JSON text or a parsed value,
 * checked by the schema and then against the article (offsets, quotes, ids); every error is one line naming
 * the field. Pure and browser-safe.
 */
import { InputError, formatPath, formatZodIssues } from '../errors.js';
import type { Annotation } from '../model/annotation.js';
import type { Report, Score } from '../model/report.js';
import { jsonErrorOffset } from '../parse/json.js';
import { lineColumn } from '../text/lines.js';
import { articleKey } from '../student/storage.js';
import { forStudents } from '../notes.js';
import { applyEdits, splitAnnotations } from './edits.js';
import { LESSON_FORMAT, LESSON_VERSION, LessonSchema, type Lesson, type TeacherEdits } from './schema.js';

/** Parse and check a lesson (JSON text or a parsed value). Throws InputError: "lesson.json: annotations[2].quote: …". */
export function parseLesson(input: unknown, where = 'lesson'): Lesson {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      const at = jsonErrorOffset(input);
      const lc = lineColumn(input, at.offset);
      throw new InputError(`malformed JSON at line ${lc.line}, column ${lc.column}: ${at.reason}`, where);
    }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError('(root): expected a JSON object (a Loupe lesson)', where);
  const o = raw as Record<string, unknown>;
  if (o.format === undefined) {
    const report = 'article' in o && 'annotations' in o;
    throw new InputError(`format: missing${report ? ' — this looks like a Loupe report, not a lesson (make one with "loupe lesson" or the widget’s Export lesson)' : ` (expected "${LESSON_FORMAT}")`}`, where);
  }
  if (o.format !== LESSON_FORMAT) throw new InputError(`format: expected "${LESSON_FORMAT}", got ${JSON.stringify(o.format).slice(0, 60)}`, where);
  if (typeof o.version === 'number' && o.version > LESSON_VERSION) throw new InputError(`version: ${o.version} is newer than this Loupe reads (${LESSON_VERSION}); update Loupe`, where);
  const r = LessonSchema.safeParse(raw);
  if (!r.success) throw new InputError(formatZodIssues(r.error.issues, 3).join('; '), where);
  const lesson = r.data;
  const problem = checkLesson(lesson);
  if (problem) throw new InputError(problem, where);
  return lesson;
}

/** The first inconsistency between the flags and the article ("annotations[3].quote: …"), or null. */
export function checkLesson(lesson: Lesson): string | null {
  const text = lesson.article.text;
  for (const [i, b] of lesson.article.blocks.entries()) {
    if (b.end < b.start || b.end > text.length) return `${formatPath(['article', 'blocks', i, 'end'])}: ${b.end} is outside the article text (0–${text.length})`;
  }
  const seen = new Set<string>();
  for (const [i, a] of lesson.annotations.entries()) {
    const at = (k: string) => formatPath(['annotations', i, k]);
    if (a.end < a.start) return `${at('end')}: ${a.end} is before start (${a.start})`;
    if (a.end > text.length) return `${at('end')}: ${a.end} is past the end of the article text (${text.length} characters)`;
    if (text.slice(a.start, a.end) !== a.quote) return `${at('quote')}: does not match the article text at ${a.start}–${a.end} (was the article or the flag edited by hand?)`;
    if (seen.has(a.id)) return `${at('id')}: "${a.id}" is used twice`;
    seen.add(a.id);
    if (a.teacher?.added && a.teacher.original) return `${at('teacher')}: a flag the teacher added has no detector original`;
    if (!a.message.trim()) return `${at('message')}: empty`;
  }
  return null;
}

export interface BuildLessonInput {
  /** The detectors' report (notes as reviewed). */
  report: Report;
  edits?: TeacherEdits | null;
  /** Score of the edited reference (rescore), or null. Default: the report's score when there are no edits. */
  score?: Score | null;
  rubric?: string | null;
  instructions?: string;
  title?: string;
  generator?: { name: 'loupe'; version: string };
  now?: () => Date;
}

/** A lesson from a report and the teacher's edits. Only reviewed notes are kept (approved or edited). */
export function buildLesson(input: BuildLessonInput): Lesson {
  const { report, edits = null } = input;
  const students = forStudents(report);
  const { all } = applyEdits(students.annotations, edits);
  const stamp = (input.now ?? (() => new Date()))().toISOString();
  const lesson: Lesson = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    ...(input.generator ?? report.generator ? { generator: input.generator ?? report.generator! } : {}),
    title: input.title ?? edits?.title ?? '',
    instructions: input.instructions ?? edits?.instructions ?? '',
    lang: report.lang,
    rubric: input.rubric !== undefined ? input.rubric : (report.score?.rubric.id ?? null),
    created: stamp,
    updated: stamp,
    article: report.article,
    annotations: all,
    score: input.score !== undefined ? input.score : edits ? null : report.score,
    warnings: report.warnings,
  };
  return lesson;
}

/** The report students get from a lesson: the edited reference (no dismissed flags), its score. */
export function lessonReport(lesson: Lesson): Report {
  return {
    version: 1,
    ...(lesson.generator ? { generator: lesson.generator } : {}),
    lang: lesson.lang,
    article: lesson.article,
    annotations: lessonReference(lesson),
    score: lesson.score,
    warnings: lesson.warnings,
  };
}

/** The flags students are compared against: every flag not dismissed, in reveal order. */
export function lessonReference(lesson: Lesson): Annotation[] {
  return lesson.annotations.filter((a) => !a.teacher?.dismissed);
}

/** The detectors' report and the teacher's edits in a lesson (what the widget edits further). */
export function lessonParts(lesson: Lesson): { report: Report; edits: TeacherEdits } {
  const key = articleKey(lesson.article.text);
  const { detectors, edits } = splitAnnotations(lesson.annotations, key, { instructions: lesson.instructions, title: lesson.title, ...(lesson.updated ? { updated: lesson.updated } : {}) });
  return {
    report: { version: 1, ...(lesson.generator ? { generator: lesson.generator } : {}), lang: lesson.lang, article: lesson.article, annotations: detectors, score: lesson.score, warnings: lesson.warnings },
    edits,
  };
}

/** True for a parsed JSON value that says it is a lesson (so a loader can tell lessons from reports). */
export const looksLikeLesson = (v: unknown): boolean => Boolean(v && typeof v === 'object' && (v as { format?: unknown }).format === LESSON_FORMAT);
