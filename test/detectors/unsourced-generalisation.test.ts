import { unsourcedTable, type Invalid, type Valid } from './unsourced-table.js';

/**
 * Patterns that the first version missed on held-out articles (issue 5, second pass): a fronted vague relay
 * with a nested speaker, generalisations with inserted words, hostile-purpose motives, "pretext", "saw for
 * themselves" witness claims, vague counts of people deprived of something. Each must-flag sentence has an
 * attributed twin that must stay silent. Sentences written for these tests (fr/en/es).
 */
// [name, lang, body, phrase the flag must cover, messageId]
const invalid: Invalid[] = [
  // Fronted vague relay + a named-looking speaker inside it.
  ['fr: selon des sources + speaker + conditionnel', 'fr', "Selon plusieurs sources, des responsables du ministère auraient admis que le chantier était abandonné.", 'des responsables du ministère auraient admis', 'vague-source'],
  ['fr: d\'après certaines sources + speaker', 'fr', "D'après certaines sources, le directeur de la centrale a reconnu des fuites répétées.", 'le directeur de la centrale a reconnu', 'vague-source'],
  ['en: according to some reports + speaker', 'en', 'According to some reports, senior bank executives admitted in private that the merger had failed.', 'senior bank executives admitted', 'vague-source'],
  ['es: según algunas fuentes + hablante', 'es', 'Según algunas fuentes, varios concejales habrían reconocido en privado que el contrato fue amañado.', 'varios concejales habrían reconocido', 'vague-source'],
  // Generalisations with words in between.
  ['fr: personne ne peut plus ignorer', 'fr', "Personne au monde ne peut plus ignorer la faillite de ce modèle économique.", 'Personne au monde ne peut plus ignorer', 'no-source'],
  ['fr: nul ne peut nier désormais', 'fr', "Nul ne peut désormais nier que la réforme a ruiné les petits commerçants.", 'Nul ne peut désormais nier', 'no-source'],
  ['en: no one can any longer deny', 'en', 'No one can any longer deny that the new tax has hurt small farmers.', 'No one can any longer deny', 'no-source'],
  ['en: everyone now understands', 'en', 'Everyone now understands that the bridge project was a waste of public money.', 'Everyone now understands', 'no-source'],
  ['es: nadie puede ya negar', 'es', 'Nadie puede ya negar que la privatización del agua fue un desastre para los barrios.', 'Nadie puede ya negar', 'no-source'],
  ['es: todo el mundo lo sabe', 'es', 'Todo el mundo lo sabe: la fusión solo benefició a los accionistas extranjeros.', 'Todo el mundo lo sabe', 'no-source'],
  // Hostile-purpose motives.
  ['fr: dans le but d\'affaiblir', 'fr', "La banque centrale a relevé ses taux dans le but d'affaiblir les syndicats avant les négociations.", "dans le but d'affaiblir", 'no-source'],
  ['fr: afin de semer la discorde', 'fr', "Ces comptes anonymes publient des rumeurs afin de semer la discorde entre les communautés.", 'afin de semer la discorde', 'no-source'],
  ['en: in an effort to undermine', 'en', 'The ministry leaked the memo in an effort to undermine the union leadership.', 'in an effort to undermine', 'no-source'],
  ['en: aimed at toppling', 'en', 'The foreign-funded campaign is aimed at toppling the elected mayor.', 'aimed at toppling', 'no-source'],
  ['es: con el fin de debilitar', 'es', 'La patronal filtró los datos con el fin de debilitar la huelga del transporte.', 'con el fin de debilitar', 'no-source'],
  ['es: para sembrar el caos', 'es', 'Los grupos armados cortaron las carreteras para sembrar el caos antes de la votación.', 'para sembrar el caos', 'no-source'],
  // Pretext.
  ['fr: sous prétexte de', 'fr', "La mairie a fermé le marché sous prétexte de travaux, pour chasser les vendeurs ambulants.", 'sous prétexte de', 'no-source'],
  ['fr: comme prétexte (noun, not the verb prétexter)', 'fr', "Le patronat invoque la crise comme prétexte pour geler les salaires.", 'comme prétexte pour', 'no-source'],
  ['en: as a pretext to', 'en', 'The landlord used the repairs as a pretext to evict the tenants.', 'as a pretext to', 'no-source'],
  ['es: con el pretexto de', 'es', 'El alcalde cerró el parque con el pretexto de la seguridad, para vender el terreno.', 'con el pretexto de', 'no-source'],
  // Witness claims in the outlet's voice.
  ['fr: ont pu constater par eux-mêmes', 'fr', "Les visiteurs ont pu constater par eux-mêmes la propreté exemplaire des rues.", 'constater par eux-mêmes', 'no-source'],
  ['en: saw for themselves', 'en', 'The delegates saw for themselves the happiness of the villagers.', 'saw for themselves', 'no-source'],
  ['es: comprobaron con sus propios ojos', 'es', 'Los turistas pudieron comprobar con sus propios ojos la abundancia de los mercados.', 'comprobar con sus propios ojos', 'no-source'],
  // Vague counts of people deprived of something.
  ['fr: des milliers de patients ne peuvent plus', 'fr', "Des milliers de patients ne peuvent plus se soigner dans la région.", 'Des milliers de patients ne peuvent plus', 'unsourced-figure'],
  ['en: hundreds of families fled', 'en', 'Hundreds of families fled the valley after the dam was opened.', 'Hundreds of families fled', 'unsourced-figure'],
  ['es: miles de ancianos se han quedado sin', 'es', 'Miles de ancianos se han quedado sin pensión desde el recorte.', 'Miles de ancianos se han quedado sin', 'unsourced-figure'],
  // Vague counts of people as the subject (no harm word): softer, but still asked "who counted?".
  ['fr: des dizaines de milliers d\'électeurs', 'fr', "Des dizaines de milliers d'électeurs ont été rayés des listes sans explication.", "Des dizaines de milliers d'électeurs", 'unsourced-figure'],
  ['en: tens of thousands of households', 'en', 'Tens of thousands of households now rely on food banks every week.', 'Tens of thousands of households', 'unsourced-figure'],
  ['es: cientos de familias', 'es', 'Cientos de familias duermen cada noche en la estación de autobuses.', 'Cientos de familias', 'unsourced-figure'],
  // Impunity / servility / deliberate concealment in the outlet's voice.
  ['fr: en toute impunité', 'fr', "Les promoteurs bétonnent le littoral en toute impunité depuis des années.", 'en toute impunité', 'no-source'],
  ['en: only serve the interests of', 'en', 'These regulators only serve the interests of the big banks.', 'only serve the interests', 'no-source'],
  ['es: ocultan deliberadamente', 'es', 'Las autoridades sanitarias ocultan deliberadamente las cifras reales de contagios.', 'ocultan deliberadamente', 'no-source'],
  ['en: deliberately concealed', 'en', 'The agency deliberately concealed the test results from the public.', 'deliberately concealed', 'no-source'],
  // The outlet's own unnamed information.
  ['fr: d\'après nos informations', 'fr', "Le préfet aurait, d'après nos informations, bloqué le rapport pendant trois mois.", "d'après nos informations", 'vague-source'],
  ['es: según nuestras fuentes', 'es', 'Según nuestras fuentes, el ministro habría vetado la auditoría.', 'Según nuestras fuentes', 'vague-source'],
  // Certainty markers that present a claim as established fact.
  ['fr: ce n\'est un secret pour personne', 'fr', "Ce n'est un secret pour personne que le maire a favorisé son beau-frère.", "Ce n'est un secret pour personne", 'no-source'],
  ['en: it is no secret that', 'en', "It is no secret that the council rigged the tender.", 'It is no secret that', 'no-source'],
  ['es: no cabe duda de que', 'es', 'No cabe duda de que el contrato se adjudicó a dedo.', 'No cabe duda de que', 'no-source'],
  // Vague counts with a group word the lists do not hold (agent nouns, demonyms).
  ['en: thousands of commuters', 'en', 'Thousands of commuters are stranded every morning because of the cuts.', 'Thousands of commuters', 'unsourced-figure'],
  ['fr: des milliers de Marseillais', 'fr', "Des milliers de Marseillais vivent dans des logements insalubres.", 'Des milliers de Marseillais', 'unsourced-figure'],
  ['es: miles de bolivianos', 'es', 'Miles de bolivianos emigran cada año por falta de empleo.', 'Miles de bolivianos', 'unsourced-figure'],
];

const valid: Valid[] = [
  // Attributed twins of the claims above.
  ['fr: named source then speaker', 'fr', "Selon le parquet de Lyon, des responsables du ministère ont admis que le chantier était abandonné."],
  ['fr: qualified anonymous source + speaker', 'fr', "Selon des sources diplomatiques, le directeur de la centrale a reconnu des fuites répétées."],
  ['en: named outlet then speaker', 'en', 'According to the Financial Times, senior bank executives admitted in private that the merger had failed.'],
  ['es: fuente nombrada + condicional', 'es', 'Según la Fiscalía Anticorrupción, varios concejales habrían reconocido que el contrato fue amañado.'],
  ['fr: speaker quoting vague experts (his claim)', 'fr', "Le ministre a déclaré que, selon des experts, la crise pourrait durer deux ans."],
  ['fr: generalisation attributed (postposed)', 'fr', "Personne ne peut plus ignorer la faillite de ce modèle, a estimé la présidente du syndicat, Anne Roux."],
  ['en: generalisation inside a quote', 'en', '"No one can any longer deny that the tax has hurt farmers," said Senator Maria Lopez.'],
  ['es: generalización atribuida', 'es', 'Nadie puede negar que la privatización fue un desastre, afirmó el portavoz vecinal, Jorge Ruiz.'],
  ['fr: motive attributed', 'fr', "Le syndicat accuse la banque centrale d'avoir relevé ses taux dans le but d'affaiblir les salariés, a indiqué sa secrétaire générale."],
  ['en: motive attributed', 'en', 'The union said the ministry leaked the memo in an effort to undermine its leadership.'],
  ['es: motivo atribuido', 'es', 'Según el comité de huelga, la patronal filtró los datos con el fin de debilitar la protesta.'],
  ['fr: prétexte attributed', 'fr', "Les commerçants accusent la mairie d'utiliser les travaux comme prétexte pour les chasser, a rapporté leur avocat, Me Paul Girard."],
  ['en: pretext attributed', 'en', 'The tenants said the landlord used the repairs as a pretext to evict them.'],
  ['es: pretexto atribuido', 'es', 'Los vecinos denunciaron que el alcalde cerró el parque con el pretexto de la seguridad.'],
  ['en: witness account attributed', 'en', 'The delegates saw for themselves the damage to the villages, the UN mission said in its report.'],
  ['fr: figure attributed', 'fr', "Des milliers de patients ne peuvent plus se soigner dans la région, selon l'agence régionale de santé."],
  ['en: figure attributed', 'en', 'Hundreds of families fled the valley after the dam was opened, local authorities said.'],
  ['es: cifra atribuida', 'es', 'Miles de ancianos se han quedado sin pensión desde el recorte, según la Seguridad Social.'],
  ['fr: count attributed', 'fr', "Des dizaines de milliers d'électeurs ont été rayés des listes, selon le Conseil constitutionnel."],
  ['en: count attributed', 'en', 'Tens of thousands of households now rely on food banks, the Trussell Trust said in its annual report.'],
  ['es: cifra atribuida (vecinos)', 'es', 'Cientos de familias duermen en la estación, denunció la asociación Cáritas Diocesana.'],
  ['en: concealment attributed', 'en', 'The agency deliberately concealed the test results, the inspector general found in a report published on Tuesday.'],
  ['es: impunidad atribuida', 'es', 'Los promotores construyen con total impunidad, denunció la fiscal de Medio Ambiente, Elena Ríos.'],
  ['fr: background population (not a vague count)', 'fr', "Rennes compte environ 225 000 habitants et accueille 70 000 étudiants."],
  ['en: counted figure, not vague', 'en', 'The town of 3,000 residents lost its only bank branch in 2019.'],
  ['en: certainty marker inside a quote', 'en', '"It is no secret that the tender was rigged," opposition leader Carla Diaz told reporters.'],
  ['es: duda atribuida', 'es', 'No cabe duda de que el contrato se adjudicó a dedo, según la Oficina Antifraude de Cataluña.'],
  ['en: commuters count attributed', 'en', 'Thousands of commuters were stranded on Monday, Network Rail said.'],
  ['en: thousands of litres (not people)', 'en', 'Thousands of litres of fuel leaked into the river.'],
  ['en: as expected (one weak cue only)', 'en', 'As expected, the central bank held rates at 4.5% on Thursday.'],
  // Ordinary wire prose that shares words with the new cues.
  ['en: in a bid to (ordinary business purpose)', 'en', 'The airline cut fares on domestic routes in a bid to win back customers.'],
  ['en: cannot near a number, attributed', 'en', 'About 40 students cannot attend classes while the school is repaired, the district said.'],
  ['fr: pour justifier (ordinary narrative)', 'fr', "Le gouvernement a invoqué l'urgence pour justifier le recours à l'ordonnance."],
  ['es: no pueden (plain narrative, no people count)', 'es', 'Los camiones no pueden circular por el puente desde el lunes.'],
  ['fr: everyday "tout le monde" without a claim verb', 'fr', "Tout le monde était à l'heure pour le départ de la course à 9 heures."],
];

unsourcedTable('unsourced-claim (second pass)', invalid, valid);
