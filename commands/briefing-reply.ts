/** The briefing of one article as a reply: `/brief` shows the newest's, `/brief article <which>` any one's. */
import { keyPointsBesidesTldr } from '../src/briefing/key-points.js';
import { describePerson, peopleAndPlaces } from '../src/briefing/who-and-where/index.js';
import type { Briefing } from '../src/briefing/types.js';
import { buildReply, openSectionActions } from './build-reply.js';
import { messages } from './messages.js';
import type { Reply, ReplyPart } from './reply.js';

/** Title, TL;DR, key points, who's who and where, the sections (a button each), and `context` below. */
export function briefingReply(briefing: Briefing, context: readonly ReplyPart[]): Reply {
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
      { type: 'bullets', items: keyPointsBesidesTldr(briefing) },
      ...whoAndWhere,
      { type: 'heading', text: messages.sectionsHeading },
      { type: 'bullets', items: briefing.sections.map((section) => section.title) },
      ...context,
    ],
    actions: openSectionActions(briefing),
  });
}
