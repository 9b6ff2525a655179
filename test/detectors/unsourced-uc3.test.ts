import { unsourcedTable, type Invalid, type Valid } from './unsourced-table.js';

/**
 * Third pass (uc3): patterns missed on articles the detector had never seen — what a whole group thinks asserted
 * with no marker, verbless editorial fragments, motives in plain words (shield from scrutiny, keep under control,
 * buy votes), grave conditional accusations resting only on anonymous sources, accusation words in the outlet's
 * voice. Every must-flag sentence has an attributed (or ordinary) twin that must stay silent. Sentences written
 * for these tests (fr/en/es), not taken from any fixture.
 */
// [name, lang, body, phrase the flag must cover, messageId]
const invalid: Invalid[] = [
  // What a whole group thinks, asserted with no poll or source.
  ['fr: la plupart des agriculteurs ne croient plus', 'fr', "La plupart des agriculteurs ne croient plus aux promesses du gouvernement.", 'La plupart des agriculteurs ne croient plus', 'no-source'],
  ['fr: les Italiens en ont assez', 'fr', "Les Italiens en ont assez des querelles de leur classe politique.", 'Les Italiens en ont assez', 'no-source'],
  ['en: most voters have lost faith', 'en', 'Most voters in the north have lost faith in the regional assembly.', 'Most voters in the north have lost faith', 'no-source'],
  ['en: Canadians no longer trust', 'en', 'Canadians no longer trust the big grocery chains to keep prices fair.', 'Canadians no longer trust', 'no-source'],
  ['es: la mayoría de los chilenos ya no confían', 'es', 'La mayoría de los chilenos ya no confían en los partidos tradicionales.', 'La mayoría de los chilenos ya no confían', 'no-source'],
  ['es: muchos países ven a … como', 'es', 'Muchos países africanos ven a Bruselas como un socio arrogante.', 'Muchos países africanos ven a Bruselas como', 'no-source'],
  // Verbless editorial fragments in the outlet's voice.
  ['fr: une réforme qui…', 'fr', "Le texte a été adopté mardi soir. Une réforme bâclée qui sacrifie les retraités modestes.", 'Une réforme bâclée qui sacrifie', 'no-source'],
  ['fr: une mascarade', 'fr', "Une mascarade destinée à rassurer les marchés.", 'Une mascarade destinée', 'no-source'],
  ['en: a move that…', 'en', 'The council voted on Monday to close the library. A decision that punishes the poorest neighbourhoods.', 'A decision that punishes', 'no-source'],
  ['en: policies that…', 'en', 'Policies that reward speculators and abandon renters.', 'Policies that reward speculators', 'no-source'],
  ['es: una maniobra…', 'es', 'Una maniobra desesperada de un gobierno sin rumbo.', 'Una maniobra desesperada', 'no-source'],
  ['es: una ley que…', 'es', 'Una ley que blinda a los grandes propietarios frente a los inquilinos.', 'Una ley que blinda', 'no-source'],
  // Motives in plain words.
  ['en: to shield its allies from scrutiny', 'en', 'The ministry delayed the audit to shield its allies in the construction industry from scrutiny.', 'to shield its allies', 'no-source'],
  ['en: to keep the region under its control', 'en', 'Moscow built the bases to keep the whole region under its control.', 'to keep the whole region under its control', 'no-source'],
  ['fr: pour acheter des voix', 'fr', "Le maire a multiplié les subventions aux associations pour acheter des voix avant le scrutin.", 'pour acheter des voix', 'no-source'],
  ['fr: plutôt que de reconnaître ses erreurs', 'fr', "La direction s'en prend aux syndicats plutôt que de reconnaître ses erreurs.", 'plutôt que de reconnaître ses erreurs', 'no-source'],
  ['es: para comprar votos', 'es', 'El partido repartió electrodomésticos en los barrios para comprar votos.', 'para comprar votos', 'no-source'],
  ['es: para asegurar su control', 'es', 'La empresa financió la campaña del gobernador para asegurar su control sobre las minas.', 'para asegurar su control', 'no-source'],
  // Grave conditional accusations on anonymous sources only.
  ['es: fuentes que pidieron no ser identificadas + habrían', 'es', 'Fuentes policiales que pidieron no ser identificadas aseguran que dos agentes habrían torturado a los detenidos.', 'habrían torturado', 'vague-source'],
  ['fr: sources ayant requis l\'anonymat + auraient', 'fr', "Selon des sources judiciaires, des élus auraient touché des pots-de-vin pour attribuer le marché.", 'auraient touché des pots-de-vin', 'vague-source'],
  ['en: who asked not to be named + allegedly', 'en', 'Two officials who asked not to be named said the minister allegedly took bribes from the contractor.', 'allegedly took bribes', 'vague-source'],
  // Accusation words with another loaded term in the outlet's voice.
  ['es: irregularidades + una vez más', 'es', 'La votación estuvo plagada de irregularidades que, una vez más, beneficiaron al partido en el poder.', 'irregularidades', 'no-source'],
  // Added after the blind round (uc3-*-blind-*).
  ['fr: agent-noun group + savent très bien que', 'fr', "Les chauffeurs de taxi savent très bien que la réforme les condamne.", 'Les chauffeurs de taxi savent très bien que', 'no-source'],
  ['es: demonym in -oles + saben perfectamente que', 'es', 'Los españoles saben perfectamente que la subida de la luz no tiene justificación.', 'Los españoles saben perfectamente que', 'no-source'],
  ['en: to squeeze out a rival', 'en', 'The two airlines merged their schedules to squeeze out a rival on the island routes.', 'to squeeze out a rival', 'no-source'],
  ['fr: sous couvert de', 'fr', "Sous couvert de modernisation, la direction démantèle le service public ferroviaire.", 'Sous couvert de', 'no-source'],
  ['es: a espaldas de', 'es', 'El ayuntamiento vendió el solar a espaldas de los vecinos.', 'a espaldas de', 'no-source'],
  ['en: to keep … dependent on', 'en', 'The loans were structured to keep poorer members dependent on the central bank.', 'to keep poorer members dependent on', 'no-source'],
];

const valid: Valid[] = [
  // Attributed twins.
  ['fr: group claim from a poll', 'fr', "La plupart des agriculteurs ne croient plus aux promesses du gouvernement, selon un sondage de l'institut Ifop publié lundi."],
  ['en: group claim with a poll after it', 'en', 'Most voters in the north have lost faith in the regional assembly, a YouGov survey published on Sunday found.'],
  ['en: group claim reported by a speaker', 'en', 'Many residents said they no longer trust the water company after the outage.'],
  ['es: group claim from a survey', 'es', 'La mayoría de los chilenos ya no confían en los partidos tradicionales, según la encuesta del Centro de Estudios Públicos.'],
  ['fr: fragment attributed', 'fr', "« Une réforme bâclée qui sacrifie les retraités modestes », a dénoncé la CFDT dans un communiqué."],
  ['en: full sentence with an act noun', 'en', 'A decision is expected on Friday after the committee meets.'],
  ['en: act noun + relative + main verb', 'en', 'A policy that took effect in March has cut waiting times, the health ministry said.'],
  ['es: full sentence with an act noun', 'es', 'Una medida similar fue aprobada el año pasado en Portugal, informó la Comisión Europea.'],
  ['fr: plain description', 'fr', "Une réforme du code du travail sera examinée au Sénat le 12 mars."],
  ['en: motive attributed', 'en', 'The ministry delayed the audit to shield its allies in the construction industry from scrutiny, opposition leader Karen Liu said on Tuesday.'],
  ['en: ordinary purpose', 'en', 'The city installed new pumps to keep the tunnel dry during the storms.'],
  ['fr: ordinary purpose', 'fr', "La commune a acheté des vélos pour équiper les agents municipaux."],
  ['es: ordinary purpose', 'es', 'La empresa contrató a 40 técnicos para asegurar el suministro durante el invierno, según su director, Luis Prieto.'],
  // Anonymous sources for ordinary facts, and a named accuser.
  ['es: anonymous source, plain fact', 'es', 'Fuentes policiales que pidieron no ser identificadas confirmaron que el detenido fue trasladado a Madrid.'],
  ['fr: anonymous doctor, no accusation', 'fr', "Un médecin, qui a requis l'anonymat, a décrit des couloirs saturés pendant tout le week-end."],
  ['en: named accuser', 'en', 'Prosecutor Ana Ruiz said the minister allegedly took bribes from the contractor.'],
  ['fr: anonymity, not a pretext', 'fr', "Un policier, s'exprimant sous couvert d'anonymat, a confirmé l'interpellation de deux suspects."],
  ['en: ordinary elimination', 'en', 'The council voted to eliminate the fee for children under 12, the mayor said.'],
  ['es: group claim attributed', 'es', 'Los españoles saben perfectamente que la subida de la luz no tiene justificación, afirmó la portavoz de la asociación de consumidores Acción Hogar, Marta Llorente.'],
  ['es: named accusation of irregularities', 'es', 'La misión de observación de la OEA denunció irregularidades en tres provincias, y pidió una auditoría.'],
];

unsourcedTable('unsourced-claim (third pass)', invalid, valid);
