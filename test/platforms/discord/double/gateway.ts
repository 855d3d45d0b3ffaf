/**
 * The gateway half of the Discord double (ws): HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats,
 * RESUME -> RESUMED with the events missed while disconnected replayed, and injected dispatches.
 */
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_ID, BOT_USER, GUILD_ID, guildCreate } from './fixtures.js';
import { Recorder } from './recorder.js';

export interface GatewayFrame {
  op: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  d: any;
  at: number;
}

export class GatewayDouble {
  /** Frames the client sent (IDENTIFY op 2, RESUME op 6, heartbeats op 1). */
  readonly received = new Recorder<GatewayFrame>();
  /** performance.now() at each dispatch sent, by event name. */
  readonly sent = new Recorder<{ t: string; at: number }>();
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private ready = false;
  private sequence = 0;
  private readonly sessionId = 'double-session-1';
  private missed: Array<{ t: string; d: unknown }> = [];
  /** Intents the application may not use (privileged ones not enabled in the portal): IDENTIFY asking for them is closed with 4014. */
  disallowedIntents = 0;

  constructor(server: Server, private readonly url: () => string) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.connected(socket));
  }

  /** Sends a dispatch (INTERACTION_CREATE, MESSAGE_CREATE, ...); held and replayed if the client is reconnecting. */
  dispatch(t: string, d: unknown): void {
    if (!this.socket || !this.ready) {
      this.missed.push({ t, d });
      return;
    }
    this.send({ op: 0, t, s: ++this.sequence, d });
    this.sent.record({ t, at: performance.now() });
  }

  /** Drops the connection as Discord does now and then (4000: unknown error, resumable). */
  disconnect(code = 4000): void {
    this.ready = false;
    this.socket?.close(code, 'double: forced disconnect');
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private connected(socket: WebSocket): void {
    this.socket = socket;
    socket.on('message', (raw) => this.frame(socket, JSON.parse(String(raw))));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
  }

  private frame(socket: WebSocket, frame: { op: number; d: unknown }): void {
    this.received.record({ ...frame, at: performance.now() });
    if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
    if (frame.op === 2 && ((frame.d as { intents?: number }).intents ?? 0) & this.disallowedIntents) socket.close(4014, 'Disallowed intent(s).');
    else if (frame.op === 2) this.identified();
    if (frame.op === 6) this.resumed();
  }

  private identified(): void {
    this.sequence = 0;
    this.send({
      op: 0,
      t: 'READY',
      s: ++this.sequence,
      d: { v: 10, user: BOT_USER, guilds: [{ id: GUILD_ID, unavailable: true }], session_id: this.sessionId, resume_gateway_url: this.url(), shard: [0, 1], application: { id: APP_ID, flags: 0 } },
    });
    this.send({ op: 0, t: 'GUILD_CREATE', s: ++this.sequence, d: guildCreate() });
    this.becomeReady();
  }

  private resumed(): void {
    this.send({ op: 0, t: 'RESUMED', s: ++this.sequence, d: {} });
    this.becomeReady();
  }

  private becomeReady(): void {
    this.ready = true;
    const missed = this.missed;
    this.missed = [];
    for (const event of missed) this.dispatch(event.t, event.d);
  }

  private send(payload: unknown): void {
    this.socket?.send(JSON.stringify(payload));
  }
}
