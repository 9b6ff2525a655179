import type { Detector } from './types.js';

/** `state-media` — placeholder until its issue lands (the detector's owner replaces this file). */
export const stateMedia: Detector = {
  meta: {
    id: 'state-media',
    kinds: ['state-media'],
    docs: { description: { fr: 'state-media', en: 'state-media', es: 'state-media' } },
    messages: {},
  },
  detect() {},
};
