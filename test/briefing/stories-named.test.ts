/**
 * A library of several stories: a question may name the story it means by words of its title ("summarize the
 * strike story"), name a company only one story has though another reads its words differently ("CEO" is
 * "chief executive" where the letters are never written), type a hyphenated word whole ("ebike"), or quote
 * one story's words.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { storyNamed } from '../../src/briefing/story-named.js';
import { staticLibrary } from './fixtures/static-library.js';

const story = (articleId: string, paragraphs: string[], builtAt: string) => ({ ...ingestArticle(paragraphs.join('\n\n'), { source: `${articleId}.txt`, articleId }), builtAt });

const recall = story(
  'recall',
  [
    'VoltRide recalls 86,000 e-bikes after battery fires',
    'Electric bike maker VoltRide is recalling about 86,000 e-bikes sold in the United States after dozens of reports of batteries catching fire, federal regulators said Thursday.',
    'The recall covers the Metro 500 and the folding Trek-Lite 2 model.',
    'VoltRide CEO Dana Whitfield said the company was "deeply sorry" to the families affected.',
  ],
  '2026-01-01T00:00:00.000Z',
);
const strike = story(
  'strike',
  [
    'Northmoor University staff begin indefinite strike over pay',
    'Lecturers and support staff at Northmoor University have begun an indefinite strike over pay, in what union leaders call the most serious dispute in its history.',
    'The union says pay has fallen by about 20% in real terms since 2015.',
  ],
  '2026-01-02T00:00:00.000Z',
);
const wildfire = story(
  'wildfire',
  [
    'Thousands flee as Cedar Hollow wildfire tears through hillsides',
    'More than 4,200 residents were ordered to leave their homes on Tuesday as the Cedar Hollow wildfire jumped a highway and pushed toward Westbank.',
    'Fire chief executive officer Sandra Whitlock said crews were stretched. "We know people are frightened," said Whitlock. "Every minute a family spends packing is a minute our firefighters could use to protect their street."',
  ],
  '2026-01-03T00:00:00.000Z',
);
const choir = story(
  'choir',
  [
    'Village choir wins in Tallinn',
    'The Aldermoor Singers, a village choir, won the international competition in Tallinn on Saturday.',
    '"Every family in the village sang with us," said the conductor, Owen Pryce. "This is a minute we will remember."',
  ],
  '2026-01-04T00:00:00.000Z',
);

describe('a story named by the words of its title', () => {
  const service = createBriefingService(staticLibrary(recall, strike, wildfire));

  it('GIVEN "summarize the strike story" on a library whose newest is the wildfire THEN the strike story\'s gist answers', () => {
    const answer = service.ask('summarize the strike story', { conversationKey: 'a' });
    expect(answer).toMatchObject({ articleId: 'strike', abstained: false });
    expect(answer.answer).toContain('have begun an indefinite strike over pay');
  });

  it('GIVEN "what\'s the ebike story about?" and "give me the tl;dr of the wildfire" THEN each story\'s gist answers, "ebike" naming "e-bikes"', () => {
    expect(service.ask("what's the ebike story about?", { conversationKey: 'b' })).toMatchObject({ articleId: 'recall', abstained: false });
    const tldr = service.ask('give me the tl;dr of the wildfire', { conversationKey: 'c' });
    expect(tldr).toMatchObject({ articleId: 'wildfire', abstained: false });
    expect(tldr.answer).toContain('ordered to leave their homes');
  });

  it('GIVEN a story named THEN the conversation goes on with it', () => {
    service.ask('summarize the strike story', { conversationKey: 'd' });
    const next = service.ask('how far has pay fallen?', { conversationKey: 'd' });
    expect(next.articleId).toBe('strike');
    expect(next.answer).toContain('about 20% in real terms');
  });

  it('GIVEN "who is quoted in the ebike story?" and "in the strike story, how far has pay fallen?" THEN that story answers the question without the phrase', () => {
    const quoted = service.ask('who is quoted in the ebike story?', { conversationKey: 'in-story' });
    expect(quoted).toMatchObject({ articleId: 'recall', abstained: false });
    expect(quoted.answer).toContain('Dana Whitfield');
    const pay = service.ask('in the strike story, how far has pay fallen?', { conversationKey: 'in-story-2' });
    expect(pay).toMatchObject({ articleId: 'strike', abstained: false });
    expect(pay.answer).toContain('about 20% in real terms');
  });

  it('GIVEN "WILDFIRE UPDATE??" or "any news on the strike?" THEN that story\'s gist answers; "any updates?" names no story', () => {
    const update = service.ask('WILDFIRE UPDATE??', { conversationKey: 'update' });
    expect(update).toMatchObject({ articleId: 'wildfire', abstained: false });
    expect(update.answer).toContain('ordered to leave their homes');
    expect(service.ask('any news on the strike?', { conversationKey: 'news' })).toMatchObject({ articleId: 'strike', abstained: false });
    service.ask('summarize the strike story', { conversationKey: 'any' });
    expect(service.ask('any updates?', { conversationKey: 'any' }).articleId).toBe('strike');
  });

  it('GIVEN "summarise the strike story for me" THEN the trailing courtesy does not hide the request', () => {
    expect(service.ask('summarise the strike story for me', { conversationKey: 'k' })).toMatchObject({ articleId: 'strike', abstained: false });
  });

  it('GIVEN a story named ahead of the question mid-conversation ("now the strike -", "in the ebike one,", "go back to the wildfire:") THEN that story answers, and the conversation goes on with it', () => {
    const key = 'switching';
    expect(service.ask('who is the fire chief?', { conversationKey: key }).articleId).toBe('wildfire');
    // The strike story does not date its start: it says so, rather than "the wildfire story never mentions strike".
    const begun = service.ask('now the strike - when did it begin?', { conversationKey: key });
    expect(begun).toMatchObject({ articleId: 'strike', abstained: true });
    expect(begun.answer).not.toContain('never mentions');
    const sorry = service.ask('in the ebike one, who said they were sorry?', { conversationKey: key });
    expect(sorry).toMatchObject({ articleId: 'recall', abstained: false });
    expect(sorry.answer).toContain('Dana Whitfield');
    const back = service.ask('go back to the wildfire: how many residents had to leave?', { conversationKey: key });
    expect(back).toMatchObject({ articleId: 'wildfire', abstained: false });
    expect(back.answer).toContain('More than 4,200 residents');
    expect(service.ask('who said that?', { conversationKey: key }).articleId).toBe('wildfire');
  });

  it('GIVEN a story named by words its title leaves out ("the university one", "the trial story") THEN the story whose sentences use them, or a relative ("court" for "trial"), answers', () => {
    const pay = service.ask('in the university one, how far has pay fallen?', { conversationKey: 'body-words' });
    expect(pay).toMatchObject({ articleId: 'strike', abstained: false });
    const court = story(
      'court',
      ['Charity treasurer jailed for seven years', 'A former charity treasurer was jailed on Tuesday for stealing 3.8 million dollars.', 'Justice Helen Marsters told the High Court in Christchurch that he had used the accounts "like a personal wallet."'],
      '2026-01-01T12:00:00.000Z',
    );
    const judge = createBriefingService(staticLibrary(court, strike, wildfire)).ask('in the trial story, who was the judge?', { conversationKey: 'trial' });
    expect(judge).toMatchObject({ articleId: 'court', abstained: false });
    expect(judge.answer).toContain('Justice Helen Marsters');
  });

  it('GIVEN "the mayor, what did she say?" or "in the morning, what happened?" THEN no story is named: only a word pointing at a story or moving to it names one', () => {
    expect(storyNamed('the mayor, what did she say?')).toBeUndefined();
    expect(storyNamed('in the morning, what happened?')).toBeUndefined();
    expect(storyNamed('now the mayor: what did she say?')).toEqual({ words: 'mayor', question: 'what did she say?' });
    expect(storyNamed('and the charity one, how much was stolen?')).toEqual({ words: 'charity', question: 'how much was stolen?' });
    expect(storyNamed('what about the other one, who won?')).toBeUndefined();
    // "It" is the thing named, where no word said "story" or "one".
    expect(storyNamed('go back to the octopus: how deep was it?')).toEqual({ words: 'octopus', question: 'how deep was the octopus?' });
    expect(storyNamed("in the octopus story, how deep was it? it's deep")?.question).toBe("how deep was it? it's deep");
  });

  it('GIVEN "the main story" or words no title has THEN no story is named: the newest answers as before', () => {
    expect(service.ask('what is the main story?', { conversationKey: 'e' }).articleId).toBe('wildfire');
    expect(service.ask('summarize the zebra story', { conversationKey: 'f' }).articleId).toBe('wildfire');
  });
});

describe('words only another story has, read its own way', () => {
  it('GIVEN "who is the ceo of voltride?" where the newest story reads "CEO" as "chief executive" THEN the recall story, which writes "CEO", answers', () => {
    const answer = createBriefingService(staticLibrary(recall, strike, wildfire)).ask('who is the ceo of voltride?', { conversationKey: 'g' });
    expect(answer).toMatchObject({ articleId: 'recall', abstained: false });
    expect(answer.answer).toContain('VoltRide CEO Dana Whitfield');
  });

  it('GIVEN "who is the spokesperson?" of a story with none THEN it is refused there, not answered by another story\'s one spokesman asked of by name', () => {
    const talks = story(
      'talks',
      ['Envoy heads to Beijing', 'The envoy arrived in Beijing on Wednesday for talks.', 'State Department spokesman Matthew Miller said China could do more.'],
      '2026-01-01T12:00:00.000Z',
    );
    const answer = createBriefingService(staticLibrary(talks, wildfire)).ask('who is the spokesperson?', { conversationKey: 'i' });
    expect(answer).toMatchObject({ articleId: 'wildfire', abstained: true });
    // Asked in the other story's own word, it goes there.
    expect(createBriefingService(staticLibrary(talks, wildfire)).ask('who is the spokesman?', { conversationKey: 'j' })).toMatchObject({ articleId: 'talks', abstained: false });
  });

  it('GIVEN "who is the judge?" where the newest story only has a relative of the word ("ruling") THEN the story writing "judge" answers', () => {
    const court = story(
      'court',
      ['Court orders museum to return painting', 'Judge Marieke de Bruin of the Amsterdam District Court ruled that the painting was sold under duress in 1941.', 'The museum said it would appeal.'],
      '2026-01-01T12:00:00.000Z',
    );
    const council = story(
      'council',
      ['Libraries to close', 'Three libraries could close next year under plans put forward by the council.', 'The ruling Labour group said the sites had the fewest visitors.'],
      '2026-01-05T00:00:00.000Z',
    );
    const answer = createBriefingService(staticLibrary(court, council)).ask('who is the judge?', { conversationKey: 'l' });
    expect(answer).toMatchObject({ articleId: 'court', abstained: false });
    expect(answer.answer).toContain('Judge Marieke de Bruin');
  });

  it('GIVEN "which ebike models are recalled?" THEN "ebike" is the article\'s "e-bike" and the models answer', () => {
    const answer = createBriefingService(staticLibrary(recall)).ask('which ebike models are recalled?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Metro 500');
  });

  it('GIVEN "who said <six words or more in a row of one story>?" on another story that answers something THEN the story quoted answers, naming the speaker', () => {
    const answer = createBriefingService(staticLibrary(recall, wildfire, choir)).ask('who said every minute a family spends packing is a minute our firefighters could use?', { conversationKey: 'h' });
    expect(answer).toMatchObject({ articleId: 'wildfire', abstained: false });
    expect(answer.answer).toContain('said Whitlock');
  });
});
