export { analyzeHeadline, analyzeHeadlineWith, FRAMED_AT, type HeadlineAnalysis, type HeadlineCue, type HeadlineOptions } from './analyze.js';
export { loadLexicon, compileLexicon, type Lexicon, type LexiconFile, type Technique } from './lexicon.js';
export { TECHNIQUE_LABELS, cueTemplate, type CueForm } from './messages.js';
export { checkSupport, MIN_BODY_WORDS } from './support.js';
