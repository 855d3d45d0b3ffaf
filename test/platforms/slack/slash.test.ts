import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText, realServices, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const blocksOf = (body: Record<string, unknown>) => body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
const buttonIds = (body: Record<string, unknown>) => blocksOf(body).flatMap((block) => (block.type === 'actions' ? (block.elements ?? []).map((e) => e.action_id) : []));

describe('Slack /brief over loopback', () => {
  it('GIVEN /brief THEN an empty ack first, then the private briefing with share and section buttons', async () => {
    h.double.hold();
    const ack = await h.slash('');
    // The ack arrived while the content is still held at the response URL: it did not wait for it.
    expect(ack.status).toBe(200);
    expect(await ack.text()).toBe('');
    const call = await h.double.next('respond');
    h.double.release();
    const briefing = realServices().briefings.briefing();
    expect(call.body.response_type).toBe('ephemeral');
    const text = messageText(call.body);
    expect(text).toContain(briefing.keyPoints[0]?.slice(0, 40).replace(/&/g, '&amp;'));
    const ids = buttonIds(call.body);
    expect(ids[0]).toBe('brief_share');
    expect(ids.filter((id) => id.startsWith('brief_section_'))).toHaveLength(briefing.sections.length);
  });

  it('GIVEN /brief with a misspelt topic THEN that section', async () => {
    const briefings = realServices().briefings;
    const section = briefings.briefing().sections.find((s) => /russia/i.test(s.title)) ?? briefings.briefing().sections[0];
    const typo = (section?.title ?? '').toLowerCase().includes('russia') ? 'rusia' : (section?.title ?? '');
    await h.slash(typo);
    const call = await h.double.next('respond');
    const expected = briefings.findTopic(typo);
    expect(expected).not.toBeNull();
    const header = blocksOf(call.body).find((block) => block.type === 'header') as { text: { text: string } } | undefined;
    expect(header?.text.text).toBe(expected?.section.title);
  });

  it('GIVEN /brief search THEN passages quoted', async () => {
    await h.slash('search machine tools');
    const call = await h.double.next('respond');
    expect(messageText(call.body)).toContain('machine tools');
  });

  it('GIVEN /brief ask THEN a cited answer', async () => {
    await h.slash('ask who is the State Department spokesman?');
    const call = await h.double.next('respond');
    expect(messageText(call.body)).toContain('Matthew Miller');
  });

  it('GIVEN /brief sections THEN every section title', async () => {
    await h.slash('sections');
    const text = messageText((await h.double.next('respond')).body);
    for (const section of realServices().briefings.briefing().sections) expect(text).toContain(section.title.replace(/&/g, '&amp;').slice(0, 30));
  });

  it('GIVEN /brief help THEN usage of every form', async () => {
    await h.slash('help');
    const text = messageText((await h.double.next('respond')).body);
    expect(text).toContain('/brief search &lt;words&gt;');
    expect(text).toContain('/brief ask &lt;question&gt;');
  });

  it('GIVEN a verb without its argument THEN the usage of that form', async () => {
    await h.slash('search');
    const text = messageText((await h.double.next('respond')).body);
    expect(text).toContain('That form needs more');
  });

  it('GIVEN <!channel> typed by a user THEN never posted live', async () => {
    await h.slash('<!channel> <!here> @everyone zzqx');
    const call = await h.double.next('respond');
    // Everything Slack renders (button values are data, never shown).
    const shown = messageText(call.body);
    expect(shown).toContain('zzqx');
    expect(shown).not.toMatch(/<!channel>|<!here>/);
    expect(shown).not.toMatch(/(^|[^\u200b])@everyone/);
  });

  it('GIVEN 5,000 characters of noise THEN a short reply', async () => {
    const ack = await h.slash('x'.repeat(5000));
    expect(ack.status).toBe(200);
    const call = await h.double.next('respond');
    expect(String(call.body.text).length).toBeLessThan(200);
    expect(String(call.body.text)).toMatch(/at most/);
  });

  it('GIVEN the response URL fails THEN the bot keeps answering', async () => {
    h.double.failNext('respond', { status: 500, body: {} });
    h.double.failNext('respond', { status: 500, body: {} });
    await h.slash('sections');
    await h.double.next('respond');
    await h.double.next('respond');
    await h.slash('help');
    const call = await h.double.next('respond');
    expect(messageText(call.body)).toContain('How to use /brief');
  });

  it('GIVEN GET /healthz THEN 200 once ready', async () => {
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(200);
  });
});
