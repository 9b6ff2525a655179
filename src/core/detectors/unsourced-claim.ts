import type { Detector } from './types.js';

/** `unsourced-claim` — placeholder until its issue lands (the detector's owner replaces this file). */
export const unsourcedClaim: Detector = {
  meta: {
    id: 'unsourced-claim',
    kinds: ['unsourced-claim'],
    docs: { description: { fr: 'unsourced-claim', en: 'unsourced-claim', es: 'unsourced-claim' } },
    messages: {},
  },
  detect() {},
};
