export * from './article.js';
export * from './annotation.js';
export * from './report.js';
export * from './selectors.js';
