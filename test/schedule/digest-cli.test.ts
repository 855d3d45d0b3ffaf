import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli/cli-io.js';

const SHIPPED = 'data/000_78d76434cf3e539e.txt';

const cli = (...argv: string[]) => runCliCaptured(argv);

describe('brief digest', () => {
  it('GIVEN --json THEN one JSON object with the text and Slack blocks, as posted', async () => {
    const { status, out } = await cli('digest', '--json', '--file', SHIPPED);
    expect(status).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const digest = JSON.parse(lines[0] ?? '') as { text: string; blocks: Array<{ type: string }> };
    expect(digest.text).toContain('Blinken');
    expect(digest.blocks.length).toBeGreaterThan(3);
    expect(digest.blocks.length).toBeLessThanOrEqual(50);
  });

  it('GIVEN --platform discord THEN message payloads without pings', async () => {
    const { status, out } = await cli('digest', '--json', '--file', SHIPPED, '--platform', 'discord');
    expect(status).toBe(0);
    const digest = JSON.parse(out) as { messages: Array<{ allowedMentions: { parse: unknown[] } }> };
    expect(digest.messages[0]?.allowedMentions.parse).toEqual([]);
  });

  it('GIVEN an unknown platform THEN one line on stderr and a non-zero status', async () => {
    const { status, out, err } = await cli('digest', '--file', SHIPPED, '--platform', 'teams');
    expect(status).not.toBe(0);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('--platform must be one of slack, discord, console');
  });
});
