import { describe, expect, it } from 'vitest';
import {
  approveNote,
  canTransition,
  countNotes,
  editNote,
  forStudents,
  mergeNoteReviews,
  noteStatusLabel,
  NOTE_STATUS_LABELS,
  NOTE_ACTION_LABELS,
  NoteReviewError,
  rejectNote,
  removeNote,
  reopenNote,
  reviewsOf,
} from '../../src/core/notes.js';
import type { Note } from '../../src/core/model/annotation.js';
import { Report } from '../../src/core/model/report.js';
import { LANGS } from '../../src/core/model/article.js';

const AT = '2026-03-04T05:06:07.000Z';
const text = 'Titre choc ? Une phrase sans source. Une légende hors sujet.';

function draft(t: string): Note {
  return { text: t, question: `Q ${t}`, check: `C ${t}`, status: 'draft', model: 'claude-sonnet-5-5', createdAt: '2026-01-01T00:00:00.000Z', lang: 'fr' };
}

function report(): Report {
  const spans: [string, string, Note | undefined][] = [
    ['headline-framing', 'Titre choc ?', draft('n1')],
    ['unsourced-claim', 'Une phrase sans source.', draft('n2')],
    ['caption-mismatch', 'Une légende hors sujet.', undefined],
  ];
  return Report.parse({
    version: 1,
    lang: 'fr',
    article: { text, lang: 'fr', format: 'text', blocks: [], meta: { urls: [] } },
    annotations: spans.map(([kind, quote, note]) => {
      const start = text.indexOf(quote);
      return { id: `${kind}:${start}-${start + quote.length}`, kind, detector: kind, messageId: 'm', start, end: start + quote.length, quote, severity: 'caution', confidence: 0.6, message: 'm', evidence: [], ...(note ? { note } : {}) };
    }),
    score: null,
    warnings: [],
  });
}
const ids = report().annotations.map((a) => a.id);
const [H, U, C] = ids as [string, string, string];

describe('note review (pure, browser-safe)', () => {
  it('approves a draft without touching its text or the input report', () => {
    const r0 = report();
    const frozen = JSON.stringify(r0);
    const r1 = approveNote(r0, H, { at: AT });
    expect(JSON.stringify(r0)).toBe(frozen);
    expect(r1.annotations[0]!.note).toMatchObject({ status: 'approved', text: 'n1', reviewedAt: AT, model: 'claude-sonnet-5-5' });
    expect(Report.safeParse(r1).success).toBe(true);
  });

  it('edits keep the model original once, even across several edits, and survive Report.parse', () => {
    let r = editNote(report(), H, { text: '  Ma   version  ', question: 'Pourquoi ?' }, { at: AT });
    r = editNote(r, H, { text: 'Ma deuxième version', check: '' }, { at: AT });
    const note = Report.parse(JSON.parse(JSON.stringify(r))).annotations[0]!.note!;
    expect(note).toMatchObject({ status: 'edited', text: 'Ma deuxième version', question: 'Pourquoi ?', draft: { text: 'n1', question: 'Q n1', check: 'C n1' } });
    expect(note.check).toBeUndefined();
  });

  it('a teacher can write a note where there was none (no model draft kept)', () => {
    const r = editNote(report(), C, { text: 'Note écrite à la main' }, { at: AT });
    expect(r.annotations[2]!.note).toMatchObject({ status: 'edited', text: 'Note écrite à la main', lang: 'fr' });
    expect(r.annotations[2]!.note!.draft).toBeUndefined();
  });

  it('reopening an edited note brings the model draft back', () => {
    const r = reopenNote(editNote(report(), U, { text: 'autre' }, { at: AT }), U, { at: AT });
    expect(r.annotations[1]!.note).toMatchObject({ status: 'draft', text: 'n2', question: 'Q n2', check: 'C n2' });
    expect(r.annotations[1]!.note!.draft).toBeUndefined();
  });

  it.each([
    ['approve a rejected note', (r: Report) => approveNote(rejectNote(r, H), H), /cannot go from rejected to approved/],
    ['approve an annotation without a note', (r: Report) => approveNote(r, C), /has no note/],
    ['reject an unknown annotation', (r: Report) => rejectNote(r, 'state-media:0-1'), /no annotation "state-media:0-1"/],
    ['edit to an empty note', (r: Report) => editNote(r, H, { text: '   ' }), /cannot be empty/],
    ['reopen a draft', (r: Report) => reopenNote(r, H), /cannot go from draft to draft/],
  ])('refuses to %s', (_name, fn, re) => {
    expect(() => fn(report())).toThrow(NoteReviewError);
    expect(() => fn(report())).toThrow(re);
  });

  it('transition table', () => {
    expect(canTransition('draft', 'approved')).toBe(true);
    expect(canTransition('rejected', 'approved')).toBe(false);
    expect(canTransition('approved', 'draft')).toBe(true);
  });

  it('forStudents keeps only approved and edited notes, without the model draft or review bookkeeping', () => {
    let r = approveNote(report(), H, { at: AT });
    r = editNote(r, C, { text: 'visible' }, { at: AT });
    const edited = editNote(r, U, { text: 'corrigé' }, { at: AT });
    const s1 = forStudents(r);
    expect(s1.annotations.map((a) => a.note?.status)).toEqual(['approved', undefined, 'edited']);
    const s2 = forStudents(edited);
    expect(s2.annotations[1]!.note).toEqual({ text: 'corrigé', question: 'Q n2', check: 'C n2', status: 'edited', model: 'claude-sonnet-5-5', createdAt: '2026-01-01T00:00:00.000Z', lang: 'fr' });
    expect(JSON.stringify(s2)).not.toContain('"n2"');
    const s3 = forStudents(rejectNote(report(), H));
    expect(s3.annotations.every((a) => !a.note)).toBe(true);
    // Everything else is unchanged.
    expect(s1.annotations.map(({ note: _n, ...a }) => a)).toEqual(report().annotations.map(({ note: _n, ...a }) => a));
  });

  it('counts notes by status', () => {
    const r = rejectNote(approveNote(report(), H), U);
    expect(countNotes(r)).toEqual({ draft: 0, approved: 1, edited: 0, rejected: 1, none: 1 });
    expect(countNotes(removeNote(r, H)).none).toBe(2);
  });

  it('merges a teacher review into a fresh report: unknown ids ignored (never new flags), stale quotes skipped', () => {
    const reviewed = editNote(approveNote(report(), H, { at: AT }), U, { text: 'revue' }, { at: AT });
    const reviews = reviewsOf(reviewed);
    expect(reviews.map((r) => r.annotationId)).toEqual([H, U]);
    const fresh = report();
    const stale = { annotationId: C, quote: 'autre chose', note: { text: 'x', status: 'approved' as const } };
    const ghost = { annotationId: 'state-media:900-910', note: { text: 'ghost', status: 'approved' as const } };
    const m = mergeNoteReviews(fresh, [...reviews, stale, ghost]);
    expect(m.applied).toEqual([H, U]);
    expect(m.unknown).toEqual(['state-media:900-910']);
    expect(m.stale).toEqual([C]);
    expect(m.report.annotations).toHaveLength(3);
    expect(m.report.annotations.map((a) => a.note?.status)).toEqual(['approved', 'edited', undefined]);
    expect(m.report.annotations[1]!.note!.draft?.text).toBe('n2');
  });

  it('labels exist in fr, en and es; an unreviewed model draft reads "draft — AI"', () => {
    for (const l of [...Object.values(NOTE_STATUS_LABELS), ...Object.values(NOTE_ACTION_LABELS)]) for (const lang of LANGS) expect(l[lang]).toBeTruthy();
    expect(noteStatusLabel(draft('x'), 'en')).toBe('draft — AI');
    expect(noteStatusLabel(draft('x'), 'fr')).toBe('brouillon — IA');
    expect(noteStatusLabel({ text: 'x', status: 'draft' }, 'es')).toBe('borrador');
  });
});
