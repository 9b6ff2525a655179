import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { decodeBytes, MAX_INPUT_CHARS } from '../core/parse/index.js';

export { processIO, type IO } from './process-io.js';
import type { IO } from './process-io.js';

type ParseHTML = (html: string) => { document: unknown };
let parseHTML: ParseHTML | undefined;

/**
 * A DOM for HTML input in Node (linkedom: fast, executes nothing). linkedom is loaded on the first HTML input
 * only (synchronously, through require), so text and JSON articles never pay for it.
 */
export function parseDocument(html: string): Document {
  parseHTML ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: ParseHTML }).parseHTML;
  const { document } = parseHTML(html) as { document: Document };
  // Without an <html> tag linkedom makes the first element the root (a <script> or <title>, which the HTML
  // front-end removes, leaving no root at all): give the page a root, as browsers do.
  if (document.documentElement?.localName === 'html') return document;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

export const FETCH_TIMEOUT_MS = 15_000;
const MAX_BYTES = MAX_INPUT_CHARS * 2;

/** Fetch an article URL with a timeout and a size cap; errors are one line naming the URL. */
export async function fetchUrl(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<{ bytes: Uint8Array; contentType: string }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html,application/json,text/plain;q=0.9,*/*;q=0.5', 'user-agent': 'loupe/0.1 (+media literacy annotator)' } });
  } catch (e) {
    const err = e as { name?: string; cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new InputError(`no answer within ${timeoutMs / 1000} s (timed out)`, url);
    throw new InputError(`could not fetch (${err.cause?.code ?? err.cause?.message ?? (e instanceof Error ? e.message : String(e))})`, url);
  }
  if (!res.ok) throw new InputError(`the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, url);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) throw new InputError(`too large (${(declared / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`, url);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > MAX_BYTES) throw new InputError(`too large (over ${MAX_BYTES / 1048576} MB)`, url);
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`the download failed (${e instanceof Error ? e.message : String(e)})`, url);
  }
  return { bytes: Buffer.concat(chunks), contentType: res.headers.get('content-type') ?? '' };
}

/** Read a file, `-` (stdin) or an http(s) URL, decoded to text. */
export async function readInput(arg: string, io: IO): Promise<{ text: string; where: string; url?: string; format?: 'html' | 'json' | 'text'; warning?: string }> {
  if (/^https?:\/\//i.test(arg)) {
    const t = Number(io.env.LOUPE_FETCH_TIMEOUT_MS);
    const { bytes, contentType } = await fetchUrl(arg, t > 0 ? t : FETCH_TIMEOUT_MS);
    const { text, warning } = decodeBytes(bytes, arg);
    const format = /html/i.test(contentType) ? 'html' : /json/i.test(contentType) ? 'json' : undefined;
    return { text, where: arg, url: arg, format, warning };
  }
  if (arg === '-') {
    const { text, warning } = decodeBytes(await io.readStdin(), 'stdin');
    return { text, where: 'stdin', warning };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, arg));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(why, arg);
  }
  if (bytes.length > MAX_BYTES) throw new InputError(`too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`, arg);
  const { text, warning } = decodeBytes(bytes, arg);
  const format = /\.html?$/i.test(arg) ? 'html' : /\.json$/i.test(arg) ? 'json' : /\.txt$/i.test(arg) ? 'text' : undefined;
  return { text, where: arg, format, warning };
}
