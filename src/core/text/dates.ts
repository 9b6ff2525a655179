import { fold } from './fold.js';

/** A date found in text. month/day are 1-based and optional; `iso` is yyyy, yyyy-mm or yyyy-mm-dd. */
export interface FoundDate {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  iso?: string;
}

const MONTHS: Record<string, number> = {};
const names: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'janv', 'enero', 'ene']],
  [2, ['february', 'feb', 'fevrier', 'fevr', 'fev', 'febrero']],
  [3, ['march', 'mar', 'mars', 'marzo']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juin', 'junio']],
  [7, ['july', 'jul', 'juillet', 'juil', 'julio']],
  [8, ['august', 'aug', 'aout', 'agosto', 'ago']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'octobre', 'octubre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'decembre', 'diciembre', 'dic']],
];
for (const [n, ws] of names) for (const w of ws) MONTHS[w] = n;
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

// All patterns run on folded text (same offsets as the original).
const PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => Omit<FoundDate, 'start' | 'end'> | null }[] = [
  // 2019-03-08
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, pick: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // March 08, 2019 / March 8 2019 / Mar. 8, 2019
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'g'),
    pick: (m) => ({ month: MONTHS[m[1]!], day: +m[2]!, year: +m[3]! }),
  },
  // 6 novembre 2019 / 8 de marzo de 2019 / 1er mai 2020
  {
    re: new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th|º)?\\s+(?:de\\s+)?(${MONTH_RE})\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)\\b`, 'g'),
    pick: (m) => ({ day: +m[1]!, month: MONTHS[m[2]!], year: +m[3]! }),
  },
  // novembre 2019 / March 2019 / marzo de 2019
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)\\b`, 'g'),
    pick: (m) => ({ month: MONTHS[m[1]!], year: +m[2]! }),
  },
  // 08/03/2019 (day first: fr/es/en-GB) — ambiguous, keep only the year when both parts ≤ 12
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/g,
    pick: (m) => {
      const a = +m[1]!, b = +m[2]!, year = +m[3]!;
      if (a > 12 && b <= 12) return { day: a, month: b, year };
      if (b > 12 && a <= 12) return { day: b, month: a, year };
      return { year };
    },
  },
  // 6 novembre / November 6 / 6 de noviembre (no year)
  {
    re: new RegExp(`\\b(\\d{1,2})(?:er|º)?\\s+(?:de\\s+)?(${MONTH_RE})\\b(?!\\.?\\s*(?:de\\s+)?\\d)`, 'g'),
    pick: (m) => ({ day: +m[1]!, month: MONTHS[m[2]!] }),
  },
  { re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)`, 'g'), pick: (m) => ({ day: +m[2]!, month: MONTHS[m[1]!] }) },
  // a bare year 1900–2099, not part of a longer number
  { re: /(?<![\d.,])\b((?:19|20)\d\d)\b(?![\d.,]\d)/g, pick: (m) => ({ year: +m[1]! }) },
];

function iso(d: Omit<FoundDate, 'start' | 'end'>): string | undefined {
  if (!d.year) return undefined;
  const p = (n: number) => String(n).padStart(2, '0');
  if (d.month && d.day) return `${d.year}-${p(d.month)}-${p(d.day)}`;
  if (d.month) return `${d.year}-${p(d.month)}`;
  return String(d.year);
}

/** Dates in fr/en/es text, longest match first, non-overlapping, in text order. */
export function findDates(text: string): FoundDate[] {
  const f = fold(text);
  const taken: FoundDate[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  for (const { re, pick } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const start = m.index, end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      const d = pick(m);
      if (!d || (d.month !== undefined && !d.month) || (d.day !== undefined && (d.day < 1 || d.day > 31))) continue;
      taken.push({ start, end, ...d, iso: iso(d) });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
