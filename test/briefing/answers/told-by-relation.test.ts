/**
 * From the forty-fourth blind review's rent law, fraud appeal and derailment: a mother whose words are told as "Her
 * mother said ..." is quoted, not called silent; "how old is he?" is answered by his age, not by a fund's two
 * years; "the old man" is the oldest man the story gives an age for.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const serviceOf = (id: string, ...paragraphs: string[]) =>
  createBriefingService(staticLibrary(ingestArticle(paragraphs.join('\n\n'), { source: `${id}.txt`, articleId: id })));

describe('people told by the word they were introduced with', () => {
  const rents = () =>
    serviceOf(
      'rents',
      'Tenants march as Porto caps rents',
      'PORTO, Portugal (AP) — Porto city council on Thursday capped rent rises at 2% a year, as thousands of tenants marched outside.',
      'Ana Sousa, 31, a teacher, said her rent rose from 600 to 900 euros this year. She now shares the flat with her mother, Rosa Sousa, 62, a retired cook who was evicted in May.',
      '"My mother raised four children in this city," Ana Sousa said. Her mother said she had marched "for my grandchildren."',
      'Landlords said the cap would shrink the number of flats for rent.',
    );

  it('GIVEN "what did the mother say?" THEN her words, told as "Her mother said ...", answer and she is not called silent', () => {
    const answer = rents().ask('what did the mother say?', { conversationKey: 'mother' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Her mother said she had marched "for my grandchildren."');
  });

  it('GIVEN "what did Rosa Sousa say?" THEN the same words answer', () => {
    expect(rents().ask('what did Rosa Sousa say?', { conversationKey: 'rosa' }).answer).toContain('Her mother said she had marched');
  });

  it('GIVEN "what did Rosa Sousa say?" where only others speak of "the mother" THEN she is not quoted: the relation must be the one speaking', () => {
    const service = serviceOf(
      'silent',
      'Council caps rents',
      'BRAGA, Portugal (AP) — Braga council capped rent rises on Monday.',
      'Ana Sousa, 31, shares a flat with her mother, Rosa Sousa, 62, a retired cook who was evicted in May.',
      'Their old building was sold to a fund in April.',
      'The landlord said the mother had missed payments.',
    );
    expect(service.ask('what did Rosa Sousa say?', { conversationKey: 'rosa' }).answer).toBe('The article does not quote Rosa Sousa: it only mentions her.');
  });
});

describe('an age asked of "he"', () => {
  it('GIVEN "how old is he?" after the dissenting judge\'s words THEN his age answers, not a sentence holding two years', () => {
    const service = serviceOf(
      'appeal',
      'Appeals court cuts sentence in pension fraud',
      'MALMO, Sweden (AP) — A Swedish appeals court on Tuesday cut the sentence of a pension adviser, Erik Berg, to four years from five.',
      'One of the three judges, Olof Lind, dissented and said he would have kept Erik Berg\'s five-year sentence.',
      'According to prosecutors, the fund run by Berg paid early investors with money from later ones between 2016 and 2021.',
      'In a written opinion, Lind, 63, said the adviser had "lied to people who trusted him."',
    );
    service.ask('did all the judges agree?', { conversationKey: 'judge' });
    service.ask('what did the one who disagreed say?', { conversationKey: 'judge' });
    expect(service.ask('how old is he?', { conversationKey: 'judge' }).answer).toContain('Lind, 63,');
  });
});

describe('a person by age and sex, as a reader recalls them', () => {
  const derailment = () =>
    serviceOf(
      'derailment',
      'Train derails near Verona, killing 2',
      'VERONA, Italy (AP) — A regional train derailed near Verona on Friday, killing two people and injuring 19.',
      'Piero Galli, 71, a retired baker, was in the second carriage. "There was a bang and then everything was upside down," he said.',
      'His son, Marco Galli, 40, pulled him out through a window.',
      'The driver, Luca Bruni, 52, was slightly injured.',
      'Anna Ferri, 24, a student, said passengers helped each other out.',
    );

  it('GIVEN "what did the old man say?" of a story naming no "old man" THEN the oldest man it gives an age for answers', () => {
    expect(derailment().ask('what did the old man say?', { conversationKey: 'old' }).answer).toContain('"There was a bang and then everything was upside down," he said.');
  });

  it('GIVEN "what did the young woman say?" THEN the youngest woman answers', () => {
    expect(derailment().ask('what did the young woman say?', { conversationKey: 'young' }).answer).toMatch(/^Anna Ferri, 24, a student, said passengers helped each other out\./);
  });

  it('GIVEN "how badly was the young girl hurt?" of a story calling her "a 9-year-old girl" THEN it is asked in the article\'s own word, not of a named woman', () => {
    const service = serviceOf(
      'crash',
      'Bus crash kills five',
      'LIMA, Peru (AP) — A bus crashed near Lima on Sunday, killing five people.',
      'The survivors are a 9-year-old girl and Rosa Quispe, 32, a teacher.',
      'A hospital spokeswoman said the girl had a broken leg.',
    );
    expect(service.ask('how badly was the young girl hurt?', { conversationKey: 'girl' }).answer).not.toMatch(/^Rosa Quispe/);
  });
});
