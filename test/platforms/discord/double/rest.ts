/**
 * The REST half of the Discord double: the routes discord.js uses, under /api/v10, each call recorded.
 * Failures (429 with retry_after and headers, 5xx, 403) can be injected per route for a number of calls.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { APP_ID, BOT_USER, DM_CHANNEL_ID, GUILD_ID, SECOND_CHANNEL_ID, snowflake, TEXT_CHANNEL_ID, textChannel } from './fixtures.js';
import { Recorder } from './recorder.js';

export interface RestCall {
  method: string;
  /** Path after /api/v10, without the query string. */
  path: string;
  query: URLSearchParams;
  // Recorded JSON bodies are whatever discord.js sent.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** performance.now() when the request arrived. */
  at: number;
  /** The status the double answered, and the JSON it answered with. */
  status: number;
  response?: unknown;
}

export interface InjectedFailure {
  method?: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching calls fail (default 1). */
  times?: number;
  /** The call takes effect (a message is created) but the answer is the failure: a lost response. */
  afterEffect?: boolean;
}

type Json = Record<string, unknown>;

export class RestDouble {
  readonly calls = new Recorder<RestCall>();
  private failures: Array<InjectedFailure & { left: number }> = [];
  /** Channels GET /channels/:id knows; threads and DMs are added as they are created. */
  readonly channels = new Map<string, Json>([
    [TEXT_CHANNEL_ID, textChannel(TEXT_CHANNEL_ID, 'general')],
    [SECOND_CHANNEL_ID, textChannel(SECOND_CHANNEL_ID, 'news')],
    [DM_CHANNEL_ID, { id: DM_CHANNEL_ID, type: 1, recipients: [] }],
  ]);

  /** Messages by channel, oldest first, as GET /channels/:id/messages lists them (newest first). */
  readonly messages = new Map<string, Json[]>();
  /** Messages created with enforce_nonce, by nonce: a repeat returns the original (Discord keeps them a few minutes). */
  private readonly byNonce = new Map<string, Json>();

  constructor(private readonly gatewayUrl: () => string) {}

  /** Puts a message in a channel's history as if someone else had posted it. */
  addMessage(channelId: string, content: string, author: Json): Json {
    const created = { ...message({ content }, channelId), author };
    this.history(channelId).push(created);
    return created;
  }

  /** Forgets the nonces seen so far, as Discord does after its dedupe window. */
  expireNonces(): void {
    this.byNonce.clear();
  }

  private history(channelId: string): Json[] {
    let list = this.messages.get(channelId);
    if (!list) this.messages.set(channelId, (list = []));
    return list;
  }

  /** POST /channels/:id/messages: a new message, or the original when enforce_nonce repeats a nonce. */
  private createMessage(channelId: string, body: Json): Json {
    const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? String(body.nonce) : undefined;
    const original = nonce !== undefined && body.enforce_nonce === true ? this.byNonce.get(nonce) : undefined;
    if (original) return original;
    const created = { ...message(body, channelId), ...(nonce !== undefined ? { nonce: body.nonce } : {}) };
    this.history(channelId).push(created);
    if (nonce !== undefined && body.enforce_nonce === true) this.byNonce.set(nonce, created);
    return created;
  }

  /** The next `times` calls matching fail with this answer. */
  fail(failure: InjectedFailure): void {
    this.failures.push({ ...failure, left: failure.times ?? 1 });
  }

  /** Forgets failures not yet used up. */
  clearFailures(): void {
    this.failures = [];
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(request.url ?? '/', 'http://double');
    const method = request.method ?? 'GET';
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const raw = await readBody(request);
    const body = raw && request.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw || undefined;
    const failure = this.injected(method, path);
    if (failure?.afterEffect) this.route(method, path, body);
    const answer = failure?.answer ?? this.route(method, path, body, url.searchParams);
    this.calls.record({ method, path, query: url.searchParams, body, at, status: answer.status, response: answer.body });
    if (answer.body === undefined) {
      // 204 with no Content-Type, or @discordjs/rest tries to parse it.
      response.writeHead(answer.status, answer.headers ?? {});
      response.end();
      return;
    }
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  private injected(method: string, path: string): { answer: Answer; afterEffect: boolean } | undefined {
    const failure = this.failures.find((f) => f.left > 0 && f.path.test(path) && (!f.method || f.method === method));
    if (!failure) return undefined;
    failure.left--;
    return { answer: { status: failure.status, body: failure.body ?? { message: `injected ${failure.status}`, code: 0 }, headers: failure.headers ?? {} }, afterEffect: failure.afterEffect ?? false };
  }

  private route(method: string, path: string, body: Json | undefined, query = new URLSearchParams()): Answer {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return ok({ url: this.gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/users/@me') return ok(BOT_USER);
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
      if (method === 'DELETE') return { status: 204 };
      return ok(message(body ?? {}, TEXT_CHANNEL_ID));
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      if (!this.channels.has(m[1] ?? '')) return unknownChannel();
      return ok(this.createMessage(m[1] ?? '', body ?? {}));
    }
    if (method === 'GET' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      if (!this.channels.has(m[1] ?? '')) return unknownChannel();
      // Newest first, at most `limit` (1-100, default 50), as Discord lists them; Discord never returns nonces here.
      const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50) || 50));
      return ok([...this.history(m[1] ?? '')].reverse().slice(0, limit).map(({ nonce: _nonce, ...listed }) => listed));
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
      const thread = { id: snowflake(), type: 11, guild_id: GUILD_ID, parent_id: m[1], owner_id: BOT_USER.id, name: String(body?.name ?? 'thread'), message_count: 0, member_count: 1, rate_limit_per_user: 0, flags: 0, thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false } };
      this.channels.set(thread.id, thread);
      return ok(thread);
    }
    if (method === 'GET' && (m = path.match(/^\/channels\/(\d+)$/))) {
      const channel = this.channels.get(m[1] ?? '');
      return channel ? ok(channel) : unknownChannel();
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const dm = { id: DM_CHANNEL_ID, type: 1, recipients: [{ id: String(body?.recipient_id), username: 'someone', discriminator: '0', avatar: null }] };
      this.channels.set(dm.id, dm);
      return ok(dm);
    }
    if (method === 'PUT' && (m = path.match(/^\/applications\/(\d+)(?:\/guilds\/\d+)?\/commands$/))) {
      if (m[1] !== APP_ID) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      return ok((Array.isArray(body) ? body : []).map((command: Json) => ({ ...command, id: snowflake(), application_id: APP_ID, version: snowflake() })));
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const ok = (body: unknown): Answer => ({ status: 200, body });
const unknownChannel = (): Answer => ({ status: 404, body: { message: 'Unknown Channel', code: 10003 } });

function message(body: Json, channelId: string) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: BOT_USER,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
    flags: body.flags ?? 0,
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

