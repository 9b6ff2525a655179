export * from './types.js';
export * from './compare.js';
export * from './webannotation.js';
export * from './csv.js';
export * from './storage.js';
export * from './sentences.js';
