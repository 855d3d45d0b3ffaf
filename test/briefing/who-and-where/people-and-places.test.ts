import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { peopleAndPlaces } from '../../../src/briefing/who-and-where/index.js';
import { quotedPeople } from '../../../src/briefing/who-and-where/quoted.js';

const ARTICLE = [
  'Thieves broke into the Musée Gravelle in Lisbon on Sunday and stole a painting by Marc Delorme, police said.',
  'Dana Whitcombe, a spokeswoman for the Musée Gravelle, said the alarm had failed. Marc Delorme painted it in 1911.',
  'The Musée Gravelle reopened on Tuesday. Staff at Kasempa Hill said a similar theft happened there last year.',
  'Kasempa Hill was closed for a week. Game show host Bob Barker, who owns a Delorme, said he was shocked.',
  'Bob Barker said he would lend his painting to the museum. Reporters from Paris Match visited Lisbon on Monday.',
  'Paris Match called the theft the boldest of the decade. The Marine Corps Marathon runners passed by.',
  'Visitors flew in with Karoo Air, whose flights were delayed. Karoo Air apologised on Monday.',
  'Culture Minister Beatriz Lopes said the museum would get a new alarm.',
].join('\n\n');

/** The people and places of an article made of these paragraphs. */
const listsOf = (paragraphs: readonly string[]) => peopleAndPlaces(ingestArticle(paragraphs.join('\n\n'), { source: 'article.txt' }));
const namesOf = (people: readonly { name: string }[]): string[] => people.map((p) => p.name);

const SHIPPED_TEXT = readFileSync(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url));

describe('people and places of a briefing', () => {
  const { people, places } = peopleAndPlaces(ingestArticle(ARTICLE, { source: 'museum.txt' }));
  const names = namesOf(people);

  it('GIVEN people named twice or with a role THEN they are listed, with the role the article gives', () => {
    expect(people).toContainEqual({ name: 'Dana Whitcombe', role: 'spokeswoman for the Musée Gravelle' });
    expect(names).toEqual(expect.arrayContaining(['Marc Delorme', 'Bob Barker']));
  });

  it('GIVEN a winner named in full once and then as "Ms Castell" THEN she is listed, though her surname is also a word and her given name in no list', () => {
    const listed = listsOf([
      "Labour's Priya Castell has been elected mayor of Northbridge after a night of recounts.",
      'Ms Castell won 48,215 votes to 46,902 for Conservative Geoffrey Barlow. Ms Castell thanked her team.',
    ]);
    expect(namesOf(listed.people)).toContain('Priya Castell');
  });

  it('GIVEN capitalised runs that name a venue, a place or a company ("Musée Gravelle", "Kasempa Hill", "Karoo Air") THEN they are no one', () => {
    expect(names).not.toContain('Musée Gravelle');
    expect(names).not.toContain('Kasempa Hill');
    expect(names).not.toContain('Karoo Air');
  });

  it('GIVEN a name the article also writes with a place\'s last word ("Fatu Huku Island" ... "around Fatu Huku") THEN it is that place, no one', () => {
    const listed = listsOf([
      'The satellite images show Fatu Huku Island in French Polynesia, said researcher Benjamin Koetz.',
      'The submerged reef around Fatu Huku stands out in blue light.',
      'Fatu Huku was mapped again in June. Koetz said the method works.',
    ]).people;
    expect(namesOf(listed)).not.toContain('Fatu Huku');
    expect(namesOf(listed)).toContain('Benjamin Koetz');
  });

  it('GIVEN a dateline "QUERETARO, Mexico" and "in Querétaro" in the text THEN one place, spelled as the dateline does', () => {
    const { places } = listsOf(['QUERETARO, Mexico (CNN) -- Floods closed roads in Querétaro on Monday.', 'Schools in Querétaro stayed shut on Tuesday.', 'The governor said the rain would ease.']);
    expect(places).toEqual(['Queretaro', 'Mexico']);
  });

  it('GIVEN a surname that is an English word ("Lopes") THEN a person with a role the article gives is still listed', () => {
    expect(people).toContainEqual({ name: 'Beatriz Lopes', role: 'Culture Minister' });
  });

  it('GIVEN a place named only inside a longer name ("Paris" in "Paris Match") THEN it is no place of the story; one named twice on its own is', () => {
    expect(places).toContain('Lisbon');
    expect(places).not.toContain('Paris');
  });

  it('GIVEN a role given by apposition ("X, an epidemiologist at ... who") THEN it is the role; one that makes the name a company or ends in "said" is not', () => {
    const listed = listsOf([
      '"This changes the picture," said Grace Achieng, an epidemiologist at the Kenya Medical Research Institute who led the study.',
      'David Petraeus, the top U.S. military commander in Iraq, will report in September.',
      'The film was made by Northlight Pictures, a company co-owned by the director, and shot in Riga.',
      'Two people were hurt in Siemianowice Śląskie, a spokeswoman for the ambulance service said.',
    ]).people;
    expect(listed).toContainEqual({ name: 'Grace Achieng', role: 'epidemiologist at the Kenya Medical Research Institute' });
    expect(listed).toContainEqual({ name: 'David Petraeus', role: 'top U.S. military commander in Iraq' });
    expect(namesOf(listed)).not.toContain('Northlight Pictures');
    expect(namesOf(listed)).not.toContain('Siemianowice Śląskie');
  });

  it('GIVEN a name whose first word is also an English word ("Tan Mei Ling", "Lies De Wilde") THEN it is kept whole; a title before a name ("Corporal Dana Whitford") is not', () => {
    const listed = listsOf([
      '"We were lucky," said nurse Tan Mei Ling. Tan Mei Ling said the roof had held.',
      'Lies De Wilde, a teacher, said the school would close. De Wilde said parents agreed.',
      'Corporal Dana Whitford led the search. Whitford found the hikers at dawn.',
    ]).people;
    expect(namesOf(listed)).toEqual(expect.arrayContaining(['Tan Mei Ling', 'Lies De Wilde', 'Dana Whitford']));
    // A lower-case particle inside a name; the name opening a sentence ("Van Wyk ...") is the same person.
    const dutch = namesOf(listsOf(['Johan van Wyk, a guard, was arrested on Friday.', 'Van Wyk denied the charges. The hearing resumes in May.']).people);
    expect(dutch).toEqual(['Johan van Wyk']);
    expect(namesOf(listed)).not.toContain('Mei Ling');
  });

  it('GIVEN a time opening a sentence ("Last July, storms ...") THEN it is no one', () => {
    const listed = listsOf(['Last July, storms flooded the valley. Last July the river rose by four metres.', 'Mayor Ana Costa said the dikes had held.']).people;
    expect(namesOf(listed)).toEqual(['Ana Costa']);
  });

  it('GIVEN someone named once, without a role, who speaks THEN they are listed after the main people; one only mentioned once is not', () => {
    const listed = listsOf([
      'Culture Minister Beatriz Lopes opened the museum on Sunday. Lopes cut the ribbon.',
      '"I waited ten years for this," said Kylie Nguyen, 41.',
      'The building was designed by Tomas Verhoeven in 1911.',
    ]).people;
    expect(namesOf(listed)).toEqual(['Beatriz Lopes', 'Kylie Nguyen']);
  });

  it('GIVEN a role capitalised only because it opens the sentence ("Political scientist X said", "A spokesman, X, said") THEN it is shown in lower case; capitals of its own stay', () => {
    const listed = listsOf([
      'Political scientist Pawel Nowak said the result was a surprise. Nowak voted early.',
      'Union leader Dariusz Pawlak called a strike. Pawlak spoke for an hour.',
      'Danish director Kasper Lind withdrew his film. Lind flew home.',
      'Health Secretary Matt Hancock opened the ward. Hancock left at noon.',
    ]).people;
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Pawel Nowak', role: 'political scientist' },
        { name: 'Dariusz Pawlak', role: 'union leader' },
        { name: 'Kasper Lind', role: 'Danish director' },
        { name: 'Matt Hancock', role: 'Health Secretary' },
      ]),
    );
  });

  it('GIVEN a role given by apposition without an article ("X, chairman of ...,") THEN it is the role; an age or a place after the name is none', () => {
    const listed = listsOf([
      'Graham Pike, chairman of the Northern Cattle Producers Group, said some members sell all their animals abroad.',
      '"The message is clear," said Marco Ortega, chief economist for Latin America at Delmar Capital in New York.',
      'Kylie Nguyen, 41, said she saw the animal walk across her driveway. Nguyen called the police.',
    ]).people;
    expect(listed).toContainEqual({ name: 'Graham Pike', role: 'chairman of the Northern Cattle Producers Group' });
    expect(listed).toContainEqual({ name: 'Marco Ortega', role: 'chief economist for Latin America at Delmar Capital' });
    expect(listed).toContainEqual({ name: 'Kylie Nguyen' });
    // An apposition that is a list stops at its first comma: "ear" is no role; "a teacher" is one.
    const cut = listsOf(['Naledi Khumalo, an ear, nose and throat specialist, said the clinic was full. Khumalo left.', 'Sipho Dube, a teacher, said the school was closed. Dube waited.']).people;
    expect(cut).toEqual(expect.arrayContaining([{ name: 'Naledi Khumalo' }, { name: 'Sipho Dube', role: 'teacher' }]));
  });

  it('GIVEN a role the article qualifies next to the name ("the outgoing mayor, Jerzy Malinowski") THEN the qualifier stays; another person\'s "deputy mayor" in the sentence does not move to him', () => {
    const listed = listsOf([
      'Anna Kowalska, the deputy mayor who had been backed by the outgoing mayor, Jerzy Malinowski, lost the runoff.',
      'Malinowski, 67, did not run after serving four terms. Kowalska conceded on Monday.',
      'Hurricane Delphine made landfall on Sunday. Hurricane Delphine is expected to weaken.',
    ]).people;
    expect(listed).toContainEqual({ name: 'Jerzy Malinowski', role: 'outgoing mayor' });
    expect(listed).toContainEqual({ name: 'Anna Kowalska', role: 'deputy mayor' });
    expect(namesOf(listed)).not.toContain('Hurricane Delphine');
  });

  it('GIVEN a role word with the words written before it ("Civil protection chief Ana Sousa") THEN the role is whole; a capitalised title ("Commander") is not widened', () => {
    const listed = listsOf([
      'Civil protection chief Ana Sousa said crews were working to restore power. Sousa said the storm would weaken.',
      'Bernova chief executive Lukas Wenger told CNN the price was not set. Wenger said talks would go on.',
      'The coast guard spokesman Commander Ramon Dizon said 40 people were rescued. Dizon said the search went on.',
    ]).people;
    expect(listed).toContainEqual({ name: 'Ana Sousa', role: 'civil protection chief' });
    expect(listed).toContainEqual({ name: 'Lukas Wenger', role: 'Bernova chief executive' });
    expect(listed).toContainEqual({ name: 'Ramon Dizon', role: 'Commander' });
  });

  it('GIVEN "X, the hospital\'s chief executive," THEN the body\'s role is hers: she is listed, not taken for a hospital', () => {
    const listed = listsOf([
      '"We will not pay," said Dr. Katharina Mayr, the hospital\'s chief executive, on Tuesday.',
      'Mayr said the stolen files included names and dates of birth.',
      'The records were kept by Northlight Systems, the hospital\'s supplier since 2019.',
    ]).people;
    expect(listed).toContainEqual({ name: 'Katharina Mayr', role: "hospital's chief executive" });
    expect(namesOf(listed)).not.toContain('Northlight Systems');
  });

  it('GIVEN "The university\'s vice-chancellor, Professor Richard Hale," THEN his role is vice-chancellor, not the title "Professor"', () => {
    const listed = listsOf([
      'The university\'s vice-chancellor, Professor Richard Hale, said he was "deeply disappointed" by the walkout.',
      'Prof Hale said the university could not afford a larger rise.',
      'Professor Ann Kerr said the report was flawed.',
    ]).people;
    expect(listed).toContainEqual({ name: 'Richard Hale', role: 'vice-chancellor' });
  });

  it('GIVEN a headline "Norbridge Town sack manager Graham Oakes" THEN its verb is no part of his role', () => {
    const briefing = ingestArticle(
      ['Norbridge Town sack manager Graham Oakes after heavy defeat', 'Norbridge Town have sacked manager Graham Oakes after 14 months in charge.', 'Oakes said he was disappointed.'].join('\n\n'),
      { source: 'manager.txt' },
    );
    expect(peopleAndPlaces(briefing).people).toContainEqual({ name: 'Graham Oakes', role: 'manager' });
  });

  it('GIVEN a wire dateline ("RIGA, Latvia (CNN) --") THEN its places come first, though the text names them once', () => {
    const { places: filmPlaces } = listsOf(['RIGA, Latvia (CNN) -- A Latvian film won the top prize at the festival in Tallinn on Saturday.', 'The film was shot in Tallinn and premiered in Tallinn last year.']);
    expect(filmPlaces.slice(0, 2)).toEqual(['Riga', 'Latvia']);
  });

  it('GIVEN places the lead names once ("14 hospitals in Ohio and Indiana") THEN they are the story\'s places; one named once further on is not', () => {
    const { places: attackPlaces } = listsOf([
      'A ransomware attack has crippled computer systems at 14 hospitals in Ohio and Indiana, the health system said Thursday.',
      'The company is based in a large city and employs about 21,000 people.',
      'One patient had flown in from Toronto for treatment.',
    ]);
    expect(attackPlaces).toEqual(expect.arrayContaining(['Ohio', 'Indiana']));
    expect(attackPlaces).not.toContain('Toronto');
  });

  it('GIVEN the same briefing asked of again (each /brief, each digest) THEN its lists are read once', () => {
    const briefing = ingestArticle(ARTICLE, { source: 'museum.txt' });
    expect(peopleAndPlaces(briefing)).toBe(peopleAndPlaces(briefing));
  });

  it('GIVEN the shipped article THEN its main people come with their roles, and Taiwan and Beijing are among its places', () => {
    const shipped = peopleAndPlaces(ingestArticle(SHIPPED_TEXT, { source: 'shipped.txt' }));
    expect(shipped.people.slice(0, 2)).toEqual([
      { name: 'Antony Blinken', role: 'Secretary of State' },
      { name: 'Joe Biden', role: 'President' },
    ]);
    expect(shipped.places).toEqual(expect.arrayContaining(['Taiwan', 'Beijing']));
  });
});

describe('people the lists find by how the article speaks of them', () => {
  it('GIVEN "Her classmate, Nannette Blitz," and later "said Blitz" THEN she is listed with her role, though "blitz" is an English word', () => {
    const { people } = listsOf([
      'Anne Frank died of typhus at the age of 15. Her classmate, Nannette Blitz, recalled seeing Anne there in December 1944.',
      '"Anne never gave up hope," said Blitz, her friend.',
    ]);
    expect(people).toContainEqual({ name: 'Nannette Blitz', role: 'classmate' });
  });

  it('GIVEN "Harry Potter star Daniel Radcliffe", "as Harry Potter" and \'"My Boy Jack"\' THEN the star is listed with that role; the character and the film are no one', () => {
    const { people } = listsOf([
      'Harry Potter star Daniel Radcliffe gains access to a fortune as he turns 18 on Monday.',
      'Daniel Radcliffe as Harry Potter in "Harry Potter and the Order of the Phoenix". He plays Rudyard Kipling\'s son in "My Boy Jack".',
      'Radcliffe will reprise the role in the last two Harry Potter films.',
    ]);
    expect(people).toContainEqual({ name: 'Daniel Radcliffe', role: 'Harry Potter star' });
    expect(namesOf(people)).not.toContain('Harry Potter');
    expect(namesOf(people)).not.toContain('Boy Jack');
  });

  it('GIVEN "Élise Marchand-Roy", then "Marchand-Roy, 46," THEN "Roy" is no one of its own; "Prix Boréal", "Fondation Boréal", "Lac Saint-Jean" and "Université de Montréal" are no people', () => {
    const { people } = listsOf([
      'Quebec novelist Élise Marchand-Roy won the Prix Boréal on Thursday night.',
      'Marchand-Roy, 46, accepted the prize at a ceremony in Montreal. The Prix Boréal is funded by the Fondation Boréal.',
      'The novel follows a family who run an ice-fishing camp on Lac Saint-Jean. The Prix Boréal jury met at the Université de Montréal.',
      'Monique Baribeau, a professor at the Université de Montréal, chaired the jury. Lac Saint-Jean freezes every winter.',
    ]);
    const names = namesOf(people);
    expect(names).toContain('Élise Marchand-Roy');
    for (const nobody of ['Roy', 'Prix Boréal', 'Fondation Boréal', 'Lac Saint-Jean', 'Université de Montréal']) expect(names).not.toContain(nobody);
  });

  it('GIVEN a British city named twice ("Cardiff city centre", "in Cardiff") THEN it is among the places; "Manchester Piccadilly" station is no person', () => {
    const { people, places } = listsOf([
      'Drivers entering Cardiff city centre will pay a daily charge of £5.',
      'The scheme was approved in Cardiff on Thursday. Trains from Manchester Piccadilly were delayed.',
      'Manchester Piccadilly said services would resume on Monday.',
    ]);
    expect(places).toContain('Cardiff');
    expect(namesOf(people)).not.toContain('Manchester Piccadilly');
  });

  it('GIVEN "Blue Badge holders" in every mention THEN the badge is no one; a person named before a plural noun once is still listed', () => {
    const { people } = listsOf([
      'Council leader Rhian Pritchard said the charge would start in April.',
      'Blue Badge holders and licensed taxis will be exempt.',
      'Exempt: Blue Badge holders, emergency vehicles.',
      'Karen Whitcombe supporters gathered outside. Karen Whitcombe said the plan was fair.',
    ]);
    expect(namesOf(people)).not.toContain('Blue Badge');
    expect(namesOf(people)).toContain('Karen Whitcombe');
  });

  it('GIVEN "Anne and her older sister, Margot Frank, died" THEN the sister is her role', () => {
    const { people } = listsOf(['New research shows that Anne and her older sister, Margot Frank, died earlier than thought.', 'Margot died before Anne.']);
    expect(people).toContainEqual({ name: 'Margot Frank', role: 'older sister' });
  });

  it('GIVEN a person named alone, then "He is, of course, the Iranian foreign minister." THEN that is his role; not when the first sentence names two', () => {
    const alone = listsOf(['There are things you know about Mohammad Javad Zarif. He is, of course, the Iranian foreign minister.', 'Zarif returned to Tehran.']);
    expect(alone.people).toContainEqual({ name: 'Mohammad Javad Zarif', role: 'Iranian foreign minister' });
    const two = listsOf(['Mohammad Javad Zarif met Laila Haddad on Monday. He is, of course, the Iranian foreign minister.', 'Zarif returned to Tehran. Laila Haddad stayed.']);
    expect(two.people.find((person) => person.name === 'Mohammad Javad Zarif')?.role).toBeUndefined();
  });
});

describe('who is listed from a short political story and a vox pop', () => {
  it('GIVEN the subject of the lead, named once with no role THEN she is listed; a place taken for a name in the lead is not', () => {
    const { people } = listsOf([
      'Cheryl Briggs is standing aside as the party\'s prospective candidate. She said the Liberal Democrats offered the best chance.',
      'Conservative Nicola Blackwood won the seat in 2010. Ms Blackwood increased her majority in 2015.',
    ]);
    expect(namesOf(people)).toEqual(expect.arrayContaining(['Cheryl Briggs', 'Nicola Blackwood']));
    const storm = listsOf(['Flooding hit New Brunswick on Monday, officials said.', 'Mayor Claire Arsenault said roads were closed.']);
    expect(namesOf(storm.people)).not.toContain('New Brunswick');
  });

  it('GIVEN "German art collector Cornelius Gurlitt" opening the lead THEN his role keeps the people\'s capital', () => {
    const { people } = listsOf(['German art collector Cornelius Gurlitt died on Tuesday at the age of 81.', 'Gurlitt had undergone heart surgery.']);
    expect(people).toContainEqual({ name: 'Cornelius Gurlitt', role: 'German art collector' });
  });

  it('GIVEN listeners quoted by first name and town THEN each is listed as where they are from, and each is quoted', () => {
    const briefing = ingestArticle(
      [
        'Fiona from Derby says the NHS saved her life. "I almost died of Hodgkin\'s Lymphoma aged 20," she said.',
        'Gareth in Hampshire has had a personal experience of the health system in the US. "It is designed for the rich," he texted.',
      ].join('\n\n'),
      { source: 'nhs.txt' },
    );
    expect(peopleAndPlaces(briefing).people).toEqual([
      { name: 'Fiona', role: 'from Derby' },
      { name: 'Gareth', role: 'in Hampshire' },
    ]);
    expect(quotedPeople(briefing).named.map((p) => p.name)).toEqual(expect.arrayContaining(['Fiona', 'Gareth']));
  });
});

describe('roles the forty-first review found missing from who\'s who', () => {
  it('GIVEN "who was the home\'s manager", "currently head of ...", "who will step down as chief executive" and "Defence barrister" THEN each is the person\'s role', () => {
    const { people } = listsOf([
      'Care home owner jailed',
      'Martin Keogh, 58, was sentenced to nine years in prison on Monday for the manslaughter of three residents.',
      "Darragh Keogh, 31, who was the home's manager, was found not guilty.",
      'Defence barrister Colm Whelan told the court that Keogh had made grave errors of judgment.',
      'The plan was announced by Park Sung-ho, 63, who will step down as chief executive at the end of the year.',
      "He will be replaced on Jan. 1 by Park Ji-yeon, 49, currently head of the company's European business.",
    ]);
    expect(people).toEqual(
      expect.arrayContaining([
        { name: 'Darragh Keogh', role: "home's manager" },
        { name: 'Colm Whelan', role: 'Defence barrister' },
        { name: 'Park Sung-ho', role: 'outgoing chief executive' },
        { name: 'Park Ji-yeon', role: "head of the company's European business" },
      ]),
    );
  });

  it('GIVEN "a place in next year\'s Copa Libertadores" THEN a cup, no person', () => {
    const { people } = listsOf([
      'Ribera win the cup',
      'Tomás Ledesma scored in the 117th minute to give Atlético Ribera a 3-2 win in the Copa Argentina final on Sunday.',
      "The win earns Ribera a place in the group stage of next year's Copa Libertadores, South America's top club competition.",
      'The Copa Libertadores draw is on March 18.',
    ]);
    expect(namesOf(people)).not.toContain('Copa Libertadores');
  });
});

