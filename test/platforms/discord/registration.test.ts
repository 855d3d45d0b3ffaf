/** The /brief registration JSON generated from the command declarations. */
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import type { Command } from '../../../commands/types.js';
import { buildRegistration } from '../../../src/platforms/discord/registration.js';

describe('buildRegistration', () => {
  const json = buildRegistration(commands);

  it('GIVEN the command list THEN one chat-input /brief with a subcommand per form, in order', () => {
    expect(json).toMatchObject({ name: 'brief', type: 1 });
    expect(json.options?.map((o) => [o.type, o.name])).toEqual(commands.map((c) => [1, c.name]));
    expect(['summary', 'topic', 'search', 'ask', 'sections', 'subscribe', 'unsubscribe', 'subscriptions', 'help'].every((n) => json.options?.some((o) => o.name === n))).toBe(true);
  });

  it('THEN names and descriptions respect Discord (lower-case names up to 32, descriptions 1 to 100)', () => {
    type Named = { name: string; description: string; options?: Named[] };
    const root = json as Named;
    const all: Named[] = [root, ...(root.options ?? []), ...(root.options ?? []).flatMap((o) => o.options ?? [])];
    for (const item of all) {
      expect(item.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(item.description.length).toBeGreaterThan(0);
      expect(item.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('THEN the topic option autocompletes and declared max lengths carry over', () => {
    const topic = json.options?.find((o) => o.name === 'topic');
    const option = topic && 'options' in topic ? topic.options?.[0] : undefined;
    expect(option).toMatchObject({ type: 3, name: 'topic', required: true, autocomplete: true });
    const declared = commands.find((c) => c.name === 'topic')?.options[0]?.maxLength;
    if (declared !== undefined) expect(option).toMatchObject({ max_length: declared });
  });

  it('GIVEN an optional option declared before a required one THEN required options come first', () => {
    const command: Command = {
      name: 'subscribe', description: '', usage: '', examples: [], execute: async () => { throw new Error('unused'); },
      options: [{ name: 'timezone', description: 'Timezone', required: false }, { name: 'when', description: 'When', required: true }],
    };
    const [sub] = buildRegistration([command]).options ?? [];
    expect(sub && 'options' in sub ? sub.options?.map((o) => o.name) : []).toEqual(['when', 'timezone']);
    expect(sub?.description).toBe('subscribe');
  });
});
