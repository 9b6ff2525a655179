import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { MISSION_KINDS, type Kind } from '../../src/core/model/index.js';
import { compareWork, createAnnotation, fromWebAnnotations, toWebAnnotations, articleKey, emptyWork, sentenceIndexAt, sentenceSpans, toCsv } from '../../src/core/student/index.js';

/**
 * On every eval fixture (whatever the detectors currently flag): a keyboard-only student who moves sentence
 * by sentence and tags the sentence holding each reference flag with the right kind finds all of them; with
 * a wrong kind, none. Their work survives export → import.
 */
const DIR = join(import.meta.dirname, '../fixtures/articles');
// (HTML fixtures need a DOM parser, which core leaves to the caller; text and JSON are enough here.)
const fixtures = readdirSync(DIR).filter((f) => /\.(txt|json)$/.test(f) && !f.endsWith('.gold.json'));
const mission = new Set<string>(MISSION_KINDS);

describe('student flow on the eval fixtures', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThan(0));
  for (const f of fixtures) {
    it(f, async () => {
      const format = f.endsWith('.txt') ? 'text' : 'json';
      const report = await analyze(readFileSync(join(DIR, f), 'utf8'), { format } as Parameters<typeof analyze>[1]);
      const { text } = report.article;
      const spans = sentenceSpans(report.article);
      const flags = report.annotations.filter((a) => mission.has(a.kind));
      const sentenceOf = (a: { start: number }) => {
        const s = spans[sentenceIndexAt(spans, a.start)];
        expect(s, `flag at ${a.start} is inside a keyboard sentence`).toBeDefined();
        expect(s!.start <= a.start && a.start < s!.end).toBe(true);
        return s!;
      };
      const marks = flags.map((a, i) => {
        const s = sentenceOf(a);
        return createAnnotation(text, { kind: a.kind, start: s.start, end: s.end, id: `m${i}` });
      });
      const right = compareWork(report.annotations, marks, text);
      expect(right.score.matched).toBe(flags.length);
      expect(right.score.percent).toBe(100);
      // The same sentences tagged with a kind that no flag touching that sentence has: nothing matches.
      const wrongMarks = flags.flatMap((a, i) => {
        const s = sentenceOf(a);
        const present = new Set(flags.filter((f) => f.start < s.end && f.end > s.start).map((f) => f.kind));
        const other = MISSION_KINDS.find((k) => !present.has(k)) as Kind | undefined;
        return other ? [createAnnotation(text, { kind: other, start: s.start, end: s.end, id: `w${i}` })] : [];
      });
      expect(compareWork(report.annotations, wrongMarks, text).score.matched).toBe(0);

      const work = { ...emptyWork(articleKey(text)), annotations: right.matched.map((m) => m.student) };
      const back = fromWebAnnotations(JSON.stringify(toWebAnnotations(work, { text })), text);
      expect(back.errors).toEqual([]);
      expect(back.orphans).toEqual([]);
      expect(back.annotations.map((a) => [a.id, a.start, a.end, a.kind])).toEqual(
        [...work.annotations].sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : 1)).map((a) => [a.id, a.start, a.end, a.kind]),
      );
      expect(toCsv(work, text, report.lang).split('\r\n').length).toBe(work.annotations.length + 2);
    }, 30_000);
  }
});
