import { describe, expect, it } from 'vitest';
import { classifyBlocks, looksLikeCaption, splitBlocks } from '../../../src/briefing/ingest/blocks.js';

describe('blocks', () => {
  it('GIVEN a first block without a period THEN it is the headline, numbered 1', () => {
    const paragraphs = classifyBlocks(splitBlocks('Blinken arrives in China for key meetings\n\nThe secretary landed on Wednesday.\n\nHe met officials.'));
    expect(paragraphs.map((p) => [p.index, p.kind])).toEqual([
      [1, 'headline'],
      [2, 'body'],
      [3, 'body'],
    ]);
  });

  it('GIVEN a first block that is a sentence THEN there is no headline', () => {
    const paragraphs = classifyBlocks(splitBlocks('The secretary landed on Wednesday.\n\nHe met officials.'));
    expect(paragraphs[0]?.kind).toBe('body');
  });

  it('GIVEN a short line of two sentences above a dateline ("She lost her sense of taste. Then she reopened her restaurant.") THEN it is the headline', () => {
    const text = 'She lost her sense of taste. Then she reopened her restaurant.\n\nPORTLAND, Maine — On a gray Tuesday, Camille Duarte tasted a stew.\n\nShe tasted nothing.';
    expect(classifyBlocks(splitBlocks(text)).map((p) => p.kind)).toEqual(['headline', 'body', 'body']);
    // Without the dateline below, a short opening sentence is the story's own.
    expect(classifyBlocks(splitBlocks('She lost her sense of taste.\n\nThen she reopened her restaurant.'))[0]?.kind).toBe('body');
  });

  it('GIVEN a line labelled "Photo caption:" THEN a caption, whatever it shows ("An artist\'s impression of ...")', () => {
    expect(looksLikeCaption("Photo caption: An artist's impression of the Helios-K probe flying through a plume on Enceladus.")).toBe(true);
    expect(looksLikeCaption('[Photo caption: Students walk past the Great Hall on the Leeds campus of Northbridge University on Monday]')).toBe(true);
    expect(looksLikeCaption('(Image: Brightloom headquarters in San Francisco)')).toBe(true);
    expect(looksLikeCaption('Image caption: The new bridge under construction.')).toBe(true);
  });

  it('GIVEN a photo caption THEN it is classified as a caption', () => {
    const caption = 'Secretary of State Antony Blinken meets with Chinese leader Xi Jinping at the Great Hall of the People in Beijing, China, June 19, 2023.';
    expect(looksLikeCaption(caption)).toBe(true);
    expect(looksLikeCaption('Photo: Reuters/John Smith')).toBe(true);
    // Credited to an agency "via AP": a caption, though it names no "Photo".
    expect(looksLikeCaption('Johan Lindqvist, left, and his lawyer arrive at the Court of Appeal in Gothenburg, Sweden, on Oct. 27, 2026, the first day of the appeal hearing. (Erik Holm/TT via AP)')).toBe(true);
    expect(looksLikeCaption('Kaede Pay Chief Executive Hiroshi Tanabe, center, bows at a news conference in Osaka, Japan, Wednesday, Nov. 18, 2026. (Kyodo News via AP)')).toBe(true);
    expect(looksLikeCaption('Blinken will argue that supporting Russia harms not just Ukraine, but all of European security.')).toBe(false);
    const paragraphs = classifyBlocks(splitBlocks(`Headline here\n\nBody text one.\n\n${caption}\n\nBody text two.`));
    expect(paragraphs[2]?.kind).toBe('caption');
  });

  it('GIVEN such a scene naming a work in quotes (\'Visitors look at "The Harbour at Vlissingen" ... in 2019.\') THEN a caption; a quotation someone said is not', () => {
    expect(looksLikeCaption('Visitors look at "The Harbour at Vlissingen" at the Rijkshaven Museum in Amsterdam in 2019.')).toBe(true);
    expect(looksLikeCaption('Students hold signs reading "Give back our places" outside the university in Busan on Friday.')).toBe(true);
    expect(looksLikeCaption('"We rebuild," the mayor tells residents on Sunday.')).toBe(false);
    expect(looksLikeCaption('"Winter Is Coming" is the slogan of the campaign launched in Oslo on Monday.')).toBe(false);
  });

  it('GIVEN a one-line present-tense scene ending with the day the photo was taken THEN it is a caption; news told in the past, future or as a schedule is not', () => {
    for (const scene of ['Rescue workers search the rubble in Honda on Monday.', 'Director Ines Carvalho holds the Golden Bear at the awards ceremony in Berlin on Saturday.', 'Supporters celebrate in Gdansk on Sunday night.', 'A broken display case at the museum on Sunday.']) {
      expect(looksLikeCaption(scene), scene).toBe(true);
    }
    for (const news of [
      'Shares in FreshCart fell 8% in Amsterdam trading on Tuesday.',
      'Wierzbicki will be sworn in on May 7.',
      'The warning begins at 22:00 GMT on Saturday and ends at 10:00 on Sunday.',
      'The cap takes effect on March 1, 2027.',
      'The new rules come into force on Jan. 1, 2027.',
      'The council meets again in Lyon on Tuesday.',
      'Police arrested two men near the port on Sunday.',
      '"We will rebuild," the mayor told residents on Sunday.',
      'Rescue workers searched the rubble for survivors. Two were found alive on Monday.',
    ]) {
      expect(looksLikeCaption(news), news).toBe(false);
    }
  });

  it('GIVEN a link to another page ("READ: ...", "Watch: ...", "Read the full report here.") THEN it is "other": no prose of the article', () => {
    const paragraphs = classifyBlocks(
      splitBlocks("Headline here\n\nBody text one.\n\nREAD: The world's deadliest stadium disasters\n\nWatch: Drone footage shows the search\n\nRead the full report here.\n\nReading the report, she said it was fair."),
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'other', 'other', 'other', 'body']);
  });

  it('GIVEN page furniture (player notices, timestamps, bylines) THEN it is "other", never body', () => {
    const paragraphs = classifyBlocks(
      splitBlocks('Media playback is unsupported on your device\n\n2 November 2014 Last updated at 17:20 GMT\n\nBy Jane Smith\n\nHomes were damaged in the storm.'),
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['other', 'other', 'other', 'body']);
  });

  it('GIVEN a paragraph opening "By Monday, ..." or "By March, ..." THEN it is body; bylines with names, "and" and a credit are "other"', () => {
    const kinds = (text: string) => classifyBlocks(splitBlocks(`Homes were damaged in the storm.\n\n${text}`)).map((p) => p.kind)[1];
    expect(kinds('By Monday, the company had taken its entire network offline "out of an abundance of caution," spokeswoman Denise Okafor said.')).toBe('body');
    expect(kinds('By March, prices had doubled.')).toBe('body');
    expect(kinds('By contrast, the city stayed dry.')).toBe('body');
    expect(kinds('By Jane Doe and John Roe, CNN')).toBe('other');
    expect(kinds('By The Associated Press')).toBe('other');
    expect(kinds('By JANE DOE')).toBe('other');
  });

  it('GIVEN credits, a broadcaster\'s promotion, a writer\'s address, a link\'s text, a copyright notice THEN each is "other"; prose using the same words stays body', () => {
    const furniture = [
      "CNN's Mike Phelan contributed to this report.",
      'CNN.com senior producer Wayne Drash contributed to this report in Atlanta.',
      "CNN's Margot Haddad reported from Marseille and Pamela Brown from Dusseldorf, while Laura Smith-Spark wrote from London.",
      "Chris Sutton was speaking to BBC Sport's Chris Bevan.",
      'You can see highlights of Sunderland v Arsenal on Match of the Day at 22:20 BST on Saturday on BBC One and the BBC Sport website.',
      "Watch 'Hiroshima: A Newsround Special' - Thursday 6 August at 5.30pm on the CBBC channel",
      'Jonathan.Amos-INTERNET@bbc.co.uk and follow me on Twitter: @BBCAmos',
      "Listen to Anne Frank's friends describe her concentration camp experience",
      'Media playback is not supported on this device',
      'Copyright 2007 Reuters. All rights reserved.',
      '(Reporting by Ana Lucia Torres in Arequipa; additional reporting by Marco Aguilar in Lima; Editing by Helen Moore)',
      'Writing by Joe Bavier; Editing by Alex Richardson',
    ];
    const prose = [
      'The agency contributed to the report on climate change, officials said.',
      "Police arrived at noon. CNN's Mike Phelan contributed to this report.",
      'Watch out: the storm is coming.',
      'See the full list below.',
      'Reporting by the BBC found that the pipes had leaked for years.',
    ];
    const paragraphs = classifyBlocks(splitBlocks(['Headline here', ...furniture, ...prose].join('\n\n')));
    expect(paragraphs.slice(1).map((p) => p.kind)).toEqual([...furniture.map(() => 'other'), ...prose.map(() => 'body')]);
  });

  it('GIVEN a short line inside the article without a statement\'s stop (a subheading, a link\'s title, a teaser\'s question) THEN it is "other"; list items, the headline and sentences are not', () => {
    const paragraphs = classifyBlocks(
      splitBlocks(
        [
          'Prosecutor says no video was used in the crash inquiry',
          'The prosecutor said no video had been used.',
          "Anne Frank's final entry",
          'Germanwings crash compensation: What we know',
          'Who was the captain of Germanwings Flight 9525?',
          '- 12 dead in Kano',
          'All 150 on board were killed.',
        ].join('\n\n'),
      ),
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'other', 'other', 'other', 'body', 'body']);
  });

  it('GIVEN blocks separated by several blank lines and CRLF THEN empty blocks are not counted', () => {
    expect(splitBlocks('One.\r\n\r\n\r\n\r\nTwo.\n\n   \n\nThree.').map((b) => b.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('GIVEN one paragraph a line and no blank lines THEN each line is a block; hard-wrapped text stays one block', () => {
    expect(splitBlocks('First paragraph.\nSecond paragraph.\nThird paragraph.')).toHaveLength(3);
    expect(splitBlocks('A sentence wrapped\nacross lines of a\nfixed width.')).toHaveLength(1);
  });

  it('GIVEN a fact box, each figure on a line above its words THEN each fact is prose, figure and words together; a short heading stays a heading', () => {
    const text = ['Portugal is running one of the highest deficits.', '12%', 'of the workforce is unemployed', '485,000 emigrated from Portugal between 2011 and 2014', 'Budget talks', 'Officials said the talks would resume after the president had met both leaders.'].join('\n\n');
    const paragraphs = classifyBlocks(splitBlocks(text));
    expect(paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['body', 'Portugal is running one of the highest deficits.'],
      ['other', '12%'],
      ['body', '12% of the workforce is unemployed'],
      ['body', '485,000 emigrated from Portugal between 2011 and 2014'],
      ['other', 'Budget talks'],
      ['body', 'Officials said the talks would resume after the president had met both leaders.'],
    ]);
    expect(paragraphs.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('GIVEN a fact box of "label: value" lines, a paragraph each THEN each fact is prose and the box title a heading', () => {
    const text = ['Salvage experts will try to refloat the ferry on Monday.', 'MV Hebridean Dawn: the facts', 'Entered service: 1994', 'Capacity: 600 passengers and 70 cars', 'Length: 90m'].join('\n\n');
    expect(classifyBlocks(splitBlocks(text)).map((p) => [p.kind, p.text])).toEqual([
      ['body', 'Salvage experts will try to refloat the ferry on Monday.'],
      ['other', 'MV Hebridean Dawn: the facts'],
      ['body', 'Entered service: 1994'],
      ['body', 'Capacity: 600 passengers and 70 cars'],
      ['body', 'Length: 90m'],
    ]);
  });
});
