import { describePerson, peopleAndPlaces } from '../src/briefing/who-and-where/index.js';
import { articleContext, buildReply, openSectionActions } from './build-reply.js';
import { messages } from './messages.js';
import type { ReplyPart } from './reply.js';
import type { Command } from './types.js';

/** `/brief`: the briefing of the newest article: title, TL;DR, key points, who's who and where, and its sections. */
export default {
  name: 'summary',
  description: "The briefing: TL;DR, key points, who's who, places and the list of sections",
  usage: '/brief',
  examples: ['/brief', '/brief summary'],
  options: [],
  execute: async (_input, _context, services) => {
    const briefing = services.briefings.briefing();
    const { people, places } = peopleAndPlaces(briefing);
    const whoAndWhere: ReplyPart[] = [];
    if (people.length > 0) {
      whoAndWhere.push({ type: 'heading', text: messages.peopleHeading });
      whoAndWhere.push({ type: 'bullets', items: people.map(describePerson) });
    }
    if (places.length > 0) whoAndWhere.push({ type: 'paragraph', text: messages.placesLine(places) });
    return buildReply({
      kind: 'briefing',
      parts: [
        { type: 'heading', text: briefing.title },
        { type: 'paragraph', text: briefing.tldr },
        { type: 'heading', text: messages.keyPointsHeading },
        { type: 'bullets', items: briefing.keyPoints },
        ...whoAndWhere,
        { type: 'heading', text: messages.sectionsHeading },
        { type: 'bullets', items: briefing.sections.map((section) => section.title) },
        ...articleContext(services.briefings.articles().length, briefing.title),
      ],
      actions: openSectionActions(briefing),
    });
  },
} satisfies Command;
