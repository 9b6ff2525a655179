import type { Lang } from '../../core/model/article.js';

/**
 * Every string of the widget's interface. Adding a key here makes TypeScript demand it in fr, en and es, and
 * test/components/translations.test.ts fails at run time on a missing or empty entry. `{name}` placeholders are
 * filled by `LocalizeController.t(key, data)`.
 */
export interface Translation {
  loading: string;
  analysing: string;
  errorLoad: string;
  errorReport: string;
  errorEmpty: string;
  mode: string;
  modeTeacher: string;
  modeStudent: string;
  toolbar: string;
  filterLegend: string;
  revealStart: string;
  revealNext: string;
  revealAll: string;
  revealedCount: string;
  projector: string;
  print: string;
  exportReport: string;
  shortcuts: string;
  keyboardHelp: string;
  /** Shown when the HTML budget (core/parse/budget.ts) had to simplify a page. */
  budgetCut: string;
  keyboardHelpStudent: string;
  flagsCount: string;
  noFlags: string;
  article: string;
  openFlag: string;
  flagPosition: string;
  close: string;
  severity: string;
  confidence: string;
  evidence: string;
  criteria: string;
  note: string;
  question: string;
  check: string;
  approve: string;
  edit: string;
  reject: string;
  reopen: string;
  save: string;
  cancel: string;
  noteText: string;
  notesToReview: string;
  scoreTitle: string;
  noScore: string;
  points: string;
  prompts: string;
  studentTitle: string;
  blindHint: string;
  selection: string;
  noSelection: string;
  prevSentence: string;
  nextSentence: string;
  extendSentence: string;
  useSelection: string;
  kind: string;
  yourNote: string;
  add: string;
  update: string;
  delete: string;
  editAnnotation: string;
  yourAnnotations: string;
  noAnnotations: string;
  saved: string;
  compare: string;
  hideReference: string;
  compareTitle: string;
  matched: string;
  missed: string;
  extra: string;
  scoreLine: string;
  referenceSays: string;
  exportJsonld: string;
  exportCsv: string;
  importWork: string;
  imported: string;
  importError: string;
  submit: string;
  submitted: string;
  announceFlags: string;
  announceRevealed: string;
  announceCompare: string;
  announceAdded: string;
  announceDeleted: string;
  handoutTitle: string;
  handoutFlags: string;
  handoutQuestions: string;
  otherFlags: string;
  teacherEditTitle: string;
  teacherEditHint: string;
  flagMessage: string;
  flagSeverity: string;
  evidenceLink: string;
  evidenceLabel: string;
  addFlag: string;
  dismissFlag: string;
  dismissReason: string;
  confirmDismiss: string;
  restoreFlag: string;
  restoreFlagLabel: string;
  editFlag: string;
  undo: string;
  moveEarlier: string;
  moveLater: string;
  revealOrder: string;
  dismissedTitle: string;
  detectorsSaid: string;
  instructions: string;
  lessonTitle: string;
  exportLesson: string;
  openLesson: string;
  lessonError: string;
  lessonOpened: string;
  announceDismissed: string;
  announceRestored: string;
  announceFlagAdded: string;
  announceFlagEdited: string;
  announceMoved: string;
  announceUndone: string;
  changesSummary: string;
  instructionsHeading: string;
  editError: string;
  editSaved: string;
}

const en: Translation = {
  loading: 'Loading the article…',
  analysing: 'Analysing the article…',
  errorLoad: 'Could not load {what}: {reason}',
  errorReport: 'This file is not a Loupe report: {reason}',
  errorEmpty: 'No article to show: give a report (src), an article URL (article-src) or the article text.',
  mode: 'Mode',
  modeTeacher: 'Teacher',
  modeStudent: 'Student',
  toolbar: 'Loupe tools',
  filterLegend: 'Show these kinds of flags',
  revealStart: 'Reveal flags one by one',
  revealNext: 'Reveal next flag',
  revealAll: 'Show all flags',
  revealedCount: '{n} of {total} flags shown',
  projector: 'Large text (projector)',
  print: 'Print handout',
  exportReport: 'Export report with reviewed notes',
  shortcuts: 'Single-key shortcuts',
  keyboardHelp: 'Keys: N next flag, P previous flag, Enter opens a flag, Escape closes it.',
  budgetCut: 'This page’s markup is unusually deep or large (a broken or hostile page), so Loupe simplified it before reading it: the text is kept, its layout may be off.',
  keyboardHelpStudent: 'Keys: J next sentence, K previous sentence, L extend to the next sentence, 1–4 pick a kind, T tag the passage.',
  flagsCount: '{n} flags',
  noFlags: 'No flags on this article.',
  article: 'Article',
  openFlag: '{kind}: open the explanation',
  flagPosition: 'Flag {n} of {total}',
  close: 'Close',
  severity: 'Severity',
  confidence: 'Confidence',
  evidence: 'Evidence',
  criteria: 'Rubric criteria affected',
  note: 'Teacher note',
  question: 'Question for students',
  check: 'How to check',
  approve: 'Approve',
  edit: 'Edit',
  reject: 'Reject',
  reopen: 'Reopen',
  save: 'Save',
  cancel: 'Cancel',
  noteText: 'Note',
  notesToReview: '{n} notes to review',
  scoreTitle: 'Scorecard',
  noScore: 'No rubric score for this report.',
  points: '{points} / {max}',
  prompts: 'Questions for students',
  studentTitle: 'Your annotations',
  blindHint: 'First pass: the reference flags are hidden. Select a passage, choose a kind and write why.',
  selection: 'Selected text',
  noSelection: 'Nothing selected yet: select text with the mouse, or move sentence by sentence.',
  prevSentence: 'Previous sentence',
  nextSentence: 'Next sentence',
  extendSentence: 'Extend to next sentence',
  useSelection: 'Use the text selected in the article',
  kind: 'Kind',
  yourNote: 'Your note (why?)',
  add: 'Add annotation',
  update: 'Save changes',
  delete: 'Delete',
  editAnnotation: 'Edit',
  yourAnnotations: 'Your annotations ({n})',
  noAnnotations: 'No annotations yet.',
  saved: 'Saved in this browser.',
  compare: 'Compare with the reference',
  hideReference: 'Hide the reference',
  compareTitle: 'Comparison with the reference',
  matched: 'Found',
  missed: 'Missed',
  extra: 'Extra',
  scoreLine: 'You found {matched} of {reference} reference flags ({percent} %); {extra} extra.',
  referenceSays: 'Reference',
  exportJsonld: 'Export (Web Annotation JSON-LD)',
  exportCsv: 'Export (CSV)',
  importWork: 'Import annotations',
  imported: '{n} annotations imported; {orphans} could not be placed in this article.',
  importError: 'Could not import this file: {reason}',
  submit: 'Submit',
  submitted: 'Your work was submitted.',
  announceFlags: '{n} flags shown.',
  announceRevealed: 'Flag {n} of {total}: {kind}.',
  announceCompare: 'Comparison ready: {matched} found, {missed} missed, {extra} extra.',
  announceAdded: 'Annotation added: {kind}.',
  announceDeleted: 'Annotation deleted.',
  handoutTitle: 'Handout',
  handoutFlags: 'Flags',
  handoutQuestions: 'Questions',
  otherFlags: 'Flags outside the article text',
  teacherEditTitle: "Edit the reference",
  teacherEditHint: "Select a passage (mouse, touch, or the sentence buttons and J/K/L) to add a flag; open a flag to dismiss or rewrite it. Every change is saved in this browser.",
  flagMessage: "Message",
  flagSeverity: "Severity",
  evidenceLink: "Evidence link (https://…, optional)",
  evidenceLabel: "Link label (optional)",
  addFlag: "Add flag",
  dismissFlag: "Dismiss",
  dismissReason: "Reason (optional)",
  confirmDismiss: "Dismiss this flag",
  restoreFlag: "Restore",
  restoreFlagLabel: "Restore {kind}: {quote}",
  editFlag: "Edit message and severity",
  undo: "Undo last change",
  moveEarlier: "Reveal {kind} earlier (now {n})",
  moveLater: "Reveal {kind} later (now {n})",
  revealOrder: "Reveal order",
  dismissedTitle: "Dismissed flags ({n})",
  detectorsSaid: "Detectors said ({severity}): {message}",
  instructions: "Instructions for students",
  lessonTitle: "Lesson title",
  exportLesson: "Export lesson",
  openLesson: "Open a lesson file",
  lessonError: "This lesson was not opened: {reason}. Your edits are unchanged.",
  lessonOpened: "Lesson opened: {n} reference flags.",
  announceDismissed: "Flag dismissed: {kind}. {n} reference flags.",
  announceRestored: "Flag restored: {kind}. {n} reference flags.",
  announceFlagAdded: "Flag added: {kind}. {n} reference flags.",
  announceFlagEdited: "Flag updated: {kind}.",
  announceMoved: "{kind} is now number {n} of {total} in the reveal order.",
  announceUndone: "Last change undone. {n} reference flags.",
  changesSummary: "Your changes versus the detectors: {added} added, {edited} edited, {dismissed} dismissed.",
  instructionsHeading: "Your teacher’s instructions",
  editError: "Not saved: {reason}",
  editSaved: "Saved in this browser.",
};

const fr: Translation = {
  loading: 'Chargement de l’article…',
  analysing: 'Analyse de l’article…',
  errorLoad: 'Impossible de charger {what} : {reason}',
  errorReport: 'Ce fichier n’est pas un rapport Loupe : {reason}',
  errorEmpty: 'Aucun article à afficher : donnez un rapport (src), l’URL d’un article (article-src) ou le texte de l’article.',
  mode: 'Mode',
  modeTeacher: 'Enseignant',
  modeStudent: 'Élève',
  toolbar: 'Outils Loupe',
  filterLegend: 'Afficher ces types de signalements',
  revealStart: 'Révéler les signalements un par un',
  revealNext: 'Révéler le signalement suivant',
  revealAll: 'Afficher tous les signalements',
  revealedCount: '{n} signalements affichés sur {total}',
  projector: 'Grand texte (projecteur)',
  print: 'Imprimer la fiche',
  exportReport: 'Exporter le rapport avec les notes relues',
  shortcuts: 'Raccourcis à une touche',
  keyboardHelp: 'Touches : N signalement suivant, P précédent, Entrée ouvre un signalement, Échap le ferme.',
  budgetCut: 'Le balisage de cette page est anormalement profond ou volumineux (page cassée ou piégée) : Loupe l’a simplifié avant de la lire. Le texte est conservé, sa mise en page peut différer.',
  keyboardHelpStudent: 'Touches : J phrase suivante, K phrase précédente, L étendre à la phrase suivante, 1 à 4 choisir un type, T annoter le passage.',
  flagsCount: '{n} signalements',
  noFlags: 'Aucun signalement sur cet article.',
  article: 'Article',
  openFlag: '{kind} : ouvrir l’explication',
  flagPosition: 'Signalement {n} sur {total}',
  close: 'Fermer',
  severity: 'Gravité',
  confidence: 'Confiance',
  evidence: 'Indices',
  criteria: 'Critères de la grille concernés',
  note: 'Note de l’enseignant',
  question: 'Question pour les élèves',
  check: 'Comment vérifier',
  approve: 'Approuver',
  edit: 'Modifier',
  reject: 'Rejeter',
  reopen: 'Rouvrir',
  save: 'Enregistrer',
  cancel: 'Annuler',
  noteText: 'Note',
  notesToReview: '{n} notes à relire',
  scoreTitle: 'Grille d’évaluation',
  noScore: 'Pas de note de grille pour ce rapport.',
  points: '{points} / {max}',
  prompts: 'Questions pour les élèves',
  studentTitle: 'Vos annotations',
  blindHint: 'Première lecture : les signalements de référence sont cachés. Sélectionnez un passage, choisissez un type et expliquez pourquoi.',
  selection: 'Texte sélectionné',
  noSelection: 'Rien de sélectionné : sélectionnez du texte à la souris, ou avancez phrase par phrase.',
  prevSentence: 'Phrase précédente',
  nextSentence: 'Phrase suivante',
  extendSentence: 'Étendre à la phrase suivante',
  useSelection: 'Prendre le texte sélectionné dans l’article',
  kind: 'Type',
  yourNote: 'Votre note (pourquoi ?)',
  add: 'Ajouter l’annotation',
  update: 'Enregistrer les modifications',
  delete: 'Supprimer',
  editAnnotation: 'Modifier',
  yourAnnotations: 'Vos annotations ({n})',
  noAnnotations: 'Pas encore d’annotation.',
  saved: 'Enregistré dans ce navigateur.',
  compare: 'Comparer avec la référence',
  hideReference: 'Masquer la référence',
  compareTitle: 'Comparaison avec la référence',
  matched: 'Trouvés',
  missed: 'Manqués',
  extra: 'En plus',
  scoreLine: 'Vous avez trouvé {matched} signalements de référence sur {reference} ({percent} %) ; {extra} en plus.',
  referenceSays: 'Référence',
  exportJsonld: 'Exporter (Web Annotation JSON-LD)',
  exportCsv: 'Exporter (CSV)',
  importWork: 'Importer des annotations',
  imported: '{n} annotations importées ; {orphans} introuvables dans cet article.',
  importError: 'Import impossible : {reason}',
  submit: 'Rendre le travail',
  submitted: 'Votre travail a été rendu.',
  announceFlags: '{n} signalements affichés.',
  announceRevealed: 'Signalement {n} sur {total} : {kind}.',
  announceCompare: 'Comparaison prête : {matched} trouvés, {missed} manqués, {extra} en plus.',
  announceAdded: 'Annotation ajoutée : {kind}.',
  announceDeleted: 'Annotation supprimée.',
  handoutTitle: 'Fiche',
  handoutFlags: 'Signalements',
  handoutQuestions: 'Questions',
  otherFlags: 'Signalements hors du texte de l’article',
  teacherEditTitle: "Modifier la référence",
  teacherEditHint: "Sélectionnez un passage (souris, toucher, ou les boutons de phrase et J/K/L) pour ajouter un signalement ; ouvrez un signalement pour l’écarter ou le réécrire. Chaque modification est enregistrée dans ce navigateur.",
  flagMessage: "Message",
  flagSeverity: "Gravité",
  evidenceLink: "Lien vers une preuve (https://…, facultatif)",
  evidenceLabel: "Libellé du lien (facultatif)",
  addFlag: "Ajouter le signalement",
  dismissFlag: "Écarter",
  dismissReason: "Raison (facultatif)",
  confirmDismiss: "Écarter ce signalement",
  restoreFlag: "Rétablir",
  restoreFlagLabel: "Rétablir {kind} : {quote}",
  editFlag: "Modifier le message et la gravité",
  undo: "Annuler la dernière modification",
  moveEarlier: "Révéler {kind} plus tôt (position {n})",
  moveLater: "Révéler {kind} plus tard (position {n})",
  revealOrder: "Ordre de révélation",
  dismissedTitle: "Signalements écartés ({n})",
  detectorsSaid: "Les détecteurs disaient ({severity}) : {message}",
  instructions: "Consignes pour les élèves",
  lessonTitle: "Titre de la leçon",
  exportLesson: "Exporter la leçon",
  openLesson: "Ouvrir un fichier de leçon",
  lessonError: "Cette leçon n’a pas été ouverte : {reason}. Vos modifications sont intactes.",
  lessonOpened: "Leçon ouverte : {n} signalements de référence.",
  announceDismissed: "Signalement écarté : {kind}. {n} signalements de référence.",
  announceRestored: "Signalement rétabli : {kind}. {n} signalements de référence.",
  announceFlagAdded: "Signalement ajouté : {kind}. {n} signalements de référence.",
  announceFlagEdited: "Signalement modifié : {kind}.",
  announceMoved: "{kind} est maintenant en position {n} sur {total} dans l’ordre de révélation.",
  announceUndone: "Dernière modification annulée. {n} signalements de référence.",
  changesSummary: "Vos modifications par rapport aux détecteurs : {added} ajouté(s), {edited} modifié(s), {dismissed} écarté(s).",
  instructionsHeading: "Consignes de votre enseignant",
  editError: "Non enregistré : {reason}",
  editSaved: "Enregistré dans ce navigateur.",
};

const es: Translation = {
  loading: 'Cargando el artículo…',
  analysing: 'Analizando el artículo…',
  errorLoad: 'No se pudo cargar {what}: {reason}',
  errorReport: 'Este archivo no es un informe de Loupe: {reason}',
  errorEmpty: 'No hay artículo que mostrar: indique un informe (src), la URL de un artículo (article-src) o el texto del artículo.',
  mode: 'Modo',
  modeTeacher: 'Docente',
  modeStudent: 'Estudiante',
  toolbar: 'Herramientas de Loupe',
  filterLegend: 'Mostrar estos tipos de señales',
  revealStart: 'Revelar las señales una a una',
  revealNext: 'Revelar la señal siguiente',
  revealAll: 'Mostrar todas las señales',
  revealedCount: '{n} de {total} señales visibles',
  projector: 'Texto grande (proyector)',
  print: 'Imprimir la ficha',
  exportReport: 'Exportar el informe con las notas revisadas',
  shortcuts: 'Atajos de una tecla',
  keyboardHelp: 'Teclas: N señal siguiente, P anterior, Intro abre una señal, Escape la cierra.',
  budgetCut: 'El marcado de esta página es anormalmente profundo o voluminoso (página rota u hostil): Loupe lo simplificó antes de leerla. El texto se conserva; su disposición puede variar.',
  keyboardHelpStudent: 'Teclas: J frase siguiente, K frase anterior, L ampliar a la frase siguiente, 1 a 4 elegir un tipo, T anotar el pasaje.',
  flagsCount: '{n} señales',
  noFlags: 'Ninguna señal en este artículo.',
  article: 'Artículo',
  openFlag: '{kind}: abrir la explicación',
  flagPosition: 'Señal {n} de {total}',
  close: 'Cerrar',
  severity: 'Gravedad',
  confidence: 'Confianza',
  evidence: 'Indicios',
  criteria: 'Criterios de la rúbrica afectados',
  note: 'Nota del docente',
  question: 'Pregunta para los estudiantes',
  check: 'Cómo verificar',
  approve: 'Aprobar',
  edit: 'Editar',
  reject: 'Rechazar',
  reopen: 'Reabrir',
  save: 'Guardar',
  cancel: 'Cancelar',
  noteText: 'Nota',
  notesToReview: '{n} notas por revisar',
  scoreTitle: 'Rúbrica',
  noScore: 'Este informe no tiene puntuación de rúbrica.',
  points: '{points} / {max}',
  prompts: 'Preguntas para los estudiantes',
  studentTitle: 'Tus anotaciones',
  blindHint: 'Primera lectura: las señales de referencia están ocultas. Selecciona un pasaje, elige un tipo y explica por qué.',
  selection: 'Texto seleccionado',
  noSelection: 'Nada seleccionado: selecciona texto con el ratón o avanza frase por frase.',
  prevSentence: 'Frase anterior',
  nextSentence: 'Frase siguiente',
  extendSentence: 'Ampliar a la frase siguiente',
  useSelection: 'Usar el texto seleccionado en el artículo',
  kind: 'Tipo',
  yourNote: 'Tu nota (¿por qué?)',
  add: 'Añadir anotación',
  update: 'Guardar cambios',
  delete: 'Eliminar',
  editAnnotation: 'Editar',
  yourAnnotations: 'Tus anotaciones ({n})',
  noAnnotations: 'Todavía no hay anotaciones.',
  saved: 'Guardado en este navegador.',
  compare: 'Comparar con la referencia',
  hideReference: 'Ocultar la referencia',
  compareTitle: 'Comparación con la referencia',
  matched: 'Encontradas',
  missed: 'No encontradas',
  extra: 'De más',
  scoreLine: 'Encontraste {matched} de {reference} señales de referencia ({percent} %); {extra} de más.',
  referenceSays: 'Referencia',
  exportJsonld: 'Exportar (Web Annotation JSON-LD)',
  exportCsv: 'Exportar (CSV)',
  importWork: 'Importar anotaciones',
  imported: '{n} anotaciones importadas; {orphans} no se pudieron ubicar en este artículo.',
  importError: 'No se pudo importar: {reason}',
  submit: 'Entregar',
  submitted: 'Tu trabajo fue entregado.',
  announceFlags: '{n} señales visibles.',
  announceRevealed: 'Señal {n} de {total}: {kind}.',
  announceCompare: 'Comparación lista: {matched} encontradas, {missed} no encontradas, {extra} de más.',
  announceAdded: 'Anotación añadida: {kind}.',
  announceDeleted: 'Anotación eliminada.',
  handoutTitle: 'Ficha',
  handoutFlags: 'Señales',
  handoutQuestions: 'Preguntas',
  otherFlags: 'Señales fuera del texto del artículo',
  teacherEditTitle: "Editar la referencia",
  teacherEditHint: "Selecciona un pasaje (ratón, toque, o los botones de frase y J/K/L) para añadir una señal; abre una señal para descartarla o reescribirla. Cada cambio se guarda en este navegador.",
  flagMessage: "Mensaje",
  flagSeverity: "Gravedad",
  evidenceLink: "Enlace a una prueba (https://…, opcional)",
  evidenceLabel: "Texto del enlace (opcional)",
  addFlag: "Añadir la señal",
  dismissFlag: "Descartar",
  dismissReason: "Motivo (opcional)",
  confirmDismiss: "Descartar esta señal",
  restoreFlag: "Restablecer",
  restoreFlagLabel: "Restablecer {kind}: {quote}",
  editFlag: "Editar el mensaje y la gravedad",
  undo: "Deshacer el último cambio",
  moveEarlier: "Mostrar {kind} antes (posición {n})",
  moveLater: "Mostrar {kind} después (posición {n})",
  revealOrder: "Orden de revelación",
  dismissedTitle: "Señales descartadas ({n})",
  detectorsSaid: "Los detectores decían ({severity}): {message}",
  instructions: "Instrucciones para el alumnado",
  lessonTitle: "Título de la lección",
  exportLesson: "Exportar la lección",
  openLesson: "Abrir un archivo de lección",
  lessonError: "Esta lección no se abrió: {reason}. Tus cambios siguen intactos.",
  lessonOpened: "Lección abierta: {n} señales de referencia.",
  announceDismissed: "Señal descartada: {kind}. {n} señales de referencia.",
  announceRestored: "Señal restablecida: {kind}. {n} señales de referencia.",
  announceFlagAdded: "Señal añadida: {kind}. {n} señales de referencia.",
  announceFlagEdited: "Señal modificada: {kind}.",
  announceMoved: "{kind} está ahora en la posición {n} de {total} en el orden de revelación.",
  announceUndone: "Último cambio deshecho. {n} señales de referencia.",
  changesSummary: "Tus cambios respecto a los detectores: {added} añadida(s), {edited} modificada(s), {dismissed} descartada(s).",
  instructionsHeading: "Instrucciones de tu docente",
  editError: "No guardado: {reason}",
  editSaved: "Guardado en este navegador.",
};

export const TRANSLATIONS: Record<Lang, Translation> = { fr, en, es };
