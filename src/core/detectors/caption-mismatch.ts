import type { Detector } from './types.js';

/** `caption-mismatch` — placeholder until its issue lands (the detector's owner replaces this file). */
export const captionMismatch: Detector = {
  meta: {
    id: 'caption-mismatch',
    kinds: ['caption-mismatch'],
    docs: { description: { fr: 'caption-mismatch', en: 'caption-mismatch', es: 'caption-mismatch' } },
    messages: {},
  },
  detect() {},
};
