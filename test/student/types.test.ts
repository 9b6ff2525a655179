import { describe, expect, it } from 'vitest';
import {
  StudentAnnotation,
  StudentWork,
  addAnnotation,
  createAnnotation,
  emptyWork,
  mergeAnnotations,
  removeAnnotation,
  updateAnnotation,
  LIMITS,
} from '../../src/core/student/index.js';

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 8, 0, tick++));
const TEXT = 'La alcaldesa inauguró ayer el puente. Según la oposición, costó el doble.';

describe('createAnnotation', () => {
  const cases: { name: string; start: number; end: number; want: [number, number] }[] = [
    { name: 'plain span', start: 0, end: 12, want: [0, 12] },
    { name: 'reversed selection is ordered', start: 12, end: 0, want: [0, 12] },
    { name: 'end past the text is clamped', start: 38, end: 9999, want: [38, TEXT.length] },
    { name: 'negative start is clamped', start: -5, end: 2, want: [0, 2] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = createAnnotation(TEXT, { kind: 'unsourced-claim', start: c.start, end: c.end, note: 'n' }, clock);
      expect([a.start, a.end]).toEqual(c.want);
      expect(a.quote).toBe(TEXT.slice(c.want[0], c.want[1]));
      expect(StudentAnnotation.safeParse(a).success).toBe(true);
      expect(a.created).toBe(a.modified);
    });
  }
  it('gives distinct ids', () => {
    const ids = new Set(Array.from({ length: 200 }, () => createAnnotation(TEXT, { kind: 'state-media', start: 0, end: 1 }).id));
    expect(ids.size).toBe(200);
  });
  it('caps the note', () => {
    const a = createAnnotation(TEXT, { kind: 'state-media', start: 0, end: 1, note: 'x'.repeat(LIMITS.maxNoteChars + 10) });
    expect(a.note.length).toBe(LIMITS.maxNoteChars);
  });
});

describe('work edits', () => {
  it('add, update, remove keep order and bump timestamps', () => {
    let w = emptyWork('k-1', clock);
    const b = createAnnotation(TEXT, { kind: 'unsourced-claim', start: 38, end: 72, id: 'b' }, clock);
    const a = createAnnotation(TEXT, { kind: 'headline-framing', start: 0, end: 37, id: 'a' }, clock);
    w = addAnnotation(addAnnotation(w, b, clock), a, clock);
    expect(w.annotations.map((x) => x.id)).toEqual(['a', 'b']);
    const before = w.updated;
    w = updateAnnotation(w, 'b', { note: 'sin fuente', kind: 'state-media' }, clock);
    const nb = w.annotations.find((x) => x.id === 'b')!;
    expect(nb.note).toBe('sin fuente');
    expect(nb.kind).toBe('state-media');
    expect(nb.modified > nb.created).toBe(true);
    expect(w.updated > before).toBe(true);
    expect(updateAnnotation(w, 'nope', { note: 'x' }, clock)).toBe(w);
    w = removeAnnotation(w, 'a', clock);
    expect(w.annotations.map((x) => x.id)).toEqual(['b']);
    expect(StudentWork.safeParse(w).success).toBe(true);
  });

  it('rejects an annotation whose end is before its start', () => {
    const bad = { ...createAnnotation(TEXT, { kind: 'state-media', start: 0, end: 4 }), start: 5 };
    const r = StudentAnnotation.safeParse(bad);
    expect(r.success).toBe(false);
  });
});

describe('mergeAnnotations', () => {
  const base = () => {
    let w = emptyWork('k', clock);
    w = addAnnotation(w, { ...createAnnotation(TEXT, { kind: 'unsourced-claim', start: 38, end: 72, id: 'x' }, clock), modified: '2026-01-01T09:00:00.000Z' }, clock);
    return w;
  };
  const cases: { name: string; incoming: Partial<StudentAnnotation>; want: { added: number; replaced: number; skipped: number } }[] = [
    { name: 'new id, new span is added', incoming: { id: 'y', start: 0, end: 5 }, want: { added: 1, replaced: 0, skipped: 0 } },
    { name: 'same id, newer is replaced', incoming: { id: 'x', modified: '2026-02-01T00:00:00.000Z', note: 'newer' }, want: { added: 0, replaced: 1, skipped: 0 } },
    { name: 'same id, older is skipped', incoming: { id: 'x', modified: '2025-01-01T00:00:00.000Z' }, want: { added: 0, replaced: 0, skipped: 1 } },
    { name: 'other id, same kind and span is a duplicate', incoming: { id: 'z' }, want: { added: 0, replaced: 0, skipped: 1 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const w = base();
      const inc = { ...w.annotations[0]!, ...c.incoming };
      const r = mergeAnnotations(w, [inc], clock);
      expect({ added: r.added, replaced: r.replaced, skipped: r.skipped }).toEqual(c.want);
      expect(r.work.annotations.length).toBe(1 + c.want.added);
    });
  }
});
