/**
 * `GET /healthz` when Slack is not serving HTTP itself (Socket Mode, or Discord only): a tiny server
 * answering 200 once the bot is ready, 503 before, 404 for anything else.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HealthServer {
  address(): AddressInfo | undefined;
  close(): Promise<void>;
}

export async function startHealthServer(options: { port: number; host?: string; isReady: () => boolean }): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/healthz') {
      const ready = options.isReady();
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: ready }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    address: () => {
      const address = server.address();
      return address && typeof address === 'object' ? address : undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
