/**
 * From the forty-seventh blind review (`fixtures/wire/india-temple-crush.txt`, a crush at a temple festival in India,
 * and the shipped article): a side asked what it said of a thing named, "who said that?" of a sentence opening
 * "She said", the dead counted however the article says it, not from the background's "no one died", and of two
 * people of one surname, the one the question names in full (the forty-eighth review's rhino count).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const articleService = (url: URL, id: string) => createBriefingService(staticLibrary(ingestArticle(readFileSync(url, 'utf8'), { source: `${id}.txt`, articleId: id })));
const crush = () => articleService(new URL('../fixtures/wire/india-temple-crush.txt', import.meta.url), 'crush');
const shipped = () => articleService(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url), 'shipped');

describe('who said it, and how many died', () => {
  it('GIVEN "what does china say about ukraine" THEN the Chinese official’s words on Ukraine answer, not the lead naming both', () => {
    const answer = shipped().ask('what does china say about ukraine').answer;
    expect(answer).toMatch(/^Despite the threat of U\.S\. action, a Chinese Foreign Ministry official signaled/);
    expect(answer).toContain('The Ukraine issue is not a China-US issue');
  });

  it('GIVEN "what has China said about the issue?" of a story no Chinese speaks in (guard) THEN "about the issue" names nothing: the embassy’s silence answers', () => {
    const text = [
      'LIMA, Peru (AP) — Peru’s navy has begun patrolling the edge of its waters to stop foreign fishing fleets from catching squid, officials said Friday.',
      'The patrols are aimed at a fleet of several hundred industrial vessels, most of them flying the Chinese flag.',
      'China’s embassy in Lima did not immediately respond to a request for comment on Friday.',
    ].join('\n\n');
    const answer = createBriefingService(staticLibrary(ingestArticle(text, { source: 'squid.txt', articleId: 'squid' }))).ask('What has China said about the issue?');
    expect(answer.answer).toMatch(/^China['’]s embassy in Lima did not immediately respond/);
  });

  it('GIVEN "who said that" after an answer opening "She said ..." THEN the sentence before it naming her answers', () => {
    const service = crush();
    expect(service.ask('how many cops deployed', { conversationKey: 'c' }).answer).toMatch(/^She said 2,500 police officers had been deployed/);
    expect(service.ask('who said that', { conversationKey: 'c' }).answer).toMatch(/^District Collector S\. Meenakshi said/);
  });

  it('GIVEN "how many died" THEN today’s nine killed answer, not the 2008 scare "though no one died" nor compensation "for each person who died"', () => {
    expect(crush().ask('how many died').answer).toMatch(/^Nine people, including four women and a 12-year-old boy, were killed/);
  });
});

describe('namesakes', () => {
  it('GIVEN "who is bikram thapa" of a story with a Hari Prasad Thapa too THEN Bikram Thapa\'s sentence answers, and "is he related to the conservation officer" gets "He is not related ..."', () => {
    const service = articleService(new URL('../fixtures/wire/nepal-rhino-count.txt', import.meta.url), 'rhino');
    expect(service.ask('who is bikram thapa', { conversationKey: 'b' }).answer).toMatch(/^A suspect in that February killing, Bikram Thapa, 29,/);
    expect(service.ask('is he related to the conservation officer', { conversationKey: 'b' }).answer).toMatch(/^He is not related to the park's chief conservation officer\./);
  });
});
