/** Hand-made reports (fr/en/es) for the notes tests: independent of what the detectors find today. */
import type { Annotation, Kind } from '../../src/core/model/annotation.js';
import type { Lang } from '../../src/core/model/article.js';
import { Report } from '../../src/core/model/report.js';

export const ARTICLES: Record<Lang, { text: string; flags: [Kind, string][] }> = {
  fr: {
    text: `Accueil > Monde > Europe
La réforme des retraites va-t-elle ruiner le pays ?
Photo : des manifestants devant l'Assemblée nationale, le 3 mars. (Photo d'archives)
Le gouvernement a présenté mardi son projet de loi, déjà qualifié de désastre par ses opposants.
Selon l'Insee, la population active a augmenté de 0,4 % l'an dernier.
Tout le monde sait que cette réforme profitera surtout aux banques.
Partager sur Facebook`,
    flags: [
      ['headline-framing', 'La réforme des retraites va-t-elle ruiner le pays ?'],
      ['unsourced-claim', 'Tout le monde sait que cette réforme profitera surtout aux banques.'],
      ['transparency', "Le gouvernement a présenté mardi son projet de loi"],
    ],
  },
  en: {
    text: `Home > World > Americas
Is the new port deal a disaster waiting to happen?
Caption: Workers at a container terminal in 2017. (File photo)
The harbour authority signed the agreement on Thursday, officials said.
Critics say the contract hands control of the docks to a foreign state company.
The deal will obviously cost thousands of local jobs.
Share this article`,
    flags: [
      ['headline-framing', 'Is the new port deal a disaster waiting to happen?'],
      ['unsourced-claim', 'The deal will obviously cost thousands of local jobs.'],
      ['caption-mismatch', 'Caption: Workers at a container terminal in 2017. (File photo)'],
    ],
  },
  es: {
    text: `Inicio > Sociedad > Clima
¿Dejará la sequía sin agua a media España este verano?
Foto: un embalse casi vacío en Andalucía. (EFE)
Los embalses están al 38 % de su capacidad, según el Ministerio para la Transición Ecológica.
Es evidente que las autoridades ocultan la gravedad de la situación.
Compartir en redes`,
    flags: [
      ['headline-framing', '¿Dejará la sequía sin agua a media España este verano?'],
      ['unsourced-claim', 'Es evidente que las autoridades ocultan la gravedad de la situación.'],
    ],
  },
};

export function makeReport(lang: Lang, opts: { notes?: Record<number, Annotation['note']> } = {}): Report {
  const { text, flags } = ARTICLES[lang];
  const annotations: Annotation[] = flags.map(([kind, quote], i) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`fixture: "${quote}" not in the ${lang} article`);
    const end = start + quote.length;
    const a: Annotation = {
      id: `${kind}:${start}-${end}`,
      kind,
      detector: kind,
      messageId: 'fixture',
      start,
      end,
      quote,
      severity: 'caution',
      confidence: 0.7,
      message: `fixture message ${i}`,
      evidence: [{ type: 'term', text: `evidence ${i}`, start, end, quote }],
    };
    const note = opts.notes?.[i];
    return note ? { ...a, note } : a;
  });
  return Report.parse({
    version: 1,
    lang,
    article: { text, lang, langConfidence: 0.9, format: 'text', blocks: [], meta: { urls: [] } },
    annotations,
    score: null,
    warnings: [],
  });
}
