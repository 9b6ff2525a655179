import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { headlineFraming } from '../../src/core/detectors/headline-framing.js';

const body = (lang: 'en' | 'fr' | 'es') =>
  ({
    en: 'Train drivers at five operators will walk out on Thursday in a dispute over pay, their union said on Monday. Operators said only a limited timetable would run, with no trains on many branch lines. The union said talks had broken down on Friday after an offer it described as below inflation. The transport ministry said it regretted the decision and urged both sides to return to talks. Passengers were advised to check before travelling, and refunds will be offered for tickets bought in advance, the operators said in a joint statement. The last walkout, in March, cancelled about 60% of services across the network according to the rail regulator.',
    fr: 'Les contrôleurs aériens cesseront le travail jeudi pour protester contre une réforme de leurs horaires, a annoncé lundi leur principal syndicat. La direction générale de l’aviation civile a demandé aux compagnies de réduire d’un tiers leurs vols à Paris. Le syndicat affirme que les négociations ont échoué vendredi. Le ministère des Transports regrette une décision « disproportionnée ». Les passagers sont invités à vérifier l’état de leur vol avant de se rendre à l’aéroport, précisent les compagnies dans un communiqué commun. Lors du dernier mouvement, en mars, 40 % des vols avaient été annulés selon la DGAC.',
    es: 'Los maquinistas de cinco operadoras dejarán de trabajar el jueves por un conflicto salarial, informó el lunes su sindicato. Las empresas indicaron que solo circularán servicios mínimos y que muchas líneas regionales quedarán sin trenes. El sindicato explicó que las negociaciones se rompieron el viernes. El Ministerio de Transportes lamentó la decisión y pidió a ambas partes volver a negociar. Se aconseja a los viajeros consultar antes de salir, y se devolverá el importe de los billetes comprados con antelación, según un comunicado conjunto de las operadoras. En la última huelga, en marzo, se cancelaron cerca del 60% de los servicios según el regulador.',
  })[lang];

/**
 * Wire headlines paraphrase: they use verbs the body does not repeat and ordinary words that happen to be in a
 * subjectivity lexicon. Without a real framing cue, that is not framing.
 */
describe('plain paraphrasing headlines stay silent', () => {
  it.each([
    ['en', 'Rail strike set to halt most services on Thursday, union says'],
    ['fr', 'Grève du contrôle aérien : la plupart des vols parisiens cloués au sol jeudi'],
    ['es', 'La huelga de maquinistas paralizará la mayoría de los trenes el jueves'],
  ] as const)('%s: %s', async (lang, headline) => {
    const r = await analyze([headline, body(lang)].join('\n\n'), { format: 'text', detectors: [headlineFraming], rubric: null });
    expect(r.article.blocks[0]?.type).toBe('headline');
    expect(r.annotations).toEqual([]);
  });

  it('a loaded headline over the same body is still flagged', async () => {
    const r = await analyze(['Greedy union bosses hold the whole country hostage — again?', body('en')].join('\n\n'), { format: 'text', detectors: [headlineFraming], rubric: null });
    expect(r.annotations.map((a) => a.kind)).toEqual(['headline-framing']);
  });
});
