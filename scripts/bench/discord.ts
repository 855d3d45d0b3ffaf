/**
 * `npm run bench discord`: time from INTERACTION_CREATE sent by the Discord double's gateway to the
 * interaction callback arriving at its REST API, over loopback, with the real discord.js client and the
 * real engine on the shipped article. Target: p99 under 50 ms. 127.0.0.1 only.
 */
import { performance } from 'node:perf_hooks';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { fileLibrary } from '../../src/briefing/library.js';
import { silentLogger } from '../../src/logger.js';
import { createDiscordAdapter } from '../../src/platforms/discord/index.js';
import { unusedSubscriptions } from '../../test/commands/fakes.js';
import { APP_ID, autocomplete, slashCommand, startDiscordDouble } from '../../test/platforms/discord/double/index.js';

const INTERACTIONS = 300;
const WARM_UP = 20;
// A realistic mix, cycled: every slash form that reads the article, and the topic autocomplete.
const FORMS: Array<[string, () => { id: string; token: string }]> = [
  ['summary', () => slashCommand('summary')],
  ['topic tiawan', () => slashCommand('topic', { topic: 'tiawan' })],
  ['search', () => slashCommand('search', { query: 'machine tools' })],
  ['ask', () => slashCommand('ask', { question: 'Who is the State Department spokesman?' })],
  ['sections', () => slashCommand('sections')],
  ['help', () => slashCommand('help')],
  ['autocomplete', () => autocomplete('topic', 'topic', 'tiawan')],
];

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

export async function run(): Promise<void> {
  const double = await startDiscordDouble();
  const services = { briefings: createBriefingService(fileLibrary('data/000_78d76434cf3e539e.txt')), subscriptions: unusedSubscriptions };
  const adapter = createDiscordAdapter({ token: 'bench-token', applicationId: APP_ID, apiUrl: double.apiUrl }, { services, logger: silentLogger });
  await adapter.start();
  const all: number[] = [];
  const byForm = new Map<string, number[]>();
  let deferred = 0;
  try {
    for (let i = 0; i < WARM_UP + INTERACTIONS; i++) {
      const [form, build] = FORMS[i % FORMS.length] as (typeof FORMS)[number];
      const interaction = build();
      const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
      const callback = double.rest.calls.waitFor((call) => call.path === path, double.rest.calls.mark());
      const sent = performance.now();
      double.gateway.dispatch('INTERACTION_CREATE', interaction);
      const call = await callback;
      if (call.status >= 300) throw new Error(`interaction ${i} (${form}) callback answered ${call.status}`);
      if (i < WARM_UP) continue;
      if (call.body?.type === 5) deferred++;
      const elapsed = call.at - sent;
      all.push(elapsed);
      byForm.set(form, [...(byForm.get(form) ?? []), elapsed]);
    }
  } finally {
    await adapter.stop();
    await double.close();
  }
  const sorted = [...all].sort((a, b) => a - b);
  console.log(`interactions: ${all.length} (after ${WARM_UP} warm-up), deferred: ${deferred}`);
  console.log(`INTERACTION_CREATE -> callback: p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? NaN)} (target p99 < 50 ms)`);
  for (const [form, times] of byForm) {
    const s = [...times].sort((a, b) => a - b);
    console.log(`  ${form.padEnd(13)} n=${String(s.length).padStart(3)}  p50 ${ms(percentile(s, 50))}  p99 ${ms(percentile(s, 99))}`);
  }
  if (percentile(sorted, 99) >= 50) throw new Error(`p99 ${ms(percentile(sorted, 99))} is over the 50 ms target`);
}
