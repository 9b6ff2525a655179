/** The teacher's edits in the browser: the same crash-safe two-slot store as student work, one per article. */
import { createSlotStore, type SlotStore, type StorageLike } from '../student/storage.js';
import { TeacherState } from './schema.js';
import { emptyState, type Now } from './edits.js';
import { parseLesson } from './lesson.js';
import type { Lesson } from './schema.js';

export const TEACHER_STORAGE_PREFIX = 'loupe:teacher:v1:';
export const TEACHER_ENVELOPE_FORMAT = 'loupe-teacher-edits';

export type TeacherStore = SlotStore<TeacherState>;

export function createTeacherStore(storage: StorageLike, key: string, now: Now = () => new Date()): TeacherStore {
  return createSlotStore(storage, key, {
    prefix: TEACHER_STORAGE_PREFIX,
    format: TEACHER_ENVELOPE_FORMAT,
    noun: 'edits',
    schema: TeacherState,
    keyOf: (s) => s.articleKey,
    empty: () => emptyState(key, now),
  });
}

/**
 * Read a lesson file the teacher picked. Never throws and never touches what is saved: on failure the caller
 * keeps its state and shows `error` (one line naming the field).
 */
export function readLessonFile(text: string, where: string): { ok: true; lesson: Lesson } | { ok: false; error: string } {
  try {
    return { ok: true, lesson: parseLesson(text, where) };
  } catch (e) {
    return { ok: false, error: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300) };
  }
}
