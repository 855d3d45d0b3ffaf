/**
 * A local double of Slack for end-to-end tests, on 127.0.0.1: the Web API (`POST /api/<method>`,
 * form-encoded or JSON, Bearer token) and response URLs (`POST /respond/<id>`). Every call is recorded;
 * `next(kind)` resolves when the next call of that kind arrives, so tests wait on events, never on time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `respond`. */
  kind: string;
  path: string;
  body: Record<string, unknown>;
  /** performance.now() when the request was fully received. */
  receivedAt: number;
  /** chat.postMessage: the `ts` the double gave the new message. */
  ts?: string;
}

export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export const BOT_USER_ID = 'UBOT';

export class SlackDouble {
  readonly calls: RecordedCall[] = [];
  private readonly cursors = new Map<string, number>();
  private readonly waiters: Array<() => void> = [];
  private readonly failures = new Map<string, ScriptedFailure[]>();
  private held: Array<() => void> | undefined;
  private server: Server | undefined;
  baseUrl = '';
  /** Socket Mode: the WebSocket URL `apps.connections.open` hands out. */
  socketUrl = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.baseUrl}/respond/${id}`;
  }

  /** The next Web API call answers with this failure instead of `ok: true`. */
  failNext(kind: string, failure: ScriptedFailure): void {
    this.failures.set(kind, [...(this.failures.get(kind) ?? []), failure]);
  }

  /** Holds response-URL answers until `release()`: proves the ack did not wait for the content. */
  hold(): void {
    this.held = [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const answer of held) answer();
  }

  /** Resolves with the next call of `kind` not yet returned by `next`. */
  async next(kind: string): Promise<RecordedCall> {
    for (;;) {
      const from = this.cursors.get(kind) ?? 0;
      const index = this.calls.findIndex((call, i) => i >= from && call.kind === kind);
      if (index >= 0) {
        this.cursors.set(kind, index + 1);
        return this.calls[index] as RecordedCall;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Calls of `kind` so far. */
  of(kind: string): RecordedCall[] {
    return this.calls.filter((call) => call.kind === kind);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const isJson = (req.headers['content-type'] ?? '').includes('json');
    const body = isJson ? (JSON.parse(raw || '{}') as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
    const path = req.url ?? '';
    const kind = path.startsWith('/respond/') ? 'respond' : path.replace(/^\/api\//, '');
    // Slack sends blocks form-encoded as a JSON string.
    for (const field of ['blocks', 'metadata']) if (typeof body[field] === 'string') body[field] = JSON.parse(body[field] as string);

    const answer = () => {
      const failure = this.failures.get(kind)?.shift();
      if (failure) {
        res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
        res.end(JSON.stringify(failure.body));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (kind === 'auth.test') res.end(JSON.stringify({ ok: true, user_id: BOT_USER_ID, bot_id: 'BBOT', team_id: 'T1', user: 'brief' }));
      else if (kind === 'respond') res.end('{}');
      else if (kind === 'apps.connections.open') res.end(JSON.stringify({ ok: true, url: this.socketUrl }));
      else if (kind === 'conversations.history') {
        // The channel's history: what the bot posted there, newest first, metadata included.
        const posted = this.of('chat.postMessage').filter((call) => call.body.channel === body.channel);
        res.end(JSON.stringify({ ok: true, messages: posted.reverse().map((call) => ({ type: 'message', text: call.body.text, metadata: call.body.metadata })) }));
      }
      else res.end(JSON.stringify({ ok: true, channel: body.channel, ts: call.ts ?? `${Date.now() / 1000}` }));
    };
    const call: RecordedCall = { kind, path, body, receivedAt: performance.now(), ...(kind === 'chat.postMessage' ? { ts: `${2_000_000_000 + this.calls.length}.000100` } : {}) };
    this.calls.push(call);
    for (const wake of this.waiters.splice(0)) wake();
    if (kind === 'respond' && this.held) this.held.push(answer);
    else answer();
  }
}
