import type { Detector } from './types.js';

/**
 * `transparency`: does the article say who wrote it, when, and where it comes from? Info only — a
 * missing byline is common on wire copy and is a question to ask, not an accusation.
 */
export const transparency: Detector = {
  meta: {
    id: 'transparency',
    kinds: ['transparency'],
    docs: {
      description: {
        fr: "Signale l'absence d'auteur, de date ou de source (ligne source, lien) : des questions à poser, pas des fautes.",
        en: 'Notes a missing author, date or source (source line, link): questions to ask, not faults.',
        es: 'Señala la falta de autor, fecha o fuente (línea de fuente, enlace): preguntas que hacerse, no faltas.',
      },
    },
    messages: {
      'no-byline': {
        fr: "Aucun auteur n'est nommé : qui a écrit cet article ?",
        en: 'No author is named: who wrote this article?',
        es: 'No se nombra a ningún autor: ¿quién escribió este artículo?',
      },
      'no-date': {
        fr: "L'article ne donne pas de date de publication.",
        en: 'The article gives no publication date.',
        es: 'El artículo no indica fecha de publicación.',
      },
      'no-source': {
        fr: "Ni ligne source, ni lien, ni éditeur identifiable : d'où vient ce texte ?",
        en: 'No source line, link or identifiable publisher: where does this text come from?',
        es: 'Sin línea de fuente, enlace ni editor identificable: ¿de dónde procede este texto?',
      },
    },
  },
  detect(ctx) {
    const { article } = ctx;
    const head = ctx.blocks('headline')[0] ?? article.blocks.find((b) => b.type !== 'navigation') ?? article.blocks[0];
    if (!head) return;
    const evidence = (type: string, text: string) => [{ type, text }];
    const noun = { fr: 'Blocs examinés', en: 'Blocks examined', es: 'Bloques examinados' }[ctx.lang];
    const examined = `${noun}: ${article.blocks.length}`;
    if (!article.meta.byline && ctx.blocks('byline').length === 0) {
      ctx.report({ start: head.start, end: head.end, messageId: 'no-byline', severity: 'info', confidence: 0.6, evidence: evidence('absence', examined) });
    }
    if (!article.meta.published && ctx.blocks('dateline').length === 0) {
      ctx.report({ start: head.start, end: head.end, messageId: 'no-date', severity: 'info', confidence: 0.6, evidence: evidence('absence', examined) });
    }
    if (!article.meta.publisher && !article.meta.url && !article.meta.siteName && ctx.blocks('source').length === 0 && article.meta.urls.length === 0) {
      ctx.report({ start: head.start, end: head.end, messageId: 'no-source', severity: 'info', confidence: 0.5, evidence: evidence('absence', examined) });
    }
  },
};
