import { describe, expect, it } from 'vitest';
import { CSV_HEADERS, addAnnotation, createAnnotation, emptyWork, guardCell, quoteCell, toCsv, type StudentWork } from '../../src/core/student/index.js';
import type { Kind } from '../../src/core/model/index.js';

const clock = () => new Date(Date.UTC(2026, 4, 5, 12, 0, 0));

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(s: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const TEXT = 'Titular: "Todo va bien", dice el ministro.\nEl paro subió, según el INE; los datos, sin embargo, son provisionales.';
function work(marks: { kind: Kind; exact: string; note: string }[]): StudentWork {
  let w = emptyWork('k', clock);
  marks.forEach((m, i) => {
    const start = TEXT.indexOf(m.exact);
    w = addAnnotation(w, createAnnotation(TEXT, { kind: m.kind, start, end: start + m.exact.length, note: m.note, id: `a${i}` }, clock), clock);
  });
  return w;
}

describe('guardCell', () => {
  const cases: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-5 %', "'-5 %"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝1', "'＝1"],
    ['normal text', 'normal text'],
    ['a=b', 'a=b'],
    ['', ''],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => expect(guardCell(input)).toBe(want));
});

describe('quoteCell', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => expect(quoteCell(input)).toBe(want));
  it('quotes on the chosen delimiter', () => expect(quoteCell('a;b', ';')).toBe('"a;b"'));
});

describe('toCsv', () => {
  const w = work([
    { kind: 'unsourced-claim', exact: 'El paro subió', note: 'Fuente: "INE", ok,\nrevisar' },
    { kind: 'headline-framing', exact: '"Todo va bien"', note: '=HYPERLINK("http://evil")' },
  ]);
  for (const lang of ['fr', 'en', 'es'] as const) {
    it(`${lang}: BOM, header, CRLF, rows in reading order, cells read back`, () => {
      const csv = toCsv(w, TEXT, lang);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(csv.slice(1));
      expect(rows[0]).toEqual([...CSV_HEADERS[lang]]);
      expect(rows).toHaveLength(3);
      expect(rows.every((r) => r.length === CSV_HEADERS[lang].length)).toBe(true);
      const [first, second] = [rows[1]!, rows[2]!];
      expect(first[2]).toBe('headline-framing');
      expect(first[5]).toBe('"Todo va bien"');
      expect(first[6]).toBe('\'=HYPERLINK("http://evil")');
      expect(second[2]).toBe('unsourced-claim');
      expect(second[6]).toBe('Fuente: "INE", ok,\nrevisar');
      expect(Number(second[3])).toBe(TEXT.indexOf('El paro'));
    });
  }
  it('the header differs per language', () => {
    const heads = (['fr', 'en', 'es'] as const).map((l) => toCsv(emptyWork('k', clock), TEXT, l).split('\r\n')[0]);
    expect(new Set(heads).size).toBe(3);
  });
  it('semicolon delimiter and no BOM on request', () => {
    const csv = toCsv(w, TEXT, 'fr', { delimiter: ';', bom: false });
    expect(csv.startsWith('N°;')).toBe(true);
    const rows = parseCsv(csv, ';');
    expect(rows[2]![6]).toBe('Fuente: "INE", ok,\nrevisar');
  });
  it('keeps the stored quote when the passage is gone from the text', () => {
    const csv = toCsv(w, 'un texto completamente distinto', 'es');
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]![5]).toBe('"Todo va bien"');
  });
});
