import { detectors } from '../detectors/index.js';
import type { KnownMessages } from './schema.js';

/** Message ids each kind's detectors can emit (kinds whose detectors declare none are not checked). */
export function knownMessages(): KnownMessages {
  const out: Record<string, Set<string>> = {};
  for (const d of detectors)
    for (const k of d.meta.kinds) {
      const set = (out[k] ??= new Set());
      for (const m of Object.keys(d.meta.messages)) set.add(m);
    }
  for (const k of Object.keys(out)) if (out[k]!.size === 0) delete out[k];
  return out as KnownMessages;
}
