import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText, realServices, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

type Button = { action_id: string; value: string; text: { text: string } };
const buttons = (body: Record<string, unknown>): Button[] =>
  (body.blocks as Array<{ type: string; elements?: Button[] }>).flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));

describe('Slack buttons over loopback', () => {
  it('GIVEN "Share in channel" on a private answer THEN the same answer re-posted in channel, without a share button', async () => {
    await h.slash('ask who is the State Department spokesman?');
    const privateAnswer = await h.double.next('respond');
    const share = buttons(privateAnswer.body).find((button) => button.action_id === 'brief_share');
    expect(share).toBeDefined();
    const ack = await h.action({ action_id: share?.action_id, value: share?.value });
    expect(ack.status).toBe(200);
    const shared = await h.double.next('respond');
    expect(shared.body.response_type).toBe('in_channel');
    expect(messageText(shared.body)).toContain('Matthew Miller');
    expect(buttons(shared.body).some((button) => button.action_id === 'brief_share')).toBe(false);
  });

  it('GIVEN a section button THEN that section, privately, and shareable', async () => {
    await h.slash('');
    const briefing = await h.double.next('respond');
    const sectionButton = buttons(briefing.body).find((button) => button.action_id.startsWith('brief_section_'));
    expect(sectionButton).toBeDefined();
    await h.action({ action_id: sectionButton?.action_id, value: sectionButton?.value });
    const opened = await h.double.next('respond');
    expect(opened.body.response_type).toBe('ephemeral');
    const header = (opened.body.blocks as Array<{ type: string; text?: { text: string } }>).find((block) => block.type === 'header');
    expect(header?.text?.text).toBe(sectionButton?.text.text);

    const share = buttons(opened.body).find((button) => button.action_id === 'brief_share');
    await h.action({ action_id: share?.action_id, value: share?.value });
    const shared = await h.double.next('respond');
    expect(shared.body.response_type).toBe('in_channel');
    const sectionTitle = realServices().briefings.briefing().sections[0]?.title ?? '';
    expect(messageText(shared.body)).toContain(sectionTitle);
  });

  it('GIVEN a button with a tampered value THEN acknowledged and nothing posted', async () => {
    const ack = await h.action({ action_id: 'brief_section_1', value: 'not json' });
    expect(ack.status).toBe(200);
    // The next thing answered is the next command, not the tampered button.
    await h.slash('help');
    const call = await h.double.next('respond');
    expect(messageText(call.body)).toContain('How to use /brief');
  });
});
