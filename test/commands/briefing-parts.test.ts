import { describe, expect, it } from 'vitest';
import { runBriefText, runCommand } from '../../commands/dispatch.js';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { buildBriefing } from '../briefing/fixtures/briefing.js';
import { staticLibrary } from '../briefing/fixtures/static-library.js';
import { summitArticle } from '../briefing/fixtures/summit-article.js';
import { context, unusedSubscriptions } from './fakes.js';

const services = (...briefings: Parameters<typeof staticLibrary>) => ({ briefings: createBriefingService(staticLibrary(...briefings)), subscriptions: unusedSubscriptions });

describe('/brief <part of the briefing>', () => {
  it('GIVEN "people" or "who\'s who", free text or the topic option THEN the article\'s people, not a section', async () => {
    for (const reply of [await runBriefText('people', context, services(summitArticle())), await runCommand('topic', { options: { topic: "Who's who" } }, context, services(summitArticle()))]) {
      expect(reply.kind).toBe('answer');
      expect(reply.text).toContain('The main people in the article');
      expect(reply.text).toContain('Ana Costa');
    }
  });

  it('GIVEN "poeple" or "plcaes" typed with a typo THEN that part still; an English word a typo away ("gates") is a topic', async () => {
    const people = await runBriefText('topic poeple', context, services(summitArticle()));
    expect(people.text).toContain('The main people in the article');
    expect((await runBriefText('plcaes', context, services(summitArticle()))).text).toContain('The places the article names');
    expect((await runBriefText('gates', context, services(summitArticle()))).text).not.toContain('dates the article');
  });

  it('GIVEN "places" THEN the places it names; "TL;DR" THEN the briefing', async () => {
    const places = await runBriefText('places', context, services(summitArticle()));
    expect(places.text).toContain('Lisbon');
    const tldr = await runBriefText('TL;DR', context, services(summitArticle()));
    expect(tldr.kind).toBe('briefing');
  });

  it('GIVEN "organisations" or "dates" THEN the bodies and the dates the article names, not a section', async () => {
    const bodies = await runBriefText('organisations', context, services(summitArticle()));
    // The summit story names no body: the reply says so, rather than opening a section.
    expect(bodies.kind).toBe('answer');
    expect(bodies.text).toContain('The article names no organisation.');
    const dates = await runBriefText('dates', context, services(summitArticle()));
    expect(dates.kind).toBe('answer');
    expect(dates.text).toContain('The dates the article names');
    expect(dates.text).toContain('Tuesday');
  });

  it('GIVEN a section titled "People" THEN "/brief people" is that section', async () => {
    const withPeopleSection = buildBriefing({
      articleId: 'profiles',
      title: 'Village profiles',
      sections: [
        { title: 'People', paragraphs: [['Maria Santos has run the village bakery since 1990.']] },
        { title: 'Harbour', paragraphs: [['The harbour was rebuilt in 2001.']] },
      ],
    });
    const reply = await runBriefText('people', context, services(withPeopleSection));
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('village bakery');
  });
});
