import { copyFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { runCli } from '../../src/cli/run.js';
import { SLASH_COMMANDS_NOT_ASKED } from '../../src/cli/verbs/chat.js';
import { tempDir } from '../support/temp-dir.js';
import { testIO } from './cli-io.js';

const article = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/quotas.txt');
type Printed = { answer: string; abstained: boolean; sources: unknown[] };

describe('brief chat', () => {
  it('GIVEN lines one at a time THEN answers each as it arrives, carrying the conversation', async () => {
    const t = testIO();
    const done = runCli(['chat', '--json', '--file', article], t.io);

    let line = t.nextLine();
    t.stdin.write('Who is the Norwegian spokesman?\n');
    const first = JSON.parse(await line) as Printed; // answered before stdin ends: it streams
    expect(first.answer).toContain('Erik Lund');

    line = t.nextLine();
    t.stdin.write('What did he say on Monday?\n');
    expect((JSON.parse(await line) as Printed).answer).toContain('open to compromise');

    line = t.nextLine();
    t.stdin.write('\n<!channel>\n');
    const bad = JSON.parse(await line) as Printed; // the blank line is skipped; the mention-only line gets its one-line answer
    expect(bad.abstained).toBe(true);
    expect(bad.answer).not.toContain('<!channel>');

    line = t.nextLine();
    t.stdin.write('What is the capital of Australia?\n');
    expect((JSON.parse(await line) as Printed).abstained).toBe(true);

    t.stdin.end();
    expect(await done).toBe(0);
    expect(t.stdout().trim().split('\n')).toHaveLength(4);
  });

  it('GIVEN several lines at once and no --json THEN readable answers, one block per question', async () => {
    const t = testIO();
    t.stdin.end('Why did the fishermen protest?\nHow many tonnes does Oslo want?\n');
    expect(await runCli(['chat', '--file', article], t.io)).toBe(0);
    expect(t.stdout()).toContain('fear losing their jobs');
    expect(t.stdout()).toContain('40,000 tonnes');
  });

  it('GIVEN several questions and no --json THEN each answer is a block of its own, a blank line after it (the fiftieth review read them run together)', async () => {
    const t = testIO();
    t.stdin.end('Why did the fishermen protest?\nHow many tonnes does Oslo want?\n/brief help\n');
    expect(await runCli(['chat', '--file', article], t.io)).toBe(0);
    const blocks = t.stdout().split('\n\n').filter((text) => text.trim());
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toContain('fear losing their jobs');
    expect(blocks[1]).toContain('40,000 tonnes');
    expect(blocks[2]).toContain('`brief chat` answers questions about the article');
    expect(t.stdout().endsWith('\n\n')).toBe(true);
  });

  it('GIVEN two articles and a question only the other answers THEN the readable answer says it was found in another article', async () => {
    const dataDir = tempDir('chat-library-');
    const shipped = path.join(dataDir, 'china.txt');
    copyFileSync(fileURLToPath(new URL('../../data/000_78d76434cf3e539e.txt', import.meta.url)), shipped);
    copyFileSync(article, path.join(dataDir, 'quotas.txt'));
    utimesSync(shipped, new Date('2024-01-01'), new Date('2024-01-01')); // the quotas story is the newest, so the default
    const t = testIO({ DATA_DIR: dataDir });
    t.stdin.end('Why did the fishermen protest?\nWho is Antony Blinken?\n');
    expect(await runCli(['chat'], t.io)).toBe(0);
    const [first, second] = t.stdout().split(/\n(?=\S)/);
    expect(first).toMatch(/— from: .*\(/);
    expect(second).toContain('Blinken');
    expect(second).toMatch(/— found in another article: /);

    // In JSON, each answer names its article, and says when it moved there.
    const json = testIO({ DATA_DIR: dataDir });
    json.stdin.end('Why did the fishermen protest?\nWho is Antony Blinken?\n');
    expect(await runCli(['chat', '--json'], json.io)).toBe(0);
    const [quotas, china] = json.stdout().trim().split('\n').map((line) => JSON.parse(line) as Printed & { article: { id: string; title: string }; fromAnotherArticle?: true });
    expect(quotas?.article.id).toBe('quotas');
    expect(quotas?.fromAnotherArticle).toBeUndefined();
    expect(china?.article).toMatchObject({ id: 'china' });
    expect(china?.article.title).toContain('Blinken');
    expect(china?.fromAnotherArticle).toBe(true);
  });

  it('GIVEN lines typed as /brief commands THEN "/brief ask ..." and "/brief <topic>" are asked; other commands get a note on where they work', async () => {
    const t = testIO();
    t.stdin.end('/brief ask Who is the Norwegian spokesman?\n/brief summary\n/brief\n');
    expect(await runCli(['chat', '--json', '--file', article], t.io)).toBe(0);
    const [asked, summary, bare] = t.stdout().trim().split('\n').map((line) => JSON.parse(line) as Printed);
    expect(asked?.answer).toContain('Erik Lund');
    for (const note of [summary, bare]) expect(note).toMatchObject({ abstained: true, sources: [], answer: expect.stringContaining('brief summary') });
  });

  it('GIVEN every /brief command THEN each one that asks no question is listed as such, and ask and topic are asked', () => {
    const notAsked = commands.map((command) => command.name).filter((name) => name !== 'ask' && name !== 'topic');
    expect([...SLASH_COMMANDS_NOT_ASKED].sort()).toEqual(notAsked.sort());
  });
});
