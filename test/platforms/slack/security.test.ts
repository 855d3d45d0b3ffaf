import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const slashBody = (responseUrl: string) =>
  new URLSearchParams({ command: '/brief', text: 'sections', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: responseUrl, trigger_id: 't', token: 'x', api_app_id: 'A1' }).toString();

describe('Slack request verification', () => {
  it.each([
    ['a bad signature', (body: string) => signedHeaders(body, 'application/x-www-form-urlencoded', 'wrong-secret')],
    ['no signature', () => ({ 'content-type': 'application/x-www-form-urlencoded' })],
    ['a stale timestamp', (body: string) => signedHeaders(body, 'application/x-www-form-urlencoded', undefined, Math.floor(Date.now() / 1000) - 600)],
  ])('GIVEN %s THEN 401 and nothing posted', async (_name, headers) => {
    const body = slashBody(h.double.responseUrl('forged'));
    const response = await h.post(body, headers(body));
    expect(response.status).toBe(401);
    // A genuine request afterwards is the first thing that reaches the response URLs.
    await h.slash('help');
    const call = await h.double.next('respond');
    expect(call.path).not.toContain('forged');
    expect(h.double.of('respond').some((c) => c.path.includes('forged'))).toBe(false);
  });

  it('GIVEN url_verification signed THEN the challenge is answered', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const response = await h.post(body, signedHeaders(body, 'application/json'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('abc123');
  });
});
