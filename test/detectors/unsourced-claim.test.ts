import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { unsourcedClaim } from '../../src/core/detectors/unsourced-claim.js';
import type { Detector } from '../../src/core/detectors/types.js';
import type { Annotation } from '../../src/core/model/annotation.js';

/** Stands in for the state-media detector: marks the given names as cited state-controlled outlets. */
function fakeStateMedia(names: string[], typology = 'SC'): Detector {
  return {
    meta: { id: 'state-media', kinds: ['state-media'], docs: { description: { fr: 'x', en: 'x', es: 'x' } }, messages: { cited: { fr: 'x', en: 'x', es: 'x' } } },
    detect(ctx) {
      const t = ctx.article.text;
      for (const n of names) {
        for (let i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
          ctx.report({ start: i, end: i + n.length, messageId: 'cited', severity: 'caution', confidence: 0.8, data: { outlet: n, outletId: n.toLowerCase().replace(/\W+/g, '-'), typology, role: 'cited' } });
        }
      }
    },
  };
}

const HEAD = { fr: 'Actualité régionale du jour', en: 'Regional news of the day', es: 'Noticias regionales del día' } as const;

async function run(lang: keyof typeof HEAD, body: string, stateNames: string[] = []): Promise<Annotation[]> {
  const text = `${HEAD[lang]}\n\n${body}\n`;
  const report = await analyze(text, { detectors: [fakeStateMedia(stateNames), unsourcedClaim], rubric: null, lang } as never);
  expect(report.warnings).toEqual([]);
  return report.annotations.filter((a) => a.kind === 'unsourced-claim');
}

describe('unsourced-claim — valid (must stay silent)', () => {
  const valid: [string, keyof typeof HEAD, string][] = [
    ['fr: quote with inverted speaker', 'fr', '« Cette réforme est une trahison pure et simple », a lancé la députée Claire Morin à la tribune.'],
    ['fr: reported speech with selon', 'fr', "Selon la préfecture, 2 400 personnes ont été évacuées mardi soir en raison de la crue."],
    ['fr: reporting verb', 'fr', "Le syndicat a dénoncé une décision prise « au mépris du dialogue social », et a appelé à la grève jeudi."],
    ['fr: clearly marked opinion', 'fr', "À mon avis, cette loi est une erreur historique que le pays paiera cher."],
    ['fr: question', 'fr', "Faut-il y voir une tentative désespérée de sauver la saison ?"],
    ['fr: common knowledge', 'fr', 'Lyon est la troisième ville de France. La Saône et le Rhône s’y rejoignent.'],
    ['fr: plain narrative', 'fr', "La réunion s'est tenue mardi à la mairie. Les élus ont ensuite visité le chantier du futur gymnase."],
    ['en: quote, speaker after', 'en', '"This is a blatant land grab," said Tom Reyes, who leads the tenants\' association.'],
    ['en: according to a named body', 'en', 'At least 31 people were killed in the floods, according to the provincial disaster agency.'],
    ['en: figure, source in the same sentence', 'en', 'The storm left 12,000 homes without power, the utility said in a statement on Sunday.'],
    ['en: anonymous but qualified source', 'en', 'Three officials familiar with the talks said the deal had collapsed late on Friday.'],
    ['en: opinion marker', 'en', 'In my view, the council has clearly failed the families who depend on this bus line.'],
    ['en: background', 'en', 'Canberra is the capital of Australia. The city was founded in 1913.'],
    ['es: cita con hablante', 'es', '«Es una vergüenza absoluta», afirmó la alcaldesa, Lucía Ferrer, tras la votación.'],
    ['es: según fuente nombrada', 'es', 'Según el Ministerio de Sanidad, 85 personas murieron por el calor durante la última semana.'],
    ['es: verbo de habla', 'es', 'El gobernador aseguró que la empresa había actuado en violación de los contratos firmados.'],
    ['es: opinión marcada', 'es', 'Creo que la reforma llega tarde y es claramente insuficiente.'],
    ['es: state outlet named as such', 'es', 'Según la agencia estatal Xinhua, la presa producirá electricidad a partir de julio.'],
    ['en: single weak cues in wire prose', 'en', 'The vote comes amid growing pressure on the government over rising food prices. Israeli settlements in the West Bank are considered illegal under international law by most countries.'],
    ['en: a toll confirmed by the next sentence', 'en', 'At least 12 people were killed. The toll was confirmed by the regional health department on Sunday evening.'],
    ['en: data from a named office', 'en', 'Prices have doubled since 2020, data from the statistics office show.'],
    ['en: crowd figures from police and organisers', 'en', 'Thousands of protesters marched through central London on Saturday, police said. Organisers put the figure at 100,000.'],
    ['fr: background percentage', 'fr', "La centrale, mise en service en 1979, fournit environ 5 % de l'électricité du pays. Elle emploie 1 200 salariés."],
    ['fr: crowd figures with both sources', 'fr', 'Près de 3 000 personnes ont défilé samedi à Rennes selon la police, 8 000 selon les organisateurs.'],
    ['es: figures from named bodies', 'es', 'La sequía ha reducido a la mitad la cosecha de aceite, según la Asociación de Productores. El precio se ha duplicado en dos años, de acuerdo con los datos del ministerio.'],
    ['es: toll then a follow-up figure', 'es', 'El huracán dejó al menos 14 muertos en Haití, informó la Protección Civil. Otras 30 personas resultaron heridas.'],
    ['en: "so-called" alone, as wire style uses it', 'en', 'Fighters of the so-called Islamic State seized the town in 2014.'],
    ['fr: postposed attribution covers a fronted cue', 'fr', "Il est clair que le chantier prendra du retard, reconnaît le maire, qui évoque « au moins six mois »."],
    ['es: atribución pospuesta', 'es', 'Evidentemente, la obra no estará lista para el verano, admitió el concejal de Urbanismo.'],
    ['es: presunto autor (hedge, not a characterisation)', 'es', 'El supuesto autor del robo fue detenido el martes en Sevilla, informó la Policía Nacional.'],
    ['en: statement given to a state outlet by a named person', 'en', '"We will keep the pipeline open," Deputy Minister Ivan Petrov told TASS on Monday.'],
  ];
  it.each(valid)('%s', async (_n, lang, body) => {
    const flags = await run(lang, body, ['Xinhua', 'TASS']);
    expect(flags.map((f) => `${f.messageId}: ${f.quote}`)).toEqual([]);
  });
});

describe('unsourced-claim — invalid (must flag, with the span and message id)', () => {
  const invalid: [string, keyof typeof HEAD, string, string, string][] = [
    // [name, lang, body, a phrase the flag must cover, messageId]
    ['fr: characterisation in own voice', 'fr', "Le gouvernement a reconduit le projet, en violation flagrante des engagements pris devant les habitants, et les travaux reprendront lundi.", 'en violation flagrante', 'no-source'],
    ['fr: motive asserted', 'fr', "Le préfet a interdit la manifestation uniquement parce qu'il redoutait une défaite politique.", "uniquement parce qu'il redoutait", 'no-source'],
    ['fr: generalisation', 'fr', "Tout le monde sait que ce chantier n'a jamais été financé correctement.", 'Tout le monde sait', 'no-source'],
    ['fr: vague source', 'fr', "De nombreux observateurs estiment que l'opération a été un échec coûteux.", 'De nombreux observateurs', 'vague-source'],
    ['fr: sources concordantes', 'fr', "Selon des sources concordantes, le directeur aurait quitté le pays la veille.", 'sources concordantes', 'vague-source'],
    ['fr: casualty figure, no source', 'fr', "Des centaines de manifestants ont été arrêtés au cours du week-end dans la capitale.", 'Des centaines de manifestants', 'unsourced-figure'],
    ['fr: state-only source', 'fr', "D'après Radio Kivu Nationale, les rebelles ont abandonné trois villages de la province.", 'Radio Kivu Nationale', 'state-only-source'],
    ['en: in defiance of', 'en', 'The convoy crossed the border in defiance of the ceasefire agreement, and reached the town by nightfall.', 'in defiance of', 'no-source'],
    ['en: solely because', 'en', 'The mayor cancelled the festival solely because he feared a protest by his own party.', 'solely because', 'no-source'],
    ['en: many experts agree', 'en', 'Many experts agree that the new dam will dry out the delta within a decade.', 'Many experts agree', 'vague-source'],
    ['en: some observers say', 'en', 'Some observers say the company hid the losses for years.', 'Some observers say', 'vague-source'],
    ['en: unsourced death toll', 'en', 'More than 300 civilians were killed in the shelling last month.', '300 civilians were killed', 'unsourced-figure'],
    ['en: state-only source', 'en', 'According to Meridian Broadcasting, the opposition leader was seen boarding a plane to Dubai.', 'Meridian Broadcasting', 'state-only-source'],
    ['es: en desafío a', 'es', 'El buque atracó en el puerto en flagrante violación del embargo, y descargó durante toda la noche.', 'en flagrante violación', 'no-source'],
    ['es: según analistas', 'es', 'Según analistas, el banco central manipuló las cifras de inflación durante meses.', 'Según analistas', 'vague-source'],
    ['es: motivo', 'es', 'El ministro dimitió únicamente porque temía las revelaciones de la prensa.', 'únicamente porque temía', 'no-source'],
    ['es: cifra sin fuente', 'es', 'Miles de familias fueron desplazadas por las obras de la autopista.', 'Miles de familias fueron desplazadas', 'unsourced-figure'],
    ['en: fronted generalisation before a non-postposed verb', 'en', 'Everyone knows that the mayor lied, and the opposition said so on Monday.', 'Everyone knows', 'no-source'],
    ['en: experts said (vague subject)', 'en', 'The new tariffs are a desperate attempt to save the steel industry, experts said on Thursday.', 'experts said', 'vague-source'],
    ['es: solo fuente estatal', 'es', 'De acuerdo con Telesur Andina, la oposición planea boicotear las elecciones de marzo.', 'Telesur Andina', 'state-only-source'],
  ];
  it.each(invalid)('%s', async (_n, lang, body, phrase, messageId) => {
    const flags = await run(lang, body, ['Radio Kivu Nationale', 'Meridian Broadcasting', 'Telesur Andina']);
    const text = `${HEAD[lang]}\n\n${body}\n`;
    const at = text.indexOf(phrase);
    expect(at).toBeGreaterThan(0);
    const hit = flags.find((f) => f.start <= at && f.end >= at + phrase.length);
    expect(hit, `flags: ${JSON.stringify(flags.map((f) => [f.messageId, f.quote]))}`).toBeDefined();
    expect(hit!.messageId).toBe(messageId);
    // The span is the claim (clause or sentence), never the headline, and ends inside the paragraph.
    expect(hit!.start).toBeGreaterThan(HEAD[lang].length);
    expect(hit!.evidence.length).toBeGreaterThan(0);
    expect(hit!.confidence).toBeGreaterThan(0);
    expect(hit!.confidence).toBeLessThan(1);
  });
});

describe('unsourced-claim — behaviour', () => {
  it('spans the clause, not the whole paragraph, in a long sentence', async () => {
    const body =
      "Au terme d'une semaine de négociations menées au mépris des règles de transparence les plus élémentaires, le conseil régional a adopté mardi un budget de 1,2 milliard d'euros, en hausse de 4 % sur un an, qui prévoit notamment la rénovation de douze lycées. La séance a duré six heures.";
    const [f] = await run('fr', body);
    expect(f?.quote).toContain('au mépris des règles');
    expect(f?.quote).not.toContain('La séance a duré');
    expect(f!.quote.length).toBeLessThan(body.indexOf('La séance'));
  });

  it('names the state outlet and its typology, and carries the finding data as evidence', async () => {
    const [f] = await run('en', 'The border crossing was closed for a week, according to Meridian Broadcasting.', ['Meridian Broadcasting']);
    expect(f?.messageId).toBe('state-only-source');
    expect(f?.data).toMatchObject({ outlet: 'Meridian Broadcasting' });
    expect(f?.message).toContain('Meridian Broadcasting');
    expect(f?.message).toMatch(/state-controlled/);
    const ev = f!.evidence.find((e) => e.type === 'state-source');
    expect(ev?.quote).toBe('Meridian Broadcasting');
    expect(ev?.data).toMatchObject({ typology: 'SC', role: 'cited' });
  });

  it('does not treat independent public media as state-only', async () => {
    const text = `${HEAD.en}\n\nThe strike will continue into next week, according to Northern Public Radio.\n`;
    const report = await analyze(text, { detectors: [fakeStateMedia(['Northern Public Radio'], 'IP'), unsourcedClaim], rubric: null });
    expect(report.annotations.filter((a) => a.kind === 'unsourced-claim')).toEqual([]);
  });

  it('explains what it looked at: the nearest attribution and why it did not count', async () => {
    const body =
      'The regional council approved the budget on Tuesday, the council said.\n\nThe budget was pushed through in defiance of the court ruling and against the wishes of residents.';
    const [f] = await run('en', body);
    expect(f?.messageId).toBe('no-source');
    const near = f!.evidence.find((e) => e.type === 'nearest-attribution');
    expect(near?.quote).toMatch(/said/);
    expect(near?.text).toMatch(/does not cover/);
  });

  it('a following sentence in the same paragraph only weakly covers a characterisation', async () => {
    const alone = await run('en', 'The army shelled the town in blatant violation of the truce.');
    const withNext = await run('en', 'The army shelled the town in blatant violation of the truce. The account was given by the town mayor, Ali Hassan, who said he saw the shells land.');
    expect(alone).toHaveLength(1);
    expect(withNext).toHaveLength(1);
    expect(withNext[0]!.confidence).toBeLessThan(alone[0]!.confidence);
  });

  it('writes evidence and messages in the report language', async () => {
    const text = `${HEAD.es}\n\nSegún analistas, el banco central ocultó las pérdidas durante años.\n`;
    for (const [lang, word] of [['fr', 'Source vague'], ['en', 'Vague source'], ['es', 'Fuente vaga']] as const) {
      const report = await analyze(text, { detectors: [unsourcedClaim], rubric: null, messageLang: lang });
      const f = report.annotations.find((a) => a.kind === 'unsourced-claim');
      expect(f?.message).toContain(word);
    }
  });

  it('leaves headlines and captions to their own detectors', async () => {
    const text = 'Les experts sont unanimes : le régime a agi au mépris de toutes les règles\n\nLe conseil municipal se réunira jeudi à 18 heures.\n';
    const report = await analyze(text, { detectors: [unsourcedClaim], rubric: null });
    expect(report.annotations).toEqual([]);
  });

  it('stays roughly linear on a long article', async () => {
    const para = "Selon la mairie, 300 personnes ont assisté à la réunion. Le projet a été adopté au mépris des riverains. « Nous continuerons », a dit le maire.\n\n";
    const small = await analyze(`Titre\n\n${para.repeat(50)}`, { detectors: [unsourcedClaim], rubric: null });
    const big = await analyze(`Titre\n\n${para.repeat(400)}`, { detectors: [unsourcedClaim], rubric: null });
    // Same judgement for every repeated paragraph: the output grows with the input, nothing is dropped.
    expect(big.annotations.length).toBe(small.annotations.length * 8);
  });
});
