/**
 * `npm run bench slack`: time from a signed `/brief` slash command arriving to its acknowledgement, over
 * loopback against the real Bolt app (HTTP mode) and the real engine on the shipped article, plus the
 * time until the content reaches the response URL, isolated and back to back. Target: ack p99 under 50 ms.
 * 127.0.0.1 only.
 */
import { createHmac } from 'node:crypto';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { fileLibrary } from '../../src/briefing/library.js';
import { silentLogger } from '../../src/logger.js';
import { createSlackAdapter } from '../../src/platforms/slack/adapter.js';
import { unusedSubscriptions } from '../../test/commands/fakes.js';
import { SlackDouble, type RecordedCall } from '../../test/platforms/slack/slack-double.js';

const REQUESTS = 500;
const WARM_UP = 20;
const SECRET = 'bench-secret';
// A realistic mix of forms, cycled.
const FORMS = ['', 'tiawan', 'search machine tools', 'ask who is the State Department spokesman?', 'sections', 'help'];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

export async function run(): Promise<void> {
  const double = await new SlackDouble().start();
  const services = { briefings: createBriefingService(fileLibrary('data/000_78d76434cf3e539e.txt')), subscriptions: unusedSubscriptions };
  const adapter = createSlackAdapter(
    { botToken: 'xoxb-bench', signingSecret: SECRET, appToken: undefined, apiUrl: double.apiUrl },
    { services, logger: silentLogger, port: 0, host: '127.0.0.1', webApiRetries: { retries: 0 } },
  );
  await adapter.start();
  const url = `http://127.0.0.1:${adapter.address()?.port}/slack/events`;
  try {
    await measure(url, double, WARM_UP, 'warm-up', true);
    // Isolated: each command's content arrives before the next command is sent (commands a second apart, as in a channel).
    const isolated = await measure(url, double, REQUESTS, 'iso', true);
    // Back to back: the next command arrives while the previous answer is still being computed.
    const burst = await measure(url, double, REQUESTS, 'burst', false);
    report('isolated', isolated);
    report('back to back', burst);
    if (!(percentile(isolated.ack, 99) < 50)) throw new Error('isolated ack p99 is not under 50 ms');
  } finally {
    await adapter.stop();
    await double.stop();
  }
}

interface Timings {
  ack: number[];
  content: number[];
}

function report(label: string, { ack, content }: Timings): void {
  console.log(`slack /brief ack over loopback, ${label} (n=${ack.length}, forms cycled): p50 ${ms(percentile(ack, 50))}, p99 ${ms(percentile(ack, 99))}, max ${ms(ack.at(-1) ?? NaN)} (target p99 < 50 ms)`);
  console.log(`slack /brief content at response_url, ${label}: p50 ${ms(percentile(content, 50))}, p99 ${ms(percentile(content, 99))}, max ${ms(content.at(-1) ?? NaN)} (limit 3,000 ms)`);
}

const idOf = (call: RecordedCall) => call.path.split('/').pop() ?? '';

async function measure(url: string, double: SlackDouble, count: number, prefix: string, waitForContent: boolean): Promise<Timings> {
  const ack: number[] = [];
  const sentAt = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const id = `${prefix}${i}`;
    const body = new URLSearchParams({
      command: '/brief',
      text: FORMS[i % FORMS.length] ?? '',
      user_id: 'U1',
      channel_id: 'C1',
      team_id: 'T1',
      token: 'x',
      api_app_id: 'A1',
      trigger_id: 't',
      response_url: double.responseUrl(id),
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature },
      body,
    });
    await response.arrayBuffer();
    ack.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`request ${id} answered ${response.status}`);
    sentAt.set(id, started);
    if (waitForContent) while (!double.of('respond').some((call) => idOf(call) === id)) await double.next('respond');
  }
  // Every command's content must arrive too.
  while (double.of('respond').filter((call) => sentAt.has(idOf(call))).length < count) await double.next('respond');
  const content = double
    .of('respond')
    .flatMap((call) => {
      const started = sentAt.get(idOf(call));
      return started === undefined ? [] : [call.receivedAt - started];
    })
    .sort((a, b) => a - b);
  return { ack: ack.sort((a, b) => a - b), content };
}
