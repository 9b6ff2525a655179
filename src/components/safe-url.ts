export { safeUrl } from '../core/text/url.js';
