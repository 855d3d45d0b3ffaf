/**
 * A local double of Discord for end-to-end tests and the bench: REST under http://127.0.0.1:PORT/api/v10
 * and a gateway at ws://127.0.0.1:PORT, on one loopback port. discord.js talks to it unmodified.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayDouble } from './gateway.js';
import { RestDouble } from './rest.js';

export interface DiscordDouble {
  /** For DiscordConfig.apiUrl: the REST base without /v10. */
  apiUrl: string;
  rest: RestDouble;
  gateway: GatewayDouble;
  close(): Promise<void>;
}

export async function startDiscordDouble(): Promise<DiscordDouble> {
  let port = 0;
  const wsUrl = () => `ws://127.0.0.1:${port}`;
  const rest = new RestDouble(wsUrl);
  const server: Server = createServer((request, response) => {
    rest.handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: String(error), code: 0 }));
    });
  });
  const gateway = new GatewayDouble(server, wsUrl);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    rest,
    gateway,
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export * from './fixtures.js';
