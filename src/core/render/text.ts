import type { Report } from '../model/report.js';
import { KIND_LABELS, SEVERITY_LABELS, teacherLabel } from './labels.js';
import { lineColumn, lineStartsOf } from './segments.js';

const L = {
  blocks: { fr: 'Blocs', en: 'Blocks', es: 'Bloques' },
  flags: { fr: 'signalement(s)', en: 'flag(s)', es: 'señalamiento(s)' },
  none: { fr: 'Aucun signalement.', en: 'No flags.', es: 'Ningún señalamiento.' },
  score: { fr: 'Score', en: 'Score', es: 'Puntuación' },
  lang: { fr: 'langue', en: 'language', es: 'idioma' },
};

/** A lint-style listing for a terminal: `line:col  severity  kind  message`, then the scorecard. */
export function renderText(report: Report, { blocks = true }: { blocks?: boolean } = {}): string {
  const { article, lang } = report;
  const starts = lineStartsOf(article.text);
  const out: string[] = [];
  const headline = article.blocks.find((b) => b.type === 'headline');
  out.push(`${headline ? article.text.slice(headline.start, headline.end) : '(no headline)'}  [${L.lang[lang]}: ${article.lang}, ${article.format}]`);
  if (blocks) {
    out.push('', `${L.blocks[lang]}:`);
    for (const b of article.blocks) {
      const { line } = lineColumn(article.text, b.start, starts);
      const t = article.text.slice(b.start, b.end).replace(/\s+/g, ' ');
      out.push(`  ${String(line).padStart(4)}  ${b.type.padEnd(11)} ${(b.lang ?? '').padEnd(2)}  ${t.length > 70 ? t.slice(0, 69) + '…' : t}`);
    }
  }
  out.push('');
  if (report.annotations.length === 0) out.push(L.none[lang]);
  for (const a of report.annotations) {
    const { line, column } = lineColumn(article.text, a.start, starts);
    const q = a.quote.replace(/\s+/g, ' ');
    out.push(`${`${line}:${column}`.padEnd(8)} ${SEVERITY_LABELS[a.severity][lang].padEnd(9)} ${KIND_LABELS[a.kind][lang].padEnd(24)} ${a.message}${teacherLabel(a, lang) ? ` [${teacherLabel(a, lang)}]` : ''}`);
    out.push(`${' '.repeat(9)}“${q.length > 90 ? q.slice(0, 89) + '…' : q}”`);
    for (const e of a.evidence) out.push(`${' '.repeat(11)}- ${e.text}${e.url ? ` <${e.url}>` : ''}`);
  }
  if (report.annotations.length) out.push('', `${report.annotations.length} ${L.flags[lang]}`);
  if (report.score) {
    const s = report.score;
    out.push('', `${L.score[lang]} (${s.rubric.title}): ${s.total}/${s.max} — ${s.band.label}`);
    for (const c of s.criteria) {
      out.push(`  ${c.title}: ${c.points}/${c.max}`);
      for (const r of c.reasons) out.push(`    ${r.delta > 0 ? '+' : ''}${r.delta} ${r.text}${r.annotationIds.length ? ` [${r.annotationIds.join(', ')}]` : ''}`);
    }
  }
  for (const w of report.warnings) out.push(`warning: ${w}`);
  return out.join('\n') + '\n';
}
