import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import type { Report } from '../../src/core/model/report.js';
import { bundledRubric } from '../../src/core/rubric/index.js';
import { compareWork, createAnnotation, articleKey } from '../../src/core/student/index.js';
import {
  LessonEditError,
  addFlag,
  applyEdits,
  buildLesson,
  changeFlag,
  commit,
  createTeacherStore,
  dismissFlag,
  emptyEdits,
  emptyState,
  lessonParts,
  lessonReference,
  lessonReport,
  moveFlag,
  parseLesson,
  readLessonFile,
  rescore,
  restoreFlag,
  revealOrder,
  undo,
  type TeacherEdits,
} from '../../src/core/lesson/index.js';

const DIR = join(import.meta.dirname, '../fixtures/articles');
let report: Report;
let key: string;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++));

/** An article with flags of several kinds: whichever mission flags the detectors raise on it. */
beforeAll(async () => {
  const text = readFileSync(join(import.meta.dirname, '../../examples/presstv-fr-coalition.txt'), 'utf8');
  report = await analyze(text, { format: 'text' });
  key = articleKey(report.article.text);
  expect(report.annotations.filter((a) => a.kind !== 'transparency' && a.kind !== 'source-profile').length).toBeGreaterThan(2);
});

const mission = () => report.annotations.filter((a) => ['state-media', 'caption-mismatch', 'headline-framing', 'unsourced-claim'].includes(a.kind));
/** A sentence-sized passage with no detector flag of kind `kind` on it. */
function freePassage(kind: string): { start: number; end: number } {
  const text = report.article.text;
  for (const b of report.article.blocks.filter((x) => x.type === 'paragraph')) {
    if (!report.annotations.some((a) => a.kind === kind && a.start < b.end && a.end > b.start)) return { start: b.start, end: Math.min(b.end, b.start + 80) };
  }
  return { start: 0, end: Math.min(text.length, 40) };
}

describe('teacher edits of the reference', () => {
  it('dismiss takes a flag out of the reference and the score, restore brings it back', async () => {
    const rubric = await bundledRubric('credibility');
    const target = mission().find((a) => a.severity !== 'info')!;
    const e1 = dismissFlag(emptyEdits(key, now), target.id, '  not what the article  says ', now);
    const ed = applyEdits(report.annotations, e1);
    expect(ed.reference.map((a) => a.id)).not.toContain(target.id);
    expect(ed.all.find((a) => a.id === target.id)!.teacher).toMatchObject({ dismissed: { reason: 'not what the article says' } });
    expect(ed.dismissed).toEqual([target.id]);
    const before = rescore(rubric, report.annotations, applyEdits(report.annotations, null), 'en');
    const after = rescore(rubric, report.annotations, ed, 'en');
    expect(after.total).toBeGreaterThan(before.total);
    const reasons = after.criteria.flatMap((c) => c.reasons.map((r) => r.text));
    expect(reasons.some((t) => t.startsWith('Dismissed by the teacher') && t.includes('not what the article says'))).toBe(true);
    const back = applyEdits(report.annotations, restoreFlag(e1, target.id, now));
    expect(back.reference.map((a) => a.id)).toContain(target.id);
    expect(rescore(rubric, report.annotations, back, 'en').total).toBe(before.total);
  });

  it('an added flag is marked, counted by the score and by the student comparison', async () => {
    const rubric = await bundledRubric('credibility');
    const p = freePassage('unsourced-claim');
    const text = report.article.text;
    const e = addFlag(emptyEdits(key, now), text, report.annotations, { kind: 'unsourced-claim', start: p.start, end: p.end, message: 'No source for this figure.', severity: 'warning', url: 'https://example.org/check', label: 'Fact check' }, now);
    const a = e.added[0]!;
    expect(a).toMatchObject({ kind: 'unsourced-claim', detector: 'teacher', severity: 'warning', teacher: { added: true } });
    expect(a.quote).toBe(text.slice(a.start, a.end));
    expect(a.evidence[0]).toMatchObject({ url: 'https://example.org/check', source: 'Fact check' });
    const ed = applyEdits(report.annotations, e);
    const base = rescore(rubric, report.annotations, applyEdits(report.annotations, null), 'fr');
    const s = rescore(rubric, report.annotations, ed, 'fr');
    expect(s.total).toBeLessThan(base.total);
    expect(s.criteria.flatMap((c) => c.reasons).some((r) => r.annotationIds.includes(a.id) && /enseignant/.test(r.text))).toBe(true);
    const mark = createAnnotation(text, { kind: 'unsourced-claim', start: a.start, end: a.end });
    expect(compareWork(ed.reference, [mark], text).matched.map((m) => m.reference.id)).toContain(a.id);
    expect(compareWork(report.annotations, [mark], text).matched.map((m) => m.reference.id)).not.toContain(a.id);
  });

  it('refuses an empty passage, an empty message and a javascript: link, naming the field', () => {
    const text = report.article.text;
    const e = emptyEdits(key, now);
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return err instanceof LessonEditError ? err.field : 'other';
      }
      return 'none';
    };
    expect(fail(() => addFlag(e, text, [], { kind: 'state-media', start: 5, end: 5, message: 'x' }))).toBe('selection');
    expect(fail(() => addFlag(e, text, [], { kind: 'state-media', start: 0, end: 10, message: '   ' }))).toBe('message');
    expect(fail(() => addFlag(e, text, [], { kind: 'state-media', start: 0, end: 10, message: 'x', url: 'javascript:alert(1)' }))).toBe('url');
  });

  it('two flags on one span get distinct ids', () => {
    const d = report.annotations[0]!;
    const e = addFlag(emptyEdits(key, now), report.article.text, report.annotations, { kind: d.kind, start: d.start, end: d.end, message: 'again' }, now);
    expect(e.added[0]!.id).not.toBe(d.id);
    expect(e.added[0]!.id.startsWith(`${d.kind}:${d.start}-${d.end}`)).toBe(true);
  });

  it('rewriting keeps the detector original; rewriting back removes the change', () => {
    const d = mission()[0]!;
    const other = d.severity === 'warning' ? 'info' : 'warning';
    const e = changeFlag(emptyEdits(key, now), report.annotations, d.id, { message: 'Teacher words.', severity: other }, now);
    const a = applyEdits(report.annotations, e).all.find((x) => x.id === d.id)!;
    expect(a).toMatchObject({ message: 'Teacher words.', severity: other, teacher: { original: { message: d.message, severity: d.severity } } });
    const back = changeFlag(e, report.annotations, d.id, { message: d.message, severity: d.severity }, now);
    expect(back.changed).toEqual([]);
    expect(() => changeFlag(e, report.annotations, d.id, { message: '' })).toThrow(LessonEditError);
  });

  it('reorder changes the reveal order only; undo steps back one edit at a time', () => {
    let st = emptyState(key, now);
    const order = revealOrder(applyEdits(report.annotations, st.edits));
    st = commit(st, moveFlag(st.edits, order, order[1]!, -1, now));
    const moved = revealOrder(applyEdits(report.annotations, st.edits));
    expect(moved.slice(0, 2)).toEqual([order[1], order[0]]);
    expect([...moved].sort()).toEqual([...order].sort());
    st = commit(st, dismissFlag(st.edits, order[2]!, undefined, now));
    expect(st.undo).toHaveLength(2);
    st = undo(st);
    expect(st.edits.dismissed).toEqual([]);
    expect(revealOrder(applyEdits(report.annotations, st.edits))).toEqual(moved);
    st = undo(st);
    expect(revealOrder(applyEdits(report.annotations, st.edits))).toEqual(order);
    expect(undo(st)).toBe(st);
  });
});

function editedLesson(): { edits: TeacherEdits; lessonJson: string } {
  const m = mission();
  let e = emptyEdits(key, now);
  e = dismissFlag(e, m[0]!.id, 'weak', now);
  e = changeFlag(e, report.annotations, m[1]!.id, { message: 'Rewritten.' }, now);
  const p = freePassage('caption-mismatch');
  e = addFlag(e, report.article.text, report.annotations, { kind: 'caption-mismatch', ...p, message: 'Added.' }, now);
  e = moveFlag(e, revealOrder(applyEdits(report.annotations, e)), m[2]!.id, -1, now);
  e = { ...e, instructions: 'Find three problems.', title: 'Week 3' };
  return { edits: e, lessonJson: JSON.stringify(buildLesson({ report, edits: e, now })) };
}

describe('lesson files', () => {
  it('round trip: parse(build(report, edits)) gives back the same reference and the same edits', () => {
    const { edits, lessonJson } = editedLesson();
    const lesson = parseLesson(lessonJson, 'l.json');
    expect(lesson.instructions).toBe('Find three problems.');
    expect(lesson.rubric).toBe(report.score?.rubric.id);
    const expected = applyEdits(report.annotations, edits);
    expect(lessonReference(lesson).map((a) => a.id)).toEqual(expected.reference.map((a) => a.id));
    expect(lessonReport(lesson).annotations.some((a) => a.teacher?.dismissed)).toBe(false);
    const parts = lessonParts(lesson);
    const triple = (l: typeof report.annotations) => l.map((a) => [a.id, a.message, a.severity].join('|')).sort();
    expect(triple(parts.report.annotations)).toEqual(triple(report.annotations));
    expect(applyEdits(parts.report.annotations, parts.edits).all).toEqual(expected.all);
    expect(parts.edits.dismissed.map((d) => [d.id, d.reason])).toEqual(edits.dismissed.map((d) => [d.id, d.reason]));
  });

  const mutate = (f: (l: Record<string, any>) => void) => {
    const l = JSON.parse(editedLesson().lessonJson);
    f(l);
    return JSON.stringify(l);
  };
  const errorOf = (s: string) => {
    try {
      parseLesson(s, 'lesson.json');
    } catch (e) {
      expect((e as Error).message.split('\n')).toHaveLength(1);
      return (e as Error).message;
    }
    return '';
  };

  it.each([
    ['malformed JSON', () => editedLesson().lessonJson.slice(0, 200), /^lesson\.json: malformed JSON at line \d+, column \d+/],
    ['a report, not a lesson', () => JSON.stringify(report), /format: missing — this looks like a Loupe report/],
    ['a newer version', () => mutate((l) => (l.version = 2)), /version: 2 is newer/],
    ['a bad severity', () => mutate((l) => (l.annotations[1].severity = 'huge')), /annotations\[1\]\.severity/],
    ['a moved flag', () => mutate((l) => (l.annotations[0].start += 1)), /annotations\[0\]\.quote: does not match the article text/],
    ['a flag past the end', () => mutate((l) => (l.annotations[0].end = 10 ** 7)), /annotations\[0\]\.end: .*past the end/],
    ['a misspelt key', () => mutate((l) => ((l.instruction = l.instructions), delete l.instructions)), /instruction/],
    ['a duplicated id', () => mutate((l) => (l.annotations[1].id = l.annotations[0].id)), /annotations\[1\]\.id: .* used twice/],
    ['no article', () => mutate((l) => delete l.article), /^lesson\.json: article: /],
  ])('%s gets a one-line error naming the field', (_n, make, re) => {
    expect(errorOf(make())).toMatch(re);
  });

  it('a failed import leaves the saved edits untouched', () => {
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
    const store = createTeacherStore(storage, key, now);
    const st = commit(emptyState(key, now), editedLesson().edits);
    expect(store.save(st)).toMatchObject({ ok: true });
    const snapshot = new Map(mem);
    const r = readLessonFile(mutate((l) => (l.annotations[0].severity = 'huge')), 'bad.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^bad\.json: annotations\[0\]\.severity/);
    expect(mem).toEqual(snapshot);
    expect(createTeacherStore(storage, key, now).load()).toEqual(st);
  });

  it('the store keeps the last good version when a slot is corrupted', () => {
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
    const store = createTeacherStore(storage, key, now);
    const s1 = commit(emptyState(key, now), dismissFlag(emptyEdits(key, now), 'x', undefined, now));
    store.save(s1);
    const s2 = commit(s1, setTitleFor(s1.edits));
    const r = store.save(s2);
    expect(r.ok).toBe(true);
    mem.set(store.slots[r.ok && r.slot === 'a' ? 0 : 1], '{"format":"loupe-teacher-edits","v":1,"seq":9,"sum":"0","work":{');
    expect(createTeacherStore(storage, key, now).load()).toEqual(s1);
  });
});

const setTitleFor = (e: TeacherEdits): TeacherEdits => ({ ...e, title: 'T', updated: now().toISOString() });
