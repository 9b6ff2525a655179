import type { Detector } from './types.js';
import { transparency } from './transparency.js';
import { stateMedia } from './state-media.js';
import { captionMismatch } from './caption-mismatch.js';
import { headlineFraming } from './headline-framing.js';
import { unsourcedClaim } from './unsourced-claim.js';

export type { Detector, DetectorMeta, DetectContext, Finding } from './types.js';

/** Every detector, in run order: later detectors may read earlier ones' findings (ctx.findings). */
export const detectors: readonly Detector[] = [transparency, stateMedia, captionMismatch, headlineFraming, unsourcedClaim];
