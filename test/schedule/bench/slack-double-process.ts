/**
 * A Slack Web API double in its own process, for the digest bench: arrival times are taken on an event
 * loop the bot does not share, as at Slack. Prints its URL; GET /stats returns the recorded posts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const posts: Array<{ channel: string; key: string; at: number }> = [];
const server = createServer((request, response) => {
  const at = performance.timeOrigin + performance.now();
  let raw = '';
  request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  request.on('end', () => {
    const method = (request.url ?? '').replace(/^\/api\//, '');
    response.setHeader('content-type', 'application/json');
    if (method === 'stats') return void response.end(JSON.stringify({ posts }));
    const body = Object.fromEntries(new URLSearchParams(raw));
    if (method === 'auth.test') return void response.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
    if (method === 'chat.postMessage') {
      const metadata = body.metadata ? (JSON.parse(body.metadata) as { event_payload?: { delivery_key?: string } }) : undefined;
      posts.push({ channel: body.channel ?? '', key: metadata?.event_payload?.delivery_key ?? '', at });
    }
    response.end(JSON.stringify({ ok: true, channel: body.channel, ts: `${Date.now() / 1000}` }));
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/\n`));
