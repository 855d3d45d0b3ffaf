import { describe, expect, it } from 'vitest';
import { runCrashScenario } from './crash/harness.js';

describe('crash test: SIGKILL at seeded random moments across 100 scheduled digests', () => {
  it('GIVEN the bot killed again and again THEN every due digest was posted exactly once', async () => {
    const figures = await runCrashScenario({ seed: 20261128 });
    console.log(`crash test: ${JSON.stringify(figures)}`);
    expect(figures.kills).toBeGreaterThanOrEqual(10);
    expect(figures).toMatchObject({ due: 100, posted: 100, doubles: 0, lost: 0, unexpected: 0 });
    expect(figures.statuses).toEqual({ posted: 100 });
  }, 120_000);
});
