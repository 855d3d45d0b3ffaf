/** Socket Mode end to end: the real Bolt app connects to a local WebSocket double instead of Slack. */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { silentLogger } from '../../../src/logger.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/platforms/slack/adapter.js';
import { messageText, realServices } from './harness.js';
import { BOT_USER_ID, SlackDouble } from './slack-double.js';

let double: SlackDouble;
let sockets: WebSocketServer;
let adapter: SlackAdapter;
let socket: WebSocket;
const acks: Array<Record<string, unknown>> = [];
let ackWaiters: Array<() => void> = [];

async function nextAck(envelopeId: string): Promise<Record<string, unknown>> {
  for (;;) {
    const found = acks.find((ack) => ack.envelope_id === envelopeId);
    if (found) return found;
    await new Promise<void>((resolve) => ackWaiters.push(resolve));
  }
}

beforeAll(async () => {
  double = await new SlackDouble().start();
  sockets = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(sockets, 'listening');
  double.socketUrl = `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link`;
  const connected = new Promise<WebSocket>((resolve) =>
    sockets.once('connection', (ws) => {
      ws.on('message', (data: Buffer) => {
        acks.push(JSON.parse(data.toString()) as Record<string, unknown>);
        for (const wake of ackWaiters.splice(0)) wake();
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'double' } }));
      resolve(ws);
    }),
  );
  adapter = createSlackAdapter(
    { botToken: 'xoxb-test', signingSecret: 'unused-in-socket-mode', appToken: 'xapp-test', apiUrl: double.apiUrl },
    { services: realServices(), logger: silentLogger, port: 0, webApiRetries: { retries: 0 } },
  );
  await adapter.start();
  socket = await connected;
});

afterAll(async () => {
  await adapter.stop();
  for (const client of sockets.clients) client.terminate();
  sockets.close();
  await double.stop();
  ackWaiters = [];
});

describe('Slack in Socket Mode', () => {
  it('GIVEN an app token THEN Socket Mode and no HTTP listener', () => {
    expect(adapter.mode).toBe('socket');
    expect(adapter.address()).toBeUndefined();
    expect(double.of('apps.connections.open')).toHaveLength(1);
  });

  it('GIVEN /brief over the socket THEN the envelope is acknowledged and the answer goes to the response URL', async () => {
    socket.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: { command: '/brief', text: 'ask who is the State Department spokesman?', user_id: 'U1', channel_id: 'C1', team_id: 'T1', api_app_id: 'A1', response_url: double.responseUrl('s1'), trigger_id: 't' },
      }),
    );
    await nextAck('env-1');
    const call = await double.next('respond');
    expect(call.path).toBe('/respond/s1');
    expect(messageText(call.body)).toContain('Matthew Miller');
  });

  it('GIVEN a mention over the socket THEN a threaded answer through the Web API double', async () => {
    socket.send(
      JSON.stringify({
        envelope_id: 'env-2',
        type: 'events_api',
        accepts_response_payload: false,
        payload: { type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'Ev1', event_time: 1, event: { type: 'app_mention', user: 'U1', channel: 'C1', ts: '9.0001', text: `<@${BOT_USER_ID}> who is the State Department spokesman?` } },
      }),
    );
    await nextAck('env-2');
    const post = await double.next('chat.postMessage');
    expect(post.body.thread_ts).toBe('9.0001');
    expect(messageText(post.body)).toContain('Miller');
  });
});
