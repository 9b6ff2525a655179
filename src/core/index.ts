export * from './model/index.js';
export { analyze, analyzeArticle, VERSION, type AnalyzeOptions } from './analyze.js';
export { parseArticle, decodeBytes, guessFormat, normalizeText, MAX_INPUT_CHARS, type ParseOptions, type DocumentParser } from './parse/index.js';
export { detectors } from './detectors/index.js';
export type { Detector, DetectorMeta, DetectContext, Finding } from './detectors/index.js';
export { InputError } from './errors.js';
export { localize, format, type Localized } from './i18n.js';
