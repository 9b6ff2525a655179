import type { Article, Lang } from './model/article.js';
import { SEVERITY_RANK, type Annotation } from './model/annotation.js';
import type { Report } from './model/report.js';
import { localize } from './i18n.js';
import { parseArticle, type ParseOptions } from './parse/index.js';
import { detectors as registry, type Detector, type Finding } from './detectors/index.js';
import { scoreReport, type RubricRef } from './rubric/index.js';
import { InputError, formatZodIssues } from './errors.js';

import { VERSION } from './version.js';

export { VERSION };

export interface AnalyzeOptions extends ParseOptions {
  /** Language of messages and evidence (default: the article's). */
  messageLang?: Lang;
  /** Detectors to run (default: all registered). */
  detectors?: readonly Detector[];
  /** Per-detector options, by detector id. */
  detectorOptions?: Record<string, unknown>;
  /** A bundled rubric id, a parsed rubric, undefined for the default; null for no score. */
  rubric?: RubricRef | null;
}

/** The one pipeline: parse → detect → sort and de-duplicate → score → report. */
export async function analyze(input: string | Article, options: AnalyzeOptions = {}): Promise<Report> {
  const parseWarnings: string[] = [];
  const onWarning = (w: string) => (parseWarnings.push(w), options.onWarning?.(w));
  const article = typeof input === 'string' ? await parseArticle(input, { ...options, onWarning }) : input;
  const report = await analyzeArticle(article, options);
  if (parseWarnings.length) report.warnings.unshift(...parseWarnings);
  return report;
}

export async function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Promise<Report> {
  const lang = options.messageLang ?? article.lang;
  const warnings: string[] = [];
  const raw: { detector: Detector; finding: Finding }[] = [];
  const byDetector = new Map<string, Finding[]>();
  for (const detector of options.detectors ?? registry) {
    const id = detector.meta.id;
    const mine: Finding[] = [];
    byDetector.set(id, mine);
    let opts = options.detectorOptions?.[id];
    if (detector.meta.options) {
      const r = detector.meta.options.safeParse(opts ?? {});
      if (!r.success) throw new InputError(`bad options for detector ${id}: ${formatZodIssues(r.error.issues, 3).join('; ')}`);
      opts = r.data;
    }
    try {
      await detector.detect({
        article,
        lang,
        options: opts,
        report(f) {
          if (!(f.start >= 0 && f.end > f.start && f.end <= article.text.length)) {
            warnings.push(`${id}: dropped a finding with an invalid span [${f.start}, ${f.end})`);
            return;
          }
          if (!detector.meta.messages[f.messageId]) {
            warnings.push(`${id}: dropped a finding with unknown message id ${f.messageId}`);
            return;
          }
          mine.push(f);
          raw.push({ detector, finding: f });
        },
        blocks: (...types) => article.blocks.filter((b) => types.length === 0 || types.includes(b.type)),
        textOf: (s) => article.text.slice(s.start, s.end),
        findings: (other) => byDetector.get(other) ?? [],
      });
    } catch (e) {
      warnings.push(`${id}: detector failed (${e instanceof Error ? e.message : String(e)}); its findings are missing`);
    }
  }
  const report: Omit<Report, 'score'> = {
    version: 1,
    generator: { name: 'loupe', version: VERSION },
    lang,
    article,
    annotations: toAnnotations(article, raw, lang),
    warnings,
  };
  let score = null;
  if (options.rubric !== null) {
    try {
      score = await scoreReport(report, options.rubric, lang);
    } catch (e) {
      if (e instanceof InputError) throw e;
      warnings.push(`scoring failed (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return { ...report, score };
}

function toAnnotations(article: Article, raw: { detector: Detector; finding: Finding }[], lang: Lang): Annotation[] {
  const best = new Map<string, { detector: Detector; finding: Finding }>();
  for (const r of raw) {
    const kind = r.finding.kind ?? r.detector.meta.kinds[0]!;
    const key = `${kind}|${r.finding.start}|${r.finding.end}|${r.finding.messageId}`;
    const prev = best.get(key);
    if (!prev || rank(r.finding) > rank(prev.finding)) best.set(key, r);
  }
  const sorted = [...best.values()].sort(
    (a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end || rank(b.finding) - rank(a.finding),
  );
  const used = new Set<string>();
  return sorted.map(({ detector, finding: f }) => {
    const kind = f.kind ?? detector.meta.kinds[0]!;
    let id = `${kind}:${f.start}-${f.end}`;
    if (used.has(id)) id = `${id}:${f.messageId}`;
    for (let n = 2; used.has(id); n++) id = `${kind}:${f.start}-${f.end}:${f.messageId}:${n}`;
    used.add(id);
    return {
      id,
      kind,
      detector: detector.meta.id,
      messageId: f.messageId,
      start: f.start,
      end: f.end,
      quote: article.text.slice(f.start, f.end),
      severity: f.severity,
      confidence: Math.round(f.confidence * 100) / 100,
      message: localize(detector.meta.messages[f.messageId]!, lang, f.data),
      evidence: f.evidence ?? [],
      ...(f.data ? { data: f.data } : {}),
    };
  });
}

const rank = (f: Finding) => SEVERITY_RANK[f.severity] * 10 + f.confidence;
