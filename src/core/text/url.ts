/** An http(s) URL as a string, or null: `javascript:`, `data:` and anything unparsable never become links. */
export function safeUrl(u: string | undefined | null): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
