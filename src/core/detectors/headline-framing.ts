import type { Detector } from './types.js';

/** `headline-framing` — placeholder until its issue lands (the detector's owner replaces this file). */
export const headlineFraming: Detector = {
  meta: {
    id: 'headline-framing',
    kinds: ['headline-framing'],
    docs: { description: { fr: 'headline-framing', en: 'headline-framing', es: 'headline-framing' } },
    messages: {},
  },
  detect() {},
};
