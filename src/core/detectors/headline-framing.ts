import type { Detector } from './types.js';
import type { Block } from '../model/article.js';
import type { Evidence } from '../model/annotation.js';
import { analyzeHeadlineWith, loadLexicon, TECHNIQUE_LABELS, type HeadlineCue } from './headline/index.js';

/**
 * `headline-framing`: how does the headline frame the story? Each cue — a yes/no or speculative
 * question, loaded words, name calling, exaggeration, scare quotes, capitals, clickbait forms, names
 * and claims the body never supports — is one evidence item, named with the persuasion-technique
 * vocabulary of SemEval-2020 task 11 / 2023 task 3. One annotation covers the headline; severity and
 * confidence follow the number and strength of the cues. Explainer questions the body answers
 * ("Pourquoi…", "How does… work?", "¿Por qué…?") stay silent.
 */
export const headlineFraming: Detector = {
  meta: {
    id: 'headline-framing',
    kinds: ['headline-framing'],
    docs: {
      description: {
        fr: "Repère comment le titre cadre le récit : questions spéculatives, mots chargés, étiquettes, exagérations, guillemets de distance, capitales, formules de piège à clics, et ce que le titre avance sans que l'article l'étaye.",
        en: 'Finds how the headline frames the story: speculative questions, loaded words, labels, exaggeration, scare quotes, capitals, clickbait forms, and what the headline puts forward that the article does not support.',
        es: 'Detecta cómo el titular encuadra la noticia: preguntas especulativas, palabras cargadas, etiquetas, exageraciones, comillas de distancia, mayúsculas, fórmulas de ciberanzuelo y lo que el titular afirma sin que el artículo lo respalde.',
      },
    },
    messages: {
      framed: {
        fr: 'Le titre oriente la lecture ({techniques}) : comparez-le avec ce que dit vraiment l\'article.',
        en: 'The headline steers the reader ({techniques}): compare it with what the article actually says.',
        es: 'El titular orienta la lectura ({techniques}): compárelo con lo que dice realmente el artículo.',
      },
      unsupported: {
        fr: "Le titre avance des éléments que le corps de l'article n'étaye pas ({techniques}).",
        en: 'The headline puts forward things the body of the article does not support ({techniques}).',
        es: 'El titular plantea elementos que el cuerpo del artículo no respalda ({techniques}).',
      },
    },
  },
  async detect(ctx) {
    const head = pickHeadline(ctx.article.text, ctx.blocks());
    if (!head) return;
    const raw = ctx.textOf(head);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return;
    const start = head.start + lead;
    const body = ctx
      .blocks('standfirst', 'paragraph', 'subheading')
      .map((b) => ctx.textOf(b))
      .join('\n');
    const lex = await loadLexicon(ctx.article.lang);
    const r = analyzeHeadlineWith(lex, text, { messageLang: ctx.lang, body });
    if (!r.framed) return;
    const evidence: Evidence[] = r.cues.map((c: HeadlineCue) => ({
      type: c.type,
      text: c.message,
      start: start + c.start,
      end: start + c.end,
      quote: c.quote,
      data: { technique: c.type, form: c.form, weight: c.weight, ...(c.data ?? {}) },
    }));
    // Techniques named strongest first.
    const byTechnique = new Map<HeadlineCue['type'], number>();
    for (const c of r.cues) byTechnique.set(c.type, (byTechnique.get(c.type) ?? 0) + c.weight);
    const techniques = [...byTechnique.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([t]) => TECHNIQUE_LABELS[t][ctx.lang])
      .join(', ');
    const strong = r.cues.filter((c) => c.weight >= 0.8).length;
    const severity = r.score >= 2.2 && strong >= 1 ? 'warning' : 'caution';
    const confidence = Math.min(0.9, 0.3 + 0.2 * r.score + 0.05 * (r.cues.length - 1));
    ctx.report({
      start,
      end: start + text.length,
      messageId: r.cues.every((c) => c.type === 'unsupported') ? 'unsupported' : 'framed',
      data: { techniques, score: r.score },
      evidence,
      severity,
      confidence,
    });
  },
};

const words = (s: string) => s.match(/\p{L}+/gu)?.length ?? 0;

/**
 * The headline block; when the parser's pick looks wrong (a date line, a bullet, two words), the first
 * headline-like line before the body (the parser may have filed it under navigation) instead, else none.
 */
export function pickHeadline(text: string, blocks: readonly Block[]): Block | undefined {
  const looksLikeHeadline = (b: Block) => {
    const t = text.slice(b.start, b.end).trim();
    const letters = t.replace(/[^\p{L}]/gu, '').length;
    return words(t) >= 4 && letters / Math.max(1, t.replace(/\s/g, '').length) > 0.7 && !/^[•·▪◦*–-]/u.test(t) && !/\s[›»>/|]\s/.test(t) && t.length <= 300;
  };
  const head = blocks.find((b) => b.type === 'headline');
  if (head && looksLikeHeadline(head)) return head;
  const firstBody = blocks.findIndex((b) => b.type === 'paragraph' || b.type === 'standfirst');
  const before = firstBody < 0 ? blocks : blocks.slice(0, firstBody);
  return before.find((b) => (b.type === 'navigation' || b.type === 'headline') && looksLikeHeadline(b) && /[?!.»"”\p{L}]$/u.test(text.slice(b.start, b.end).trim()));
}
