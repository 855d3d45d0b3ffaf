import { describe, expect, it, vi } from 'vitest';
import { answerChatMessage, openSection, runBriefText, runCommand } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import type { Reply } from '../../commands/reply.js';
import { UserError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { context, fakeBriefings, fakeServices, fixtureBriefing, unusedSubscriptions } from './fakes.js';

const sectionButtons = (reply: Reply) => reply.actions.filter((a) => a.type === 'open-section').map((a) => (a.type === 'open-section' ? a.sectionId : ''));
const hasShare = (reply: Reply) => reply.actions.some((a) => a.type === 'share');

describe('runBriefText', () => {
  it('GIVEN empty text THEN the briefing, private, shareable, with a button a section', async () => {
    const reply = await runBriefText('', context, fakeServices());
    expect(reply.kind).toBe('briefing');
    expect(reply.visibility).toBe('private');
    expect(hasShare(reply)).toBe(true);
    expect(reply.text).toContain(fixtureBriefing.tldr);
    for (const point of fixtureBriefing.keyPoints) expect(reply.text).toContain(point);
    expect(sectionButtons(reply)).toEqual(fixtureBriefing.sections.map((s) => s.id));
  });

  it('GIVEN a briefing whose people have roles and whose places recur THEN the briefing says who is who and where; without them it says nothing of either', async () => {
    const withPeople = {
      ...fixtureBriefing,
      entities: [
        { name: 'Antony Blinken', kind: 'person' as const, aliases: ['Blinken'], role: 'Secretary of State', sentenceIds: [0] },
        { name: 'Shanghai', kind: 'place' as const, aliases: [], sentenceIds: [1, 3] },
      ],
      sentences: [...fixtureBriefing.sentences.slice(0, 3), { id: 3, text: 'Shanghai and Taiwan will also be discussed.', paragraph: 4, sectionId: 's3-taiwan', kind: 'body' as const }],
    };
    const reply = await runBriefText('', context, { briefings: fakeBriefings({}, withPeople).service, subscriptions: unusedSubscriptions });
    expect(reply.parts).toContainEqual({ type: 'heading', text: "Who's who" });
    expect(reply.parts).toContainEqual({ type: 'bullets', items: ['Antony Blinken, Secretary of State'] });
    expect(reply.text).toContain('Places: Shanghai');
    const without = await runBriefText('', context, fakeServices());
    expect(without.text).not.toMatch(/Who's who|Places:/);
  });

  it('GIVEN a topic THEN the best section with its text', async () => {
    const reply = await runBriefText('taiwan', context, fakeServices());
    expect(reply.kind).toBe('section');
    expect(reply.parts[0]).toEqual({ type: 'heading', text: 'Taiwan' });
    expect(reply.text).toContain('Taiwan will also be discussed.');
    expect(sectionButtons(reply)).not.toContain('s3-taiwan');
  });

  it('GIVEN a topic nothing matches THEN says so, echoes it safely and lists the sections', async () => {
    const reply = await runBriefText('zzz <!channel>', context, fakeServices());
    expect(reply.text).toMatch(/Nothing in the article matches/);
    expect(reply.text).not.toContain('<!channel>');
    expect(sectionButtons(reply)).toHaveLength(3);
  });

  it('GIVEN a form\'s name mistyped ("articel 2", "serach machine") THEN the reply says which form was meant, not a section of any article', async () => {
    const article = await runBriefText('articel 2', context, fakeServices());
    expect(article.text).toContain('Did you mean `/brief article 2`?');
    expect(article.kind).toBe('sections');
    expect((await runBriefText('serach machine', context, fakeServices())).text).toContain('`/brief search machine`');
    // A topic near no form's name is a topic still, and a short word is left alone ("sums" is not "summary").
    expect((await runBriefText('taiwan', context, fakeServices())).kind).toBe('section');
    expect((await runBriefText('sums', context, fakeServices())).text).not.toContain('Did you mean');
  });

  it('GIVEN a form missing its words THEN the usage tells how to ask on the asker\'s platform: no mentions or threads in the console', async () => {
    const consoleReply = await runBriefText('topic', context, fakeServices());
    expect(consoleReply.text).toContain('Type a question on a line of its own');
    expect(consoleReply.text).not.toContain('Mention me');
    const slackReply = await runBriefText('topic', { ...context, platform: 'slack' }, fakeServices());
    expect(slackReply.text).toContain('Mention me');
  });

  it('GIVEN search words THEN quotes with their sections', async () => {
    const reply = await runBriefText('search machine', context, fakeServices());
    expect(reply.parts).toContainEqual({ type: 'quote', text: 'China shares machine tools with Russia.', source: "China's support for Russia" });
    expect(sectionButtons(reply)).toEqual(['s2-russia']);
  });

  it('GIVEN a question THEN a cited answer', async () => {
    const reply = await runBriefText('ask where did he land', context, fakeServices());
    expect(reply.kind).toBe('answer');
    expect(reply.parts[0]).toEqual({ type: 'quote', text: 'He landed in Shanghai.', source: 'The visit' });
  });

  it('GIVEN a question answered with a list of the article (its people) THEN the list as bullets, not a quote, with its sources', async () => {
    const listing = { lead: 'The main people in the article:', items: ['Antony Blinken, Secretary of State', 'Xi Jinping, Chinese leader'] };
    const sources = [
      { sectionId: 's1-visit', sectionTitle: 'The visit', sentenceId: 0, text: 'Blinken arrived in China on Wednesday.' },
      { sectionId: 's3-taiwan', sectionTitle: 'Taiwan', sentenceId: 3, text: 'Taiwan will also be discussed.' },
    ];
    const services = fakeServices({
      ask: () => ({ answer: 'The main people in the article: ...', abstained: false, listing, sources, suggestions: [], articleId: 'blinken', articleTitle: fixtureBriefing.title }),
    });
    const reply = await runBriefText('ask who are the main people?', context, services);
    expect(reply.parts.slice(0, 3)).toEqual([
      { type: 'paragraph', text: listing.lead },
      { type: 'bullets', items: listing.items },
      { type: 'context', text: 'Sources: The visit; Taiwan' },
    ]);
    expect(reply.parts.some((part) => part.type === 'quote')).toBe(false);
    expect(sectionButtons(reply)).toEqual(['s1-visit', 's3-taiwan']);
  });

  it('GIVEN an unanswerable question THEN a plain abstention and the closest sections', async () => {
    const reply = await runBriefText('ask what is the weather', context, fakeServices());
    expect(reply.text).toContain('The article does not say.');
    expect(sectionButtons(reply)).toEqual(['s3-taiwan']);
  });

  it('GIVEN several articles THEN answers name the article', async () => {
    const reply = await runBriefText('ask where did he land', context, fakeServices({}, 2));
    expect(reply.text).toContain(`From the article: ${fixtureBriefing.title}`);
    const single = await runBriefText('ask where did he land', context, fakeServices({}, 1));
    expect(single.text).not.toContain('From the article');
  });

  it('GIVEN sections THEN each with its summary', async () => {
    const reply = await runBriefText('sections', context, fakeServices());
    for (const s of fixtureBriefing.sections) expect(reply.text).toContain(`${s.title}: ${s.summary}`);
  });

  it('GIVEN help on the console THEN it says a line is a question; on a chat platform, to mention the bot', async () => {
    expect((await runBriefText('help', { ...context, platform: 'console' }, fakeServices())).text).toContain('Type a question on a line of its own');
    const onSlack = (await runBriefText('help', { ...context, platform: 'slack' }, fakeServices())).text;
    expect(onSlack).toContain('Mention me or send me a direct message');
    expect(onSlack).not.toContain('a line of its own');
  });

  it('GIVEN help THEN every form with its usage and examples', async () => {
    const reply = await runBriefText('help', context, fakeServices());
    for (const command of commands) {
      expect(reply.text).toContain(command.usage);
      for (const example of command.examples) expect(reply.text).toContain(example);
    }
  });

  it('GIVEN a verb without its argument THEN the usage of that form', async () => {
    const reply = await runBriefText('search', context, fakeServices());
    expect(reply.kind).toBe('help');
    expect(reply.text).toContain('/brief search <words>');
  });

  it('GIVEN 5,000 characters of noise THEN a short reply and no engine call', async () => {
    const findTopic = vi.fn();
    const reply = await runBriefText('x'.repeat(5000), context, fakeServices({ findTopic }));
    expect(reply.kind).toBe('error');
    expect(reply.text.length).toBeLessThan(200);
    expect(findTopic).not.toHaveBeenCalled();
  });

  it('GIVEN a chat question of 1,500 characters THEN the reply says how long it may be, without talking of /brief the user never typed', async () => {
    const reply = await answerChatMessage(`who is ${'very '.repeat(300)}important?`, context, fakeServices());
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('I read at most 1,000');
    expect(reply.text).not.toContain('/brief');
  });
});

describe('error boundary', () => {
  it('GIVEN a UserError THEN its message, privately', async () => {
    const services = fakeServices({
      briefing: () => {
        throw new UserError('library.empty', 'The library is empty.');
      },
    });
    const reply = await runBriefText('', context, services);
    expect(reply).toMatchObject({ kind: 'error', visibility: 'private', text: 'The library is empty.' });
  });

  it('GIVEN a bug THEN logged with context and a short apology', async () => {
    const logger = silentLogger.child({});
    const error = vi.spyOn(logger, 'error');
    const services = {
      ...fakeServices({
        search: () => {
          throw new TypeError('boom');
        },
      }),
      logger,
    };
    const reply = await runBriefText('search tools', context, services);
    expect(reply.text).toMatch(/^Sorry/);
    expect(reply.text).not.toContain('boom');
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ command: 'search', userId: 'U1', channelId: 'C1' }), 'command failed');
  });

  it('GIVEN an unknown form name THEN the usage', async () => {
    const reply = await runCommand('frobnicate', { options: {} }, context, fakeServices());
    expect(reply.kind).toBe('help');
    expect(reply.text).toContain('no /brief form called "frobnicate"');
  });
});

describe('answerChatMessage', () => {
  it('GIVEN a mention THEN asks with the conversation key and answers publicly without share', async () => {
    const services = fakeServices();
    const reply = await answerChatMessage('<@UBOT> where did he land?', context, services);
    expect(services.asked).toEqual([{ question: 'where did he land?', options: { conversationKey: 'console:1' } }]);
    expect(reply.visibility).toBe('public');
    expect(hasShare(reply)).toBe(false);
  });

  it('GIVEN a bare mention THEN a hint, not an engine call', async () => {
    const services = fakeServices();
    const reply = await answerChatMessage('<@UBOT>', context, services);
    expect(reply.text).toMatch(/Ask me something/);
    expect(services.asked).toHaveLength(0);
  });

  it('GIVEN /brief in a chat message THEN that form', async () => {
    const reply = await answerChatMessage('/brief sections', context, fakeServices());
    expect(reply.kind).toBe('sections');
  });

  it('GIVEN "/brif summary" or another slash command in a chat message THEN a pointer to /brief, not a question to the engine', async () => {
    const services = fakeServices();
    expect((await answerChatMessage('/brif summary', context, services)).text).toContain('Did you mean /brief summary?');
    expect((await answerChatMessage('/weather today', context, services)).text).toContain("I don't know /weather");
    expect((await answerChatMessage('/help', context, services)).text).toContain('/brief search <words>');
    expect(services.asked).toHaveLength(0);
  });
});

describe('openSection', () => {
  it('GIVEN a known section THEN that section', async () => {
    const reply = await openSection('blinken', 's2-russia', context, fakeServices());
    expect(reply.parts[0]).toEqual({ type: 'heading', text: "China's support for Russia" });
  });

  it('GIVEN a section that no longer exists THEN the current list', async () => {
    const reply = await openSection('blinken', 'gone', context, fakeServices());
    expect(sectionButtons(reply)).toHaveLength(3);
  });

  it('GIVEN an unknown article THEN the UserError message', async () => {
    const reply = await openSection('other', 's1', context, fakeServices());
    expect(reply.kind).toBe('error');
  });
});

describe('section replies', () => {
  it('GIVEN a summary that is not the opening sentence THEN shown as context; GIVEN it is THEN not repeated', async () => {
    const visit = await openSection('blinken', 's1-visit', context, fakeServices());
    expect(visit.parts).toContainEqual({ type: 'context', text: 'Blinken lands in Shanghai.' });
    const opening = { ...fixtureBriefing, sections: fixtureBriefing.sections.map((s) => (s.id === 's3-taiwan' ? { ...s, summary: 'Taiwan will also be discussed.' } : s)) };
    const services = fakeServices({ briefing: () => opening });
    const taiwan = await openSection('blinken', 's3-taiwan', context, services);
    expect(taiwan.text.split('Taiwan will also be discussed.')).toHaveLength(2);
  });

  it('GIVEN an abstention THEN the closest sections are named in the text too', async () => {
    const reply = await runBriefText('ask what is the weather', context, fakeServices());
    expect(reply.text).toContain('Closest sections: Taiwan');
  });
});
