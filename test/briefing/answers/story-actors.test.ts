/**
 * A question with many words the article never uses is usually about something else ("can you recommend a
 * good dumpling restaurant in Java?"), unless it asks about one of the article's people or bodies, by name or
 * by role: then it is about the story in words of its own, and is judged like any other question.
 */
import { describe, expect, it } from 'vitest';
import { articleService } from '../fixtures/article-service.js';

const landslideArticle = [
  'Landslide buries village in Java',
  'At least 23 people were killed and 41 others are missing after a landslide buried part of a village in West Java early Sunday.',
  'West Java Governor Ratna Sari Dewi visited the site on Monday and promised that relatives of the dead would receive 15 million rupiah each.',
  'The Fat Cat, a guesthouse near the village, has opened its rooms to rescuers.',
  'Its owner said the name came from a stray cat that lived in the kitchen for years.',
  'Rescue teams were still digging through the mud on Tuesday as more rain fell.',
];
const landslide = () => articleService(landslideArticle, 'landslide');

describe('a question in words of its own about one of the article\'s people', () => {
  it('GIVEN "What compensation did the governor offer the victims\' relatives?" THEN the governor\'s promise answers', () => {
    const answer = landslide().ask("What compensation did the governor offer the victims' relatives?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('15 million rupiah each');
  });

  it.each(['Can you recommend a good dumpling restaurant in Java?', 'need a good name for a cat, any ideas'])(
    'GIVEN "%s" (a place, or a name that is an English word) THEN the article does not say',
    (question) => {
      expect(landslide().ask(question).abstained).toBe(true);
    },
  );
});

describe('a general word for a thing the article names ("the animal" for a leopard)', () => {
  const zoo = () =>
    articleService(
      [
        'Snow leopard escapes from zoo',
        'A snow leopard slipped out of its enclosure at a zoo in western Poland on Sunday.',
        'Veterinarian Piotr Nowak fired a tranquilizer dart from 20 meters away, and the sleeping cat was carried back to the zoo.',
        'The zoo said the enclosure would be repaired.',
      ],
      'zoo',
    );

  it('GIVEN "Who darted the animal?" THEN the sentence about the dart answers', () => {
    const answer = zoo().ask('Who darted the animal?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Piotr Nowak');
  });

  it('GIVEN "Who darted the dog?", a kind the article never names THEN the article does not say', () => {
    expect(zoo().ask('Who darted the dog?').abstained).toBe(true);
  });
});
