import type { Report } from '../model/report.js';
import type { Lang } from '../model/article.js';
import { KIND_LABELS, KIND_SYMBOLS, SEVERITY_LABELS, teacherLabel } from './labels.js';
import { segments } from './segments.js';
import { safeUrl } from '../text/url.js';

/** Escape for HTML text and attribute values. Article text is untrusted. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}


const T: Record<string, Record<Lang, string>> = {
  title: { fr: 'Analyse Loupe', en: 'Loupe analysis', es: 'Análisis Loupe' },
  flags: { fr: 'Signalements', en: 'Flags', es: 'Señalamientos' },
  none: { fr: 'Aucun signalement.', en: 'No flags.', es: 'Ningún señalamiento.' },
  evidence: { fr: 'Indices', en: 'Evidence', es: 'Indicios' },
  score: { fr: 'Grille', en: 'Scorecard', es: 'Rúbrica' },
  questions: { fr: 'Questions pour la classe', en: 'Questions for the class', es: 'Preguntas para la clase' },
  note: { fr: 'Note', en: 'Note', es: 'Nota' },
  article: { fr: 'Article', en: 'Article', es: 'Artículo' },
};

const CSS = `
:root{--fg:#1a1a1a;--bg:#fff;--muted:#555;--sm:#8a1c1c;--cm:#6a3d9a;--hf:#0b5394;--uc:#7a4b00;--tr:#38574a;--sp:#38574a}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#bbb;--sm:#ff9b9b;--cm:#d4b5ff;--hf:#9cc8ff;--uc:#ffd27a;--tr:#a8d5c2;--sp:#a8d5c2}}
body{font:1.05rem/1.6 system-ui,sans-serif;color:var(--fg);background:var(--bg);max-width:46rem;margin:2rem auto;padding:0 1rem}
.block{margin:.6rem 0}.headline{font-size:1.5rem;font-weight:700;line-height:1.3}.caption{font-style:italic;border-left:3px solid var(--muted);padding-left:.6rem}
.navigation,.boilerplate,.source{color:var(--muted);font-size:.9rem}
mark{background:none;color:inherit;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
mark sup{font-size:.7em;font-weight:700}
mark.state-media{text-decoration-color:var(--sm);text-decoration-style:double}
mark.caption-mismatch{text-decoration-color:var(--cm);text-decoration-style:dashed}
mark.headline-framing{text-decoration-color:var(--hf);text-decoration-style:wavy}
mark.unsourced-claim{text-decoration-color:var(--uc);text-decoration-style:dotted}
mark.transparency,mark.source-profile{text-decoration-color:var(--tr)}
ol.flags li{margin:.8rem 0}.teacher{font-weight:700;font-style:italic}.kind{font-weight:700}.sev{color:var(--muted)}
.evidence{font-size:.92rem;color:var(--muted)}
table{border-collapse:collapse;width:100%}td,th{border:1px solid var(--muted);padding:.3rem .5rem;text-align:left;vertical-align:top}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}a[href]::after{content:" <" attr(href) ">";font-size:.8em}section{break-inside:avoid-page}}
`;

/** A standalone, script-free, printable page: the article with its flags marked, the flags, the scorecard. */
export function renderHtml(report: Report): string {
  const { article, lang } = report;
  // A dismissed flag (src/core/lesson/) is not part of the reference.
  const annotations = report.annotations.filter((a) => !a.teacher?.dismissed);
  const num = new Map(annotations.map((a, i) => [a.id, i + 1]));
  const body = article.blocks
    .map((b) => {
      const inner = segments(b.start, b.end, annotations)
        .map((s) => {
          const t = escapeHtml(article.text.slice(s.start, s.end));
          if (!s.covering.length) return t;
          const a = s.covering[s.covering.length - 1]!;
          const ends = s.covering.filter((c) => c.end === s.end).map((c) => `${KIND_SYMBOLS[c.kind]}${num.get(c.id)}`);
          return `<mark class="${a.kind}" title="${escapeHtml(s.covering.map((c) => KIND_LABELS[c.kind][lang]).join(', '))}">${t}${ends.length ? `<sup>${escapeHtml(ends.join(' '))}</sup>` : ''}</mark>`;
        })
        .join('');
      const tag = b.type === 'headline' ? 'h1' : 'p';
      return `<${tag} class="block ${b.type}"${b.lang && b.lang !== article.lang ? ` lang="${b.lang}"` : ''}>${inner}</${tag}>`;
    })
    .join('\n');
  const flags = annotations.length
    ? `<ol class="flags">${annotations
        .map((a) => {
          const ev = a.evidence
            .map((e) => {
              const u = safeUrl(e.url);
              return `<li>${escapeHtml(e.text)}${u ? ` — <a href="${escapeHtml(u)}" rel="noopener noreferrer">${escapeHtml(e.source ?? u)}</a>` : e.source ? ` — ${escapeHtml(e.source)}` : ''}</li>`;
            })
            .join('');
          const note = a.note && a.note.status !== 'draft' && a.note.status !== 'rejected' ? `<p><strong>${T.note![lang]}:</strong> ${escapeHtml(a.note.text)}${a.note.question ? `<br><em>${escapeHtml(a.note.question)}</em>` : ''}</p>` : '';
          return `<li id="${escapeHtml(a.id)}"><span class="kind">${KIND_SYMBOLS[a.kind]} ${escapeHtml(KIND_LABELS[a.kind][lang])}</span> <span class="sev">(${SEVERITY_LABELS[a.severity][lang]})</span>${teacherLabel(a, lang) ? ` <span class="teacher">${escapeHtml(teacherLabel(a, lang))}</span>` : ''} — ${escapeHtml(a.message)}<br><q>${escapeHtml(a.quote.length > 240 ? a.quote.slice(0, 239) + '…' : a.quote)}</q>${ev ? `<ul class="evidence" aria-label="${T.evidence![lang]}">${ev}</ul>` : ''}${note}</li>`;
        })
        .join('\n')}</ol>`
    : `<p>${T.none![lang]}</p>`;
  let score = '';
  if (report.score) {
    const s = report.score;
    const rows = s.criteria
      .map((c) => `<tr><th scope="row">${escapeHtml(c.title)}</th><td>${c.points}/${c.max}</td><td><ul>${c.reasons.map((r) => `<li>${escapeHtml(r.text)}</li>`).join('')}</ul></td></tr>`)
      .join('');
    const prompts = s.criteria.flatMap((c) => c.prompts);
    score = `<section><h2>${T.score![lang]} — ${escapeHtml(s.rubric.title)}: ${s.total}/${s.max} (${escapeHtml(s.band.label)})</h2><table>${rows}</table>${
      prompts.length ? `<h2>${T.questions![lang]}</h2><ol>${prompts.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ol>` : ''
    }</section>`;
  }
  const headline = article.blocks.find((b) => b.type === 'headline');
  const title = headline ? article.text.slice(headline.start, headline.end) : T.title![lang];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(T.title![lang])} — ${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><main>
<section lang="${article.lang}" aria-label="${T.article![lang]}">${body}</section>
<section><h2>${T.flags![lang]} (${annotations.length})</h2>${flags}</section>
${score}
</main></body></html>
`;
}
