/**
 * The event a story is about ("a dust storm", "the blackout"): named in its headline or lead and told again after.
 * Every sentence of the story is about it, and its background tells of earlier ones in words of their own
 * ("Ecuador's last nationwide power failure was in June 2019").
 */
import { headlineTerms, leadPosition, type ArticleIndex } from '../search/article-index.js';
import { relatedTerms } from '../search/related-terms.js';
import { stem } from '../text/tokens.js';

/** Events a story may be about. */
const STORY_EVENTS: ReadonlySet<string> = new Set(
  `storm typhoon hurricane cyclone tornado flood floods flooding fire blaze wildfire wildfires earthquake quake eruption
  landslide mudslide avalanche tsunami drought heatwave collapse crash derailment explosion blast attack shooting
  strike walkout lockout protest protests riot riots blackout outage outbreak epidemic pandemic election referendum
  trial summit tournament championship robbery heist theft raid leak scandal spill famine war`
    .split(/\s+/)
    .map(stem),
);
/** A word of the headline or lead names the story's event where this many of the article's sentences use it. */
const STORY_EVENT_SENTENCES = 3;
const storyEventsOf = new WeakMap<ArticleIndex, ReadonlySet<string>>();

/** The events the headline or lead names that the article tells again (stemmed): usually one, often none. */
export function storyEvents(index: ArticleIndex): ReadonlySet<string> {
  let events = storyEventsOf.get(index);
  if (events === undefined) {
    // The headline may name it where the lead tells it ("Nationwide blackout leaves ..." over "plunged ... into darkness").
    const lead = index.sentences[leadPosition(index)];
    const named = [...new Set([...(lead?.terms ?? []), ...headlineTerms(index)])].filter((term) => STORY_EVENTS.has(term));
    // Told again in another word for the same event ("the outage" of a blackout) counts too.
    events = new Set(
      named.filter((term) => {
        const words = [term, ...relatedTerms(term).filter((related) => STORY_EVENTS.has(related))];
        return index.sentences.filter((indexed) => words.some((word) => indexed.terms.has(word))).length >= STORY_EVENT_SENTENCES;
      }),
    );
    storyEventsOf.set(index, events);
  }
  return events;
}

/**
 * The word the headline names the story's event by, as written ("strike", "wildfire"): "has this happened before?"
 * asked first is asked of it. Undefined where the headline names no event the story tells again.
 */
export function storyEventWord(index: ArticleIndex): string | undefined {
  const events = storyEvents(index);
  if (events.size === 0) return undefined;
  // The lead may name another in passing ("... Russia's war in Ukraine"): the headline says what the story is.
  for (const word of index.briefing.title.toLowerCase().match(/\p{L}+/gu) ?? []) if (events.has(stem(word))) return word;
  return undefined;
}
