/**
 * Earlier occasions of the story's own event, from the fiftieth blind review: "was there a flood like this before?"
 * was refused for "like"; "how many were killed?" mid-conversation, and "how many died then?" after the earlier
 * landslide, quoted the wrong occasion; "were there fines then?" the wrong year. The articles are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const FLOOD = [
  'Floods force thousands from homes in northern Italy',
  'BOLOGNA, Italy (AP) — Heavy rain sent rivers over their banks across the Emilia-Romagna region on Wednesday, forcing more than 5,000 people from their homes and killing two, regional officials said.',
  'Firefighters used boats to reach families stranded on rooftops in the town of Faenza, where the Lamone river burst through a levee before dawn.',
  'Regional president Marco Ferri said the damage would run to hundreds of millions of euros. "We are living through a nightmare we hoped never to see again," he said.',
  'The region suffered its worst floods in a century in May 2023, when 17 people died and 36,000 were forced from their homes. After that disaster the government spent 2.5 billion euros on repairs, but many levees were never rebuilt.',
  'Environmental groups blamed years of building on flood plains. Civil protection officials said more rain was expected on Thursday, and schools in 40 towns will stay closed until Friday.',
].join('\n\n');

const LANDSLIDE = [
  'Landslide buries village in western Nepal',
  'KATHMANDU, Nepal (AP) — A landslide triggered by monsoon rain buried much of a mountain village in western Nepal early Tuesday, killing at least 31 people, officials said.',
  'The slide struck Dhanpur, a farming settlement in Myagdi district, at around 3 a.m. while most residents were asleep.',
  'Soldiers and volunteers were digging through the mud by hand because the only road into the valley was blocked.',
  'The disaster is the deadliest in Myagdi since 2015, when a landslide in a neighbouring village killed 19 people and destroyed 40 homes.',
  'The home minister promised that survivors would be resettled on safer ground.',
].join('\n\n');

const STRIKE = [
  'Dockworkers strike halts Hamburg port',
  'HAMBURG, Germany (AP) — Thousands of dockworkers at the port of Hamburg walked off the job on Friday in a 48-hour strike over pay, leaving dozens of ships waiting at anchor.',
  'The previous agreement, signed in 2022, gave workers a 4% pay rise spread over two years.',
  'About 4,500 workers at the main container terminals took part, according to the union.',
  'It is the first full stoppage at the port since 2016, when a 24-hour strike was held over job security at new automated terminals.',
  'The two sides will meet again on Monday.',
].join('\n\n');

const CARTEL = [
  'EU court upholds shipping cartel fine',
  'LUXEMBOURG (AP) — The European Union’s top court on Thursday upheld a 2.4 billion euro fine imposed on Danish shipping group Nordhavn Line for fixing container freight prices.',
  'Three other carriers settled with the Commission in 2019 and received reduced fines totalling 870 million euros.',
  'The case is the second major cartel ruling against the container shipping industry in Europe. In 2016, the Commission accepted commitments from 14 carriers to stop publishing rate announcements, but it did not impose fines in that case.',
].join('\n\n');

const serviceOf = (text: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'story.txt', articleId: 'story' })));

describe('earlier occasions of the story’s own event', () => {
  it.each(['was there a flood like this before?', 'have there been floods like this before?'])('GIVEN "%s" THEN the earlier flood answers, "like" being no word to find', (question) => {
    const result = serviceOf(FLOOD).ask(question);
    expect(result.abstained, result.answer).toBe(false);
    expect(result.answer).toMatch(/^The region suffered its worst floods in a century in May 2023/);
  });

  it('GIVEN "how many died?" THEN today’s toll comes before the earlier flood’s', () => {
    expect(serviceOf(FLOOD).ask('how many died?').answer).toMatch(/^Heavy rain sent rivers over their banks .* killing two/);
  });

  it('GIVEN "has there been a strike like this before?" THEN the earlier strike leads, before an agreement merely dated earlier', () => {
    expect(serviceOf(STRIKE).ask('has there been a strike like this before?').answer).toMatch(/^It is the first full stoppage at the port since 2016/);
  });

  it('GIVEN "is this the first strike at the port?" (guard) THEN the sentence measuring today’s strike by 2016’s answers', () => {
    expect(serviceOf(STRIKE).ask('is this the first strike at the port?').answer).toMatch(/^It is the first full stoppage at the port since 2016/);
  });

  it('GIVEN a conversation at Myagdi (guard) THEN "how many people were killed?" is answered with today’s toll first', () => {
    const service = serviceOf(LANDSLIDE);
    service.ask('where exactly was this?', { conversationKey: 'k' });
    expect(service.ask('how many people were killed?', { conversationKey: 'k' }).answer).toMatch(/^A landslide triggered by monsoon rain .* killing at least 31 people/);
  });

  it('GIVEN "has this happened there before?" mid-conversation, then "how many died then?" THEN both are of the 2015 landslide', () => {
    const service = serviceOf(LANDSLIDE);
    service.ask('who is digging?', { conversationKey: 'k' });
    expect(service.ask('has this happened there before?', { conversationKey: 'k' }).answer).toMatch(/^The disaster is the deadliest in Myagdi since 2015/);
    expect(service.ask('how many died then?', { conversationKey: 'k' }).answer).toMatch(/^The disaster is the deadliest in Myagdi since 2015, when a landslide in a neighbouring village killed 19 people/);
  });

  it('GIVEN "has anything like this happened before?", then "were there fines then?" THEN that case answers, not 2019’s fines', () => {
    const service = serviceOf(CARTEL);
    service.ask('has anything like this happened before?', { conversationKey: 'k' });
    expect(service.ask('were there fines then?', { conversationKey: 'k' }).answer).toMatch(/^In 2016, the Commission accepted commitments/);
  });
});
