/**
 * "How big are the cracks?" asks a size: the sentence giving one in units answers, not a sentence that only
 * names the cracks. "How did the hackers get in?" asks how they entered, not when they arrived.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { articleService } from '../fixtures/article-service.js';

const bridgeArticle = [
  'City closes river bridge after inspectors find cracks',
  'The city closed one of its busiest river crossings on Thursday after inspectors found cracks in two of the steel girders that hold up the Riverside Avenue Bridge.',
  'City engineer Marcus Bell said the largest crack was about 18 inches long and ran along the bottom of a girder near the center pier.',
  'A second, smaller crack was found on a neighboring girder.',
  '"A crack in that location is not something you watch and wait on," Bell said at a news conference.',
];
const breachArticle = [
  'Hackers steal hospital records',
  'Hackers stole the medical records of about 412,000 patients from St. Hedwig Hospital, the hospital confirmed on Tuesday.',
  'The hospital said it would write to all affected patients and had set up a hotline, open from 8 a.m. to 8 p.m. daily.',
  'Head of information security Jonas Lechner said the attackers entered the network about three weeks before the ransom note appeared, using the login of an outside contractor.',
  'The attackers demanded 2.5 million euros and threatened to publish the data.',
];

const vocabulary = new Vocabulary(bridgeArticle);

describe('how big', () => {
  it('GIVEN "how big are the cracks?" THEN the sentence giving the largest crack in inches answers', () => {
    const answer = articleService(bridgeArticle, 'bridge').ask('how big are the cracks?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('the largest crack was about 18 inches long');
  });

  it('GIVEN "how close did the two planes get?" THEN a distance is asked: the sentence giving it in feet answers, not "a close call"', () => {
    const nearMiss = [
      'Jets came close over Denver, FAA says',
      'Two passenger jets came within about 400 feet of each other over Denver on Tuesday, officials said.',
      'Tuesday\'s incident was the third close call involving planes at U.S. airports this year.',
      'No one was injured on either plane.',
    ];
    expect(parseQuestion('how close did the two planes get?', new Vocabulary(nearMiss)).kind).toBe('number');
    expect(articleService(nearMiss, 'near-miss').ask('how close did the two planes get?').answer).toContain('within about 400 feet');
  });

  it('GIVEN "how big", "how large" THEN a size is asked; "how big a threat" asks no figure', () => {
    for (const text of ['how big are the cracks?', 'How large is the new park?', 'how small was the boat']) {
      expect(parseQuestion(text, vocabulary).kind, text).toBe('number');
    }
    expect(parseQuestion('How big a threat does Blinken say Russia is?', vocabulary).kind).not.toBe('number');
  });
});

describe('getting in, and who was affected', () => {
  it('GIVEN "how did the hackers get in?" THEN the sentence saying how they entered answers, not "never mentions arrive"', () => {
    const service = articleService(breachArticle, 'breach');
    for (const question of ['how did the hackers get in?', 'How did they get into the network?']) {
      const answer = service.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).toContain('the attackers entered the network');
    }
  });

  it('GIVEN "how many patients were affected?" THEN the sentence counting them answers first, not "all affected patients" and a hotline open from 8 a.m. to 8 p.m.', () => {
    const answer = articleService(breachArticle, 'breach').ask('how many patients were affected?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer.startsWith('Hackers stole the medical records of about 412,000 patients')).toBe(true);
  });
});

describe('how much is it worth', () => {
  it('GIVEN "how much is the painting worth?" THEN the long sentence valuing it answers, though short ones naming the painting rank above it by their words', () => {
    const painting = [
      'Court orders museum to return painting',
      'A Dutch court on Friday ordered the museum to hand back one of its best-known paintings to the descendants of an art dealer.',
      'The painting, which shows fishing boats at dawn in the Zeeland port, has hung in the museum\'s main gallery for more than 70 years and is valued at around €28 million ($30 million).',
      'The painting was bought in 1921 by Samuel Leventhal.',
      'In 1941 he sold the painting to a German collector.',
      'The painting resurfaced in Munich after the war.',
      '"My grandfather loved this painting," she said.',
      'The painting will remain on display until the appeal is decided.',
      'An estimated 600,000 paintings were looted in Europe during the war.',
    ];
    const answer = articleService(painting, 'painting').ask('how much is the painting worth?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('is valued at around €28 million');
  });
});

describe('a count asked for by name', () => {
  it('GIVEN "whats the petition count?" THEN the sentence counting the signatures answers, not "never mentions count"', () => {
    const libraries = [
      'Three libraries could close',
      'Three libraries could close next year under plans put forward by the council to save money.',
      'Campaigners delivered their petition to the town hall on Thursday.',
      'They said the closures would hit elderly people hardest, and a petition against the plans has gathered 8,412 signatures.',
    ];
    const answer = articleService(libraries, 'libraries').ask('whats the petition count?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('has gathered 8,412 signatures');
  });
});

describe('a council vote: attending, time lost, a party', () => {
  const bypass = [
    'Councillors narrowly back relief road',
    'Council leader Margaret Holloway, a Conservative, said the vote was "a historic night for Ashcombe".',
    'She told the meeting that residents had waited more than 30 years for relief from traffic.',
    'About 150 people attended the meeting at the Corn Exchange, with dozens more watching outside.',
    'Haulage firm owner Steve Carradine said his drivers lost up to an hour a day stuck on the High Street.',
    'The first illness was reported on February 2. The most recent case was reported on April 11.',
  ];
  const service = articleService(bypass, 'bypass');

  it('GIVEN "how many people came to the meeting?" THEN it reads as who attended: the sentence counting them answers', () => {
    for (const question of ['how many people came to the meeting?', 'how many turned up for the meeting?']) {
      expect(service.ask(question).answer.startsWith('About 150 people attended the meeting'), question).toBe(true);
    }
  });

  it('GIVEN "how much time do his drivers lose?" THEN a length of time answers ("up to an hour a day"), no count is wanted', () => {
    const answer = service.ask('how much time do his drivers lose?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('up to an hour a day');
  });

  it('GIVEN "how much time passed between the first illness and the latest?" THEN the dates answer', () => {
    const answer = service.ask('How much time passed between the first illness being reported and the latest one?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('February 2');
  });

  it('GIVEN "which party is Margaret Holloway?" THEN "a Conservative" answers it', () => {
    const answer = service.ask('which party is Margaret Holloway?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer.startsWith('Council leader Margaret Holloway, a Conservative')).toBe(true);
  });
});
