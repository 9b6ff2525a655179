export { OutletRegistry, createRegistry, loadRegistry, lookupOutlet, type AliasRule, type OutletMatch } from './registry.js';
export { findOutletMentions, type OutletMention, type MentionCue, type FindOptions } from './mentions.js';
export { hostOf, normalizeHost } from './hosts.js';
export { TYPOLOGY, TYPOLOGY_CODES, TYPOLOGY_SOURCE, isStateMedia, type TypologyCode, type TypologyInfo } from './typology.js';
export { OutletEntry, RegistryFile, CuratedFile, type OutletEntryT, type Localized } from './schema.js';
export { checkRegistryData, type RegistryCheck, type RegistryProblem } from './check.js';
