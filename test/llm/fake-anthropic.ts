/**
 * A fake Anthropic Messages API on 127.0.0.1 (random port) that the REAL SDK client talks to through `baseURL`.
 * It records every request and answers according to a queue of behaviours (then `fallback`):
 *   valid · unknown-id · invented-quote · wrong-lang · malformed · refusal · status (429 + retry-after, 5xx, 401…)
 *   · slow · invalid-item — plus the Message Batches endpoints (create, retrieve, results as JSONL).
 * Valid answers are built from the request itself: one note per annotation id found in <annotations>, in the
 * language named in the user turn, quoting the start of each annotation's quote.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behavior =
  | { kind: 'valid' }
  | { kind: 'unknown-id' }
  | { kind: 'invented-quote' }
  | { kind: 'wrong-lang' }
  | { kind: 'invalid-item' }
  | { kind: 'malformed' }
  | { kind: 'refusal' }
  | { kind: 'status'; status: number; type?: string; retryAfterMs?: number; message?: string }
  | { kind: 'slow'; ms: number; then?: Behavior };

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  raw: string;
}

export interface FakeAnthropic {
  url: string;
  requests: Recorded[];
  /** Behaviours for the next /v1/messages calls, consumed in order. */
  queue: Behavior[];
  fallback: Behavior;
  /** Batches: how many retrieve calls answer in_progress before ended. */
  pollsBeforeEnd: number;
  /** Batch results by request index: behaviour or 'errored' / 'expired'. */
  batchResults: Record<number, Behavior | 'errored' | 'expired'>;
  messageCalls(): Recorded[];
  close(): Promise<void>;
}

const TEMPLATES: Record<string, (q: string) => { text: string; question: string; check: string }> = {
  fr: (q) => ({
    text: `Ce passage mérite une vérification : « ${q} ». Le lecteur doit se demander d'où vient cette information et qui la publie. Une source nommée permettrait de juger la fiabilité du propos.`,
    question: 'Qui affirme cela, et comment pourrait-on le vérifier ?',
    check: "Cherchez le nom du média dans une encyclopédie en ligne et comparez avec d'autres journaux qui couvrent le même événement.",
  }),
  en: (q) => ({
    text: `This passage deserves a check: "${q}". Readers should ask where this information comes from and who publishes it. A named source would let them judge how reliable the statement is.`,
    question: 'Who says this, and how could we check it?',
    check: 'Look the outlet up in an online encyclopedia and compare with other newspapers covering the same event.',
  }),
  es: (q) => ({
    text: `Este pasaje merece una verificación: «${q}». El lector debe preguntarse de dónde viene esta información y quién la publica. Una fuente con nombre permitiría juzgar la fiabilidad de lo dicho.`,
    question: '¿Quién afirma esto y cómo podríamos comprobarlo?',
    check: 'Busque el nombre del medio en una enciclopedia en línea y compare con otros periódicos que cubren el mismo hecho.',
  }),
};

const INVENTED: Record<string, string> = {
  fr: 'le ministre a reconnu avoir menti aux journalistes',
  en: 'the minister admitted lying to reporters',
  es: 'el ministro reconoció haber mentido a los periodistas',
};

function firstWords(s: string, n: number): string {
  return s.split(/\s+/).slice(0, n).join(' ').replace(/[«»"“”]/g, '').trim();
}

/** Parse what the prompt carries: language code, annotation list. */
export function readPrompt(body: any): { lang: string; annotations: { id: string; quote: string }[]; user: string } {
  const user: string = typeof body?.messages?.[0]?.content === 'string' ? body.messages[0].content : JSON.stringify(body?.messages?.[0]?.content ?? '');
  const lang = /language code "(\w+)"/.exec(user)?.[1] ?? 'en';
  const m = /<annotations>\n([\s\S]*?)\n<\/annotations>/.exec(user);
  const annotations = m ? (JSON.parse(m[1]!) as { id: string; quote: string }[]) : [];
  return { lang, annotations, user };
}

function notesFor(body: any, behavior: Behavior): string {
  const { lang, annotations } = readPrompt(body);
  const tpl = TEMPLATES[behavior.kind === 'wrong-lang' ? (lang === 'en' ? 'fr' : 'en') : lang] ?? TEMPLATES.en!;
  const notes: any[] = annotations.map((a) => {
    const q = firstWords(a.quote, 6);
    return { annotationId: a.id, ...tpl(q), quotes: q ? [q] : [] };
  });
  if (behavior.kind === 'unknown-id') notes.push({ annotationId: 'state-media:999990-999999', ...tpl(''), quotes: [] });
  if (behavior.kind === 'invented-quote' && notes[0]) {
    const inv = INVENTED[lang] ?? INVENTED.en!;
    notes[0] = { ...notes[0], text: `${notes[0].text} « ${inv} ».`, quotes: [...notes[0].quotes, inv] };
  }
  if (behavior.kind === 'invalid-item' && notes[0]) notes[0] = { annotationId: notes[0].annotationId, text: 42 };
  return JSON.stringify({ notes });
}

const approxTokens = (s: string) => Math.ceil(s.length / 4);

function message(body: any, behavior: Behavior, seenSystem: Set<string>, n: number) {
  const systemText = (body?.system ?? []).map((b: any) => b.text).join('');
  const cacheHit = seenSystem.has(systemText);
  seenSystem.add(systemText);
  let text: string;
  let stop = 'end_turn';
  if (behavior.kind === 'malformed') text = '{"notes": [{"annotationId": "x", "text": "unterminated';
  else if (behavior.kind === 'refusal') {
    text = '';
    stop = 'refusal';
  } else text = notesFor(body, behavior);
  const userText = JSON.stringify(body?.messages ?? '');
  return {
    id: `msg_fake_${n}`,
    type: 'message',
    role: 'assistant',
    model: body?.model ?? 'unknown',
    content: text ? [{ type: 'text', text }] : [],
    stop_reason: stop,
    stop_sequence: null,
    usage: {
      input_tokens: approxTokens(userText),
      output_tokens: approxTokens(text),
      cache_creation_input_tokens: cacheHit ? 0 : approxTokens(systemText),
      cache_read_input_tokens: cacheHit ? approxTokens(systemText) : 0,
    },
  };
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake', ...headers });
  res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
}

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const requests: Recorded[] = [];
  const seenSystem = new Set<string>();
  const batches = new Map<string, { requests: any[]; polls: number; created: string }>();
  let n = 0;
  const fake: FakeAnthropic = {
    url: '',
    requests,
    queue: [],
    fallback: { kind: 'valid' },
    pollsBeforeEnd: 0,
    batchResults: {},
    messageCalls: () => requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages'),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };

  const batchObject = (id: string, b: { requests: any[]; polls: number; created: string }, ended: boolean) => ({
    id,
    type: 'message_batch',
    processing_status: ended ? 'ended' : 'in_progress',
    request_counts: {
      processing: ended ? 0 : b.requests.length,
      succeeded: ended ? b.requests.filter((_, i) => typeof fake.batchResults[i] !== 'string').length : 0,
      errored: ended ? b.requests.filter((_, i) => fake.batchResults[i] === 'errored').length : 0,
      canceled: 0,
      expired: ended ? b.requests.filter((_, i) => fake.batchResults[i] === 'expired').length : 0,
    },
    created_at: b.created,
    ended_at: ended ? new Date().toISOString() : null,
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    archived_at: null,
    cancel_initiated_at: null,
    results_url: ended ? `${fake.url}/v1/messages/batches/${id}/results` : null,
  });

  const respond = (req: IncomingMessage, res: ServerResponse, rec: Recorded, behavior: Behavior): void => {
    if (behavior.kind === 'slow') {
      const t = setTimeout(() => respond(req, res, rec, behavior.then ?? { kind: 'valid' }), behavior.ms);
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (behavior.kind === 'status') {
      const headers: Record<string, string> = {};
      if (behavior.retryAfterMs !== undefined) {
        headers['retry-after-ms'] = String(behavior.retryAfterMs);
        headers['retry-after'] = String(Math.max(1, Math.ceil(behavior.retryAfterMs / 1000)));
      }
      const type = behavior.type ?? (behavior.status === 429 ? 'rate_limit_error' : behavior.status >= 500 ? 'api_error' : 'invalid_request_error');
      send(res, behavior.status, { type: 'error', error: { type, message: behavior.message ?? `fake ${behavior.status}` } }, headers);
      return;
    }
    send(res, 200, message(rec.body, behavior, seenSystem, ++n));
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const path = (req.url ?? '').split('?')[0]!;
      const rec: Recorded = { method: req.method ?? '', path, headers: req.headers, body, raw };
      requests.push(rec);
      if (req.method === 'POST' && path === '/v1/messages') return respond(req, res, rec, fake.queue.shift() ?? fake.fallback);
      if (req.method === 'POST' && path === '/v1/messages/batches') {
        const queued = fake.queue[0];
        if (queued && queued.kind === 'status') {
          fake.queue.shift();
          return respond(req, res, rec, queued);
        }
        const id = `msgbatch_fake_${batches.size + 1}`;
        const b = { requests: body?.requests ?? [], polls: 0, created: new Date().toISOString() };
        batches.set(id, b);
        return send(res, 200, batchObject(id, b, false));
      }
      const m = /^\/v1\/messages\/batches\/([\w-]+)(\/results)?$/.exec(path);
      if (req.method === 'GET' && m) {
        const b = batches.get(m[1]!);
        if (!b) return send(res, 404, { type: 'error', error: { type: 'not_found_error', message: 'no such batch' } });
        if (!m[2]) {
          const ended = b.polls >= fake.pollsBeforeEnd;
          b.polls++;
          return send(res, 200, batchObject(m[1]!, b, ended));
        }
        const lines = b.requests.map((r: any, i: number) => {
          const spec = fake.batchResults[i] ?? { kind: 'valid' };
          if (spec === 'errored') return { custom_id: r.custom_id, result: { type: 'errored', error: { type: 'error', error: { type: 'api_error', message: 'fake' } } } };
          if (spec === 'expired') return { custom_id: r.custom_id, result: { type: 'expired' } };
          return { custom_id: r.custom_id, result: { type: 'succeeded', message: message(r.params, spec, seenSystem, ++n) } };
        });
        // Results come in any order: reverse them.
        res.writeHead(200, { 'content-type': 'application/binary' });
        return res.end(lines.reverse().map((l: unknown) => JSON.stringify(l)).join('\n') + '\n');
      }
      send(res, 404, { type: 'error', error: { type: 'not_found_error', message: `no route ${req.method} ${path}` } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
