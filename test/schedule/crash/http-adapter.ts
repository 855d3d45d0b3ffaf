/**
 * A minimal chat adapter that posts to the recording double over HTTP (like chat.postMessage with the
 * delivery key in the message metadata) and can look a delivery key up in the double's history.
 */
import type { Reply } from '../../../commands/reply.js';
import { DeliveryError, type ChatAdapter, type PostOptions } from '../../../src/platforms/types.js';

export class HttpRecordingAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  constructor(private readonly baseUrl: string) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async postToChannel(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
    const response = await fetch(`${this.baseUrl}/chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: channelId, text: reply.text, metadata: { event_type: 'digest', event_payload: { key: options?.deliveryKey } } }),
    }).catch((error: unknown) => {
      throw new DeliveryError('transient', String(error));
    });
    const body = (await response.json()) as { ok: boolean; error?: string };
    if (!body.ok) throw new DeliveryError(body.error === 'channel_not_found' ? 'gone' : 'transient', body.error ?? 'error');
  }

  async wasDelivered(channelId: string, deliveryKey: string): Promise<boolean> {
    const response = await fetch(`${this.baseUrl}/delivered?channel=${encodeURIComponent(channelId)}&key=${encodeURIComponent(deliveryKey)}`);
    return ((await response.json()) as { delivered: boolean }).delivered;
  }
}
