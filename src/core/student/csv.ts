import type { Lang } from '../model/article.js';
import { anchor } from '../model/selectors.js';
import { KIND_LABELS } from '../render/labels.js';
import { sortAnnotations, type StudentWork } from './types.js';

/** Column headers, in the order of the columns. */
export const CSV_HEADERS: Record<Lang, readonly string[]> = {
  fr: ['N°', 'Catégorie', 'Code catégorie', 'Début', 'Fin', 'Passage', 'Note', 'Créée le', 'Modifiée le'],
  en: ['No.', 'Category', 'Category code', 'Start', 'End', 'Passage', 'Note', 'Created', 'Modified'],
  es: ['N.º', 'Categoría', 'Código de categoría', 'Inicio', 'Fin', 'Fragmento', 'Nota', 'Creada', 'Modificada'],
};

export interface CsvOptions {
  /** Field separator: ',' (RFC 4180, the default) or ';' (what Excel expects in French and Spanish locales). */
  delimiter?: ',' | ';' | '\t';
  /** Start with a UTF-8 byte order mark so Excel reads the accents right (default true). */
  bom?: boolean;
}

/** First characters that make a spreadsheet read a cell as a formula (with their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell that a spreadsheet will show as text: formula-looking text gets a leading apostrophe. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: cells with the delimiter, a quote, CR or LF are quoted, quotes doubled. */
export function quoteCell(value: string, delimiter = ','): string {
  return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A student's work as CSV: one row per annotation in reading order, header in `lang`, CRLF line ends, a
 * UTF-8 BOM, RFC 4180 quoting, and every text cell guarded against formula injection. The passage is taken
 * from `articleText` when it is still there (else the stored quote).
 */
export function toCsv(work: StudentWork, articleText: string, lang: Lang, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const row = (cells: readonly (string | number)[]) =>
    cells.map((c) => (typeof c === 'number' ? String(c) : quoteCell(guardCell(c), delimiter))).join(delimiter);
  const lines = [row(CSV_HEADERS[lang] ?? CSV_HEADERS.en)];
  sortAnnotations(work.annotations).forEach((a, i) => {
    const at = anchor(articleText, { type: 'TextQuoteSelector', exact: a.quote }, { start: a.start, end: a.end });
    const passage = at ? articleText.slice(at.start, at.end) : a.quote;
    lines.push(
      row([i + 1, KIND_LABELS[a.kind][lang] ?? a.kind, a.kind, at?.start ?? a.start, at?.end ?? a.end, passage, a.note, a.created, a.modified]),
    );
  });
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
