/**
 * "Name them", "what's his name?" in a thread, and questions about the article's photo: the names the last
 * answer gave (or a plain "does not name him"), and the caption.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { Vocabulary } from '../../../src/briefing/search/vocabulary.js';
import { inventedArticle, threadOn } from '../fixtures/article-service.js';
import { staticLibrary } from '../fixtures/static-library.js';

const article = [
  'Port strike spreads to three cities',
  'Dock workers at the port of Valmar walked out over pay on Monday, union leader Rosa Lind said.',
  'Three workers detained at the picket line, Tomas Berg, Ana Costa and Luis Neves, were freed on Tuesday.',
  '"We will not be the ones to blink," a senior port official said.',
  'Rosa Lind speaks to strikers outside the port of Valmar, March 3, 2025.',
  'Shipping firms say thousands of containers are stuck at sea.',
].join('\n\n');


describe('names asked of the last answer', () => {
  it('GIVEN an answer listing the people freed WHEN asked "name them" or "what are their names" THEN the sentence naming them is quoted', () => {
    for (const follow of ['name them', 'what are their names?', 'names?']) {
      const ask = threadOn(article);
      expect(ask('Who was freed on Tuesday?').answer).toContain('Tomas Berg');
      const names = ask(follow);
      expect(names.abstained, follow).toBe(false);
      expect(names.answer, follow).toContain('Tomas Berg, Ana Costa and Luis Neves');
    }
  });

  it('GIVEN a quote from an official given only by role WHEN asked "whats his name" THEN the article does not name him', () => {
    const ask = threadOn(article);
    expect(ask('Who said they would not blink?').answer).toContain('a senior port official said');
    const name = ask('whats his name');
    expect(name.abstained).toBe(true);
    expect(name.answer).toBe('The article does not name him.');
  });

  it('GIVEN a lead naming no one ("A former treasurer ... was sentenced") WHEN asked "what\'s his name?" THEN the next sentence, naming the man the story is about, answers', () => {
    const ask = threadOn(
      [
        'Charity treasurer jailed',
        'CHRISTCHURCH, New Zealand (AP) — A former treasurer of a children\'s cancer charity was sentenced on Tuesday to six years in prison for stealing 3.8 million dollars.',
        'Grant Whitlock, 58, pleaded guilty in August to 41 charges of theft.',
        'Justice Helen Marsters said Whitlock had used the charity\'s accounts "like a personal wallet."',
        'Whitlock was taken from the court to prison.',
      ].join('\n\n'),
    );
    expect(ask('how long did the charity treasurer get?').answer).toContain('six years');
    const name = ask("what's his name?");
    expect(name.abstained).toBe(false);
    expect(name.answer).toMatch(/^Grant Whitlock, 58, pleaded guilty/);
  });

  it('GIVEN a quote naming its speaker WHEN asked "what is her full name" THEN the quote naming her answers', () => {
    const ask = threadOn(article);
    expect(ask('Who is the union leader?').answer).toContain('Rosa Lind');
    const name = ask("what's her full name?");
    expect(name.abstained).toBe(false);
    expect(name.answer).toContain('union leader Rosa Lind');
  });

  it('GIVEN "what are their names" asked afresh THEN nothing is quoted for a conversation that never was', () => {
    const service = createBriefingService(staticLibrary(ingestArticle(article, { source: 'test.txt', articleId: 'test' })));
    expect(service.ask('what are their names?').abstained).toBe(true);
  });
});

describe('"who is the ... official?" of someone given only by role', () => {
  it('GIVEN an official quoted only by role THEN the article does not name the official', () => {
    const answer = threadOn(article)('Who is the senior port official who said they would not blink?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toBe('The article does not name the official: it gives only the role.');
  });

  it('GIVEN an official named beside the role THEN that sentence answers', () => {
    const named = article.replace('a senior port official said', 'said port official Marta Sousa');
    const answer = threadOn(named)('Who is the port official who said they would not blink?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Marta Sousa');
  });

  it('GIVEN "whats the officials name" or "what is the name of the port official" THEN the same refusal', () => {
    for (const question of ['whats the officials name', 'What is the name of the senior port official?']) {
      const answer = threadOn(article)(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.answer, question).toBe('The article does not name the official: it gives only the role.');
    }
  });

  it('GIVEN "what was the name of the air traffic controller?" of a story naming none THEN the same refusal, for the controller', () => {
    const nearMiss = [
      'Jets came close over Denver',
      'Two passenger jets came within about 400 feet of each other after an air traffic controller cleared one plane to climb into the path of another.',
      'The controller was removed from duty, the FAA said.',
      'The pilots of both planes followed the warning.',
    ].join('\n\n');
    const answer = threadOn(nearMiss)('what was the name of the air traffic controller?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toBe('The article does not name the controller: it gives only the role.');
  });

  it('GIVEN a named union leader WHEN asked "whats the union leader\'s name" THEN "name" is no word to find: her sentence answers', () => {
    const answer = threadOn(article)("whats the union leader's name");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('union leader Rosa Lind');
  });

  it('GIVEN "who is the port official meeting?" THEN it asks whom the official meets, and is no refusal of a name', () => {
    const meeting = article.replace('"We will not be the ones to blink," a senior port official said.', 'The senior port official is meeting shipping firms on Friday.');
    const answer = threadOn(meeting)('who is the senior port official meeting?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('meeting shipping firms');
  });

  it('GIVEN a description the best sentence answers in other words ("union leader Rosa Lind") THEN it answers', () => {
    const answer = threadOn(article)('Who is the union official who announced the walkout?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Rosa Lind');
  });
});

describe('a named person\'s job', () => {
  const vocabulary = new Vocabulary(['Secretary of the treasury Janet Yellen visited the country just a few weeks ago.']);

  it('GIVEN "what is janet yelen\'s job" THEN it asks who she is, as "what is her job?" does', () => {
    for (const text of ["what is janet yelen's job", 'whats yellens job?', "What was Janet Yellen's occupation?"]) {
      const parsed = parseQuestion(text, vocabulary);
      expect(parsed.kind, text).toBe('person');
      expect(parsed.terms.map((t) => t.token), text).not.toContain('job');
    }
  });

  it('GIVEN "What is NATO\'s position?" or a job asked about something more THEN it is not read as "who is"', () => {
    expect(parseQuestion("What is NATO's position?", vocabulary).kind).not.toBe('person');
    expect(parseQuestion("What was Yellen's job in the talks?", vocabulary).terms.map((t) => t.token)).toContain('talks');
  });

  it('GIVEN the question typed with a typo in the name THEN the sentence giving her role answers', () => {
    const ask = threadOn(['Treasury chief visits', 'Secretary of the treasury Janet Yellen visited the country just a few weeks ago.', 'She met bankers in the capital.'].join('\n\n'));
    const job = ask("what is janet yelen's job");
    expect(job.abstained).toBe(false);
    expect(job.answer).toContain('Secretary of the treasury Janet Yellen');
  });
});

describe('questions about the photo', () => {
  it('GIVEN an article with a photo caption WHEN asked what the photo shows, who is in it, or where it was taken THEN the caption is quoted', () => {
    for (const question of ["what's in the photo?", 'who is in the picture', 'where was the pic taken?', 'what does the image show']) {
      const answer = threadOn(article)(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).toBe('Rosa Lind speaks to strikers outside the port of Valmar, March 3, 2025.');
    }
  });

  it('GIVEN the caption just quoted WHEN asked "when was it taken?" THEN the caption, with its date, answers again', () => {
    const ask = threadOn(article);
    ask('what does the photo show?');
    expect(ask('when was it taken?').answer).toContain('March 3, 2025');
  });

  it('GIVEN a caption that credits no one WHEN asked who took the photo THEN the article does not say', () => {
    const answer = threadOn(article)('who took the photo?');
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('credits no one');
  });

  it('GIVEN a caption crediting its photographer WHEN asked who took the photo THEN that caption is quoted', () => {
    const credited = article.replace('March 3, 2025.', 'March 3, 2025. (AP Photo/Joana Reis)');
    const answer = threadOn(credited)('who took the photo?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('AP Photo/Joana Reis');
  });

  it('GIVEN "the big picture" or "what does the picture look like for" THEN the story answers, not the caption', () => {
    for (const question of ['what is the big picture for the port?', 'what does the picture look like for shipping firms?']) {
      const answer = threadOn(article)(question);
      expect(answer.answer, question).not.toContain('Rosa Lind speaks to strikers');
    }
  });

  it('GIVEN an article without a caption WHEN asked about the photo THEN it says the article never mentions one', () => {
    const plain = article.replace('Rosa Lind speaks to strikers outside the port of Valmar, March 3, 2025.', 'The strike is the longest in a decade.');
    const answer = threadOn(plain)("what's in the photo?");
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain('photo');
  });

  it('GIVEN "is there a photo?" or a bare "pics?" THEN the caption answers; "the stolen picture" or "Roskamp\'s pictures" are the story\'s paintings, not the photo', () => {
    for (const question of ['is there a photo in the article?', 'pics?']) {
      expect(threadOn(article)(question).answer, question).toContain('Rosa Lind speaks to strikers');
    }
    const theft = [
      'Painting stolen from museum',
      'Thieves stole a painting by Jan Roskamp from a museum in Lyon on Sunday, police said.',
      'The stolen work was painted by Roskamp around 1661.',
      'Police officers stand outside the museum in Lyon, March 3, 2025.',
      'Investigators believe the pair left on a motorcycle.',
    ].join('\n\n');
    for (const question of ['When was the stolen picture painted?', "When were Roskamp's pictures painted?"]) {
      expect(threadOn(theft)(question).answer, question).toContain('painted by Roskamp around 1661');
    }
  });

  it('GIVEN a caption sharing the question\'s words ("Director Ines Carvalho holds the Golden Bear ...") THEN the story\'s own sentence answers, without the caption', () => {
    // An article of the invented-news evaluation set: a Portuguese film wins the Golden Bear in Berlin.
    const article = inventedArticle('synth-N-06');
    const answer = threadOn(article)('To whom did the filmmaker dedicate her award?');
    expect(answer.answer).toContain('"I want to give this bear to the women of Castro Marim');
    expect(answer.answer).not.toContain('holds the Golden Bear');
  });

  it('GIVEN a story that itself speaks of images WHEN asked about the images THEN the story answers, not the caption', () => {
    const images = article.replace('Shipping firms say thousands of containers are stuck at sea.', 'Images of empty docks spread quickly on social media.');
    const answer = threadOn(images)('where did the images spread?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('social media');
  });
});

describe('a body named by what it is ("a group known as BlackVane")', () => {
  const hack = [
    'Ransomware attack forces Ohio hospital to divert ambulances',
    'SPRINGFIELD, Ohio (AP) — A ransomware attack crippled computer systems at Mercy Valley Regional Medical Center early Tuesday, officials said.',
    'A researcher who tracks ransomware groups, Priya Natarajan, said the ransom note matched the style of a group known as BlackVane, which has targeted 12 American hospitals since March.',
    "The FBI's Cincinnati field office confirmed that it was investigating.",
    'Health care has become a favorite target for ransomware gangs because hospitals cannot afford long outages.',
  ].join('\n\n');

  it('WHEN asked "what\'s the name of the ransomware gang?" THEN the sentence naming the group answers, not the one about all such gangs', () => {
    const answer = threadOn(hack)("what's the name of the ransomware gang?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer.startsWith('A researcher who tracks ransomware groups')).toBe(true);
  });

  it('WHEN asked "what did the FBI say?" THEN the sentence writing "The FBI\'s" answers', () => {
    const answer = threadOn(hack)('what did the FBI say?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain("The FBI's Cincinnati field office confirmed");
  });
});
