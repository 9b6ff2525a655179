/**
 * Where student work may be posted: the origin the page set (`submit-origin`), else the embedding page's origin as
 * the referrer gives it, else any (a page without a referrer policy that allows it).
 */
export function submitTarget(explicit: string | undefined, referrer: string = typeof document === 'undefined' ? '' : document.referrer): string {
  for (const candidate of [explicit, referrer]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.origin;
    } catch {
      /* not a URL: try the next */
    }
  }
  return '*';
}
