/**
 * Host handling for the outlet registry. A registered host matches itself and its subdomains
 * (`presstv.ir` ← `french.presstv.ir`), never a look-alike: `france24-tv.com`, `sputniknews.com.fake-site.net`
 * and `presstv.ir.mirror.example.org` resolve to nothing because matching walks the labels from the right.
 */

/** Lower-case, no trailing dot, no port, no `www.` prefix. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\d?\./, '');
}

/** `youtube.com/channel` → { host: 'youtube.com', path: '/channel' }. */
export function splitHostPattern(pattern: string): { host: string; path: string } {
  const i = pattern.indexOf('/');
  return i < 0 ? { host: pattern, path: '' } : { host: pattern.slice(0, i), path: pattern.slice(i).toLowerCase() };
}

const SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A bare host: labels of letters, digits, hyphens; a final alphabetic label of 2+ letters. */
const BARE_HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\.?(?::\d+)?(?:[/?#].*)?$/i;

/**
 * The host and path of a URL or of a bare host ("presstv.ir/fr", "www.rt.com"), or null when the input is not one.
 * Internationalised names come back in punycode (the URL parser's form).
 */
export function hostOf(input: string): { host: string; path: string } | null {
  const s = input.trim();
  if (!s || /\s/.test(s)) return null;
  let candidate = s;
  if (!SCHEME_RE.test(s)) {
    if (!BARE_HOST_RE.test(s)) return null;
    candidate = `http://${s}`;
  } else if (!/^https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(candidate);
    if (!u.hostname || !u.hostname.includes('.')) return null;
    return { host: normalizeHost(u.hostname), path: u.pathname.toLowerCase() };
  } catch {
    return null;
  }
}

/** True when `path` starts with the pattern path at a segment boundary. */
export function pathMatches(path: string, prefix: string): boolean {
  if (!prefix) return true;
  const p = prefix.replace(/\/+$/, '');
  return path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`);
}

/** Every suffix of a host at label boundaries, longest first: a.b.c → a.b.c, b.c, c. */
export function hostSuffixes(host: string): string[] {
  const out: string[] = [];
  for (let h = host; h; ) {
    out.push(h);
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  return out;
}
