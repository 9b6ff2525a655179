/**
 * Lessons: the teacher's edited reference and the lesson file (see docs/lessons.md).
 * `parseLesson` / `LessonSchema` are the contract other tools (SCORM packaging…) read.
 */
export * from './schema.js';
export * from './edits.js';
export * from './score.js';
export * from './lesson.js';
export * from './store.js';
