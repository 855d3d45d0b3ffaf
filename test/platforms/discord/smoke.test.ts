import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from './double/index.js';
import { messageBody, startHarness, visibleText, type Harness } from './harness.js';

describe('smoke', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  it('summary', async () => {
    const call = await h.interact(slashCommand('summary'));
    console.log(JSON.stringify(call.body, null, 1).slice(0, 3000));
    expect(visibleText(messageBody(call))).toContain('Blinken');
  });
});
