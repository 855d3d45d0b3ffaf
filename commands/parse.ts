/**
 * Free text after `/brief` (Slack, console) → which form and its options.
 * Verbs take precedence over topics; `/brief topic help` looks up a topic named like a verb;
 * empty text is the summary; anything else is a topic.
 */
import { commands } from './index.js';
import type { Command } from './types.js';

export interface ParsedBrief {
  command: Command;
  options: Record<string, string | undefined>;
}

/** `/brief search machine tools` → rest `machine tools` into the first declared option. */
function defaultOptions(command: Command, rest: string): Record<string, string | undefined> {
  const first = command.options[0];
  return first && rest !== '' ? { [first.name]: rest } : {};
}

/** Parses the text typed after `/brief` (a leading `/brief` itself is tolerated, as typed in the console). */
export function parseBriefText(text: string, list: readonly Command[] = commands): ParsedBrief {
  const trimmed = text.trim().replace(/^\/brief(?=\s|$)/i, '').trim();
  const byName = (name: string) => list.find((command) => command.name === name);
  const summary = byName('summary');
  const topic = byName('topic');
  if (!summary || !topic) throw new Error('the command list must declare summary and topic');
  if (trimmed === '') return { command: summary, options: {} };

  const [, first = '', rest = ''] = /^(\S+)\s*([\s\S]*)$/.exec(trimmed) ?? [];
  const verb = byName(first.toLowerCase());
  if (!verb) return { command: topic, options: defaultOptions(topic, trimmed) };
  const restTrimmed = rest.trim();
  return { command: verb, options: verb.parseText ? verb.parseText(restTrimmed) : defaultOptions(verb, restTrimmed) };
}
