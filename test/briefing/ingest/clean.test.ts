import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/briefing/ingest/sentences.js';
import { cleanBlock, datelinePlaces, tidySentence } from '../../../src/briefing/ingest/clean.js';

describe('cleanBlock', () => {
  it('GIVEN a wire dateline THEN the places it names are read, in readable case; none without a place or a dateline', () => {
    expect(datelinePlaces('NAIROBI, Kenya (CNN) -- A single injection cut malaria infections.')).toEqual(['Nairobi', 'Kenya']);
    expect(datelinePlaces('WASHINGTON (AP) — The Senate voted.')).toEqual(['Washington']);
    expect(datelinePlaces('SAN FRANCISCO, California (CNN) -- Fog.')).toEqual(['San Francisco', 'California']);
    expect(datelinePlaces('(CNN) -- Air New Zealand released a video.')).toEqual([]);
    expect(datelinePlaces('The Senate voted on Monday.')).toEqual([]);
    // Without the agency's name: the city in capitals, a comma and its country or state, then a dash.
    expect(datelinePlaces('GRAZ, Austria — Hackers stole the records of 412,000 patients.')).toEqual(['Graz', 'Austria']);
    expect(datelinePlaces('MONCTON, New Brunswick -- The mayor resigned.')).toEqual(['Moncton', 'New Brunswick']);
    expect(datelinePlaces('NATO — the alliance — met on Monday.')).toEqual([]);
  });

  it('GIVEN a dateline dated as Reuters writes it, with or without the agency THEN its places are read and cleanBlock drops it', () => {
    expect(datelinePlaces('JAKARTA, Nov 28 - Former health minister Dewi Anggraini fell just short.')).toEqual(['Jakarta']);
    expect(datelinePlaces('AREQUIPA, Peru, March 14 (Reuters) - A mudslide buried a village.')).toEqual(['Arequipa', 'Peru']);
    expect(cleanBlock('CHINGOLA, Zambia, June 6 - About 4,500 workers extended their strike.')).toBe('About 4,500 workers extended their strike.');
    expect(cleanBlock('AREQUIPA, Peru, March 14 (Reuters) - A mudslide buried a village.')).toBe('A mudslide buried a village.');
    expect(cleanBlock('KESWICK, England (BBC) — About 60 homes have been flooded.')).toBe('About 60 homes have been flooded.');
    // Any agency's name in brackets, the date having said it is a dateline.
    expect(cleanBlock('ROTTERDAM, Netherlands, Oct 3 (Meridian Wire) - About 4,200 dock workers walked off the job.')).toBe('About 4,200 dock workers walked off the job.');
    expect(datelinePlaces('ROTTERDAM, Netherlands, Oct 3 (Meridian Wire) - About 4,200 dock workers walked off the job.')).toEqual(['Rotterdam', 'Netherlands']);
  });

  it('GIVEN an undated dateline with any agency in brackets ("DUNMORE, Pa. (Wire) --") THEN cleanBlock drops it whole and reads its places', () => {
    expect(cleanBlock('HARLAN, Ky. (Wire) -- Coalfield Foods said it will close its plant.')).toBe('Coalfield Foods said it will close its plant.');
    expect(cleanBlock('LONDON (Meridian News) — A pill cut migraine days by a third.')).toBe('A pill cut migraine days by a third.');
    expect(datelinePlaces('HARLAN, Ky. (Wire) -- Coalfield Foods said it will close its plant.')).toEqual(['Harlan', 'Ky.']);
    // Brackets after a word that is not a city in capitals are the sentence's own.
    expect(cleanBlock('Shares (Class A) -- the voting kind -- fell.')).toBe('Shares (Class A) -- the voting kind -- fell.');
  });

  it('GIVEN a city alone in capitals before a dash ("LUXEMBOURG - ") THEN it is a dateline where the city is a known place', () => {
    expect(cleanBlock('LUXEMBOURG - The European Union\'s General Court upheld the fine.')).toBe("The European Union's General Court upheld the fine.");
    expect(datelinePlaces('BUENOS AIRES — Argentina voted on Sunday.')).toEqual(['Buenos Aires']);
    expect(cleanBlock('BREAKING - Something Happened here.')).toBe('BREAKING - Something Happened here.');
    expect(cleanBlock('NATO — the alliance — met on Monday.')).toBe('NATO — the alliance — met on Monday.');
    // A date alone, with no city in capitals before it, is the sentence's own.
    expect(cleanBlock('On Nov 28 - a Thursday - the count began.')).toBe('On Nov 28 - a Thursday - the count began.');
  });

  it('GIVEN link texts flattened into the prose ("Watch ... »", "E-mail to a friend") THEN they go and the sentences stay', () => {
    expect(cleanBlock('He will reprise the role in the last two films.  Watch I-Reporter give her review of Potter\'s latest » He turns 18 on Monday.')).toBe(
      'He will reprise the role in the last two films. He turns 18 on Monday.',
    );
    expect(cleanBlock('They identified the six missing miners as Luis Hernandez and Don Erickson. E-mail to a friend')).toBe(
      'They identified the six missing miners as Luis Hernandez and Don Erickson.',
    );
    expect(cleanBlock('She told a friend by e-mail to a friend of hers.')).toBe('She told a friend by e-mail to a friend of hers.');
  });

  it('GIVEN stray and doubled periods THEN one period remains', () => {
    expect(cleanBlock("last November's Biden-Xi summit. .")).toBe("Last November's Biden-Xi summit.");
    expect(cleanBlock('exercise restraint. . This will be our message')).toBe('Exercise restraint. This will be our message');
  });

  it('GIVEN an ellipsis THEN it is kept', () => {
    expect(cleanBlock('He paused... then spoke.')).toBe('He paused... then spoke.');
  });

  it('GIVEN a doubled word, a period cut into a sentence or before a comma THEN cleanBlock keeps them: quotes are the article as written', () => {
    expect(cleanBlock('Biden has has repeatedly suggested it.')).toBe('Biden has has repeatedly suggested it.');
    expect(cleanBlock('the island of Taiwan is sworn in. a new president.')).toBe('The island of Taiwan is sworn in. a new president.');
    expect(cleanBlock('notably Mark Swidan, Kai Li., and David Lin.')).toBe('Notably Mark Swidan, Kai Li., and David Lin.');
  });

  it('GIVEN abbreviations before lower-case words THEN their periods stay', () => {
    expect(cleanBlock('The U.S. military and Mr. smith etc. and more.')).toBe('The U.S. military and Mr. smith etc. and more.');
  });

  it('GIVEN odd whitespace and curly or Treebank quotes THEN spaces collapse and quotes are straight', () => {
    expect(cleanBlock('\u201cWe are\u00a0in a   different\tsituation,\u201d he said .')).toBe('"We are in a different situation," he said.');
    expect(cleanBlock("`` Hello '' , she said.")).toBe('"Hello", she said.');
  });

  it('GIVEN a wire dateline THEN it is removed', () => {
    expect(cleanBlock('WASHINGTON (CNN) -- As he awaits a report, the president spoke.')).toBe('As he awaits a report, the president spoke.');
    expect(cleanBlock('GRAZ, Austria — Hackers stole the records of 412,000 patients.')).toBe('Hackers stole the records of 412,000 patients.');
    expect(cleanBlock('NATO — the alliance — met on Monday.')).toBe('NATO — the alliance — met on Monday.');
  });

  it('GIVEN a block that lost its capital THEN the first letter is capitalised, "iPhone" is not', () => {
    expect(cleanBlock('secretary of the treasury Janet Yellen visited.')).toBe('Secretary of the treasury Janet Yellen visited.');
    expect(cleanBlock('iPhone sales rose.')).toBe('iPhone sales rose.');
  });
});

describe('tidySentence (the bot restating a sentence)', () => {
  it('GIVEN a doubled word THEN one copy remains, but "had had" stays', () => {
    expect(tidySentence('Biden has has repeatedly suggested it.')).toBe('Biden has repeatedly suggested it.');
    expect(tidySentence('She had had enough.')).toBe('She had had enough.');
  });

  it('GIVEN a fragment cut off by a wrong period THEN it joins its sentence', () => {
    expect(tidySentence('The island of Taiwan is sworn in. a new president that Beijing openly hates.')).toBe(
      'The island of Taiwan is sworn in a new president that Beijing openly hates.',
    );
    expect(tidySentence('To lift sanctions against China. entities, during a state press briefing.')).toBe(
      'To lift sanctions against China entities, during a state press briefing.',
    );
    expect(tidySentence('A shortage of equipment and supplies. weapons.')).toBe('A shortage of equipment and supplies weapons.');
  });

  it('GIVEN abbreviations before lower-case words THEN their periods stay', () => {
    expect(tidySentence('The U.S. military and Mr. smith etc. and more.')).toBe('The U.S. military and Mr. smith etc. and more.');
  });

  it('GIVEN a name with a stray period before a comma THEN the period goes, "U.S.," keeps its', () => {
    expect(tidySentence('Notably Mark Swidan, Kai Li., and David Lin.')).toBe('Notably Mark Swidan, Kai Li, and David Lin.');
    expect(tidySentence('Allies of the U.S., and others.')).toBe('Allies of the U.S., and others.');
  });
});

describe('cleanBlock: a link\'s words run into the prose', () => {
  it('GIVEN "View the video here" before a sentence THEN the link\'s words go; "View the video here on Monday" is prose', () => {
    expect(cleanBlock('View the video here Previous versions of the video have revolutionized the safety message.')).toBe('Previous versions of the video have revolutionized the safety message.');
    expect(cleanBlock('The clip went viral. Watch the full interview here. It was shot in the Cook Islands.')).toBe('The clip went viral. It was shot in the Cook Islands.');
    expect(cleanBlock('View the video here on Monday, the organisers said.')).toBe('View the video here on Monday, the organisers said.');
  });
});

describe('cleanBlock: a fact a line', () => {
  it('GIVEN a fact box, a label and a figure a line THEN each line stays a line, and each is a sentence of its own', () => {
    const box = 'Mythe Bridge river level: 5.21m (peak, Tuesday)\nPeople rescued: 37\nRecovery grant per household: up to £500';
    expect(cleanBlock(box)).toBe(box);
    expect(splitSentences(cleanBlock(box))).toEqual(['Mythe Bridge river level: 5.21m (peak, Tuesday)', 'People rescued: 37', 'Recovery grant per household: up to £500']);
  });

  it('GIVEN prose wrapped at a fixed width THEN its lines are joined into one paragraph as before', () => {
    const wrapped = 'The river peaked on Tuesday morning and\nofficials said it would stay high for\nseveral days.';
    expect(cleanBlock(wrapped)).toBe('The river peaked on Tuesday morning and officials said it would stay high for several days.');
  });
});

