import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import type { Entity } from '../../../src/briefing/types.js';

const SHIPPED = new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url);
const briefing = ingestArticle(readFileSync(SHIPPED), { source: 'data/000_78d76434cf3e539e.txt' });
const find = (name: string): Entity | undefined => briefing.entities.find((e) => e.name === name);

describe('entities of the shipped article', () => {
  it('GIVEN people named with their roles THEN each is a person with that role', () => {
    expect(find('Antony Blinken')).toMatchObject({ kind: 'person', role: 'Secretary of State' });
    expect(find('Matthew Miller')).toMatchObject({ kind: 'person', role: 'State Department spokesman' });
    expect(find('Xi Jinping')).toMatchObject({ kind: 'person', role: 'Chinese leader' });
    expect(find('Janet Yellen')?.kind).toBe('person');
    expect(find('Janet Yellen')?.role?.toLowerCase()).toBe('secretary of the treasury');
    for (const name of ['Mark Swidan', 'Kai Li', 'David Lin']) expect(find(name)?.kind).toBe('person');
  });

  it('GIVEN short mentions ("Blinken", "Xi") THEN they are aliases of the full name, and their sentences count', () => {
    const blinken = find('Antony Blinken');
    expect(blinken?.aliases).toContain('Blinken');
    expect(blinken?.sentenceIds.length).toBeGreaterThan(5);
    expect(find('Xi Jinping')?.aliases).toContain('Xi');
    expect(briefing.entities.some((e) => e.kind === 'person' && /^(?:The|Chinese|Secretary)\b/.test(e.name))).toBe(false);
  });

  it('GIVEN places and organisations THEN they are found with the right kind', () => {
    for (const place of ['Shanghai', 'Beijing', 'Taiwan', 'Philippines']) expect(find(place)?.kind).toBe('place');
    expect(find('United States')?.aliases).toEqual(expect.arrayContaining(['U.S.']));
    expect(find('State Department')?.kind).toBe('organization');
    expect(find('ASEAN')?.kind).toBe('organization');
    expect(find('Association of Southeast Asian Nations')?.kind).toBe('organization');
  });

  it('GIVEN dates THEN full dates, month-days and weekdays are dates', () => {
    for (const date of ['May 20', 'June 19, 2023', 'Monday', 'Tuesday']) expect(find(date)?.kind).toBe('date');
  });

  it('GIVEN the caption THEN its sentence is among the mentions (captions stay searchable)', () => {
    const caption = briefing.sentences.find((s) => s.kind === 'caption');
    expect(caption).toBeDefined();
    expect(find('June 19, 2023')?.sentenceIds).toContain(caption?.id);
  });
});

describe('entities of other news', () => {
  const sports = ingestArticle(
    [
      'Didier Drogba is backing his Ivory Coast team to reach the final of the World Cup.',
      'Coach Vahid Halilhodzic is also upbeat after seeing his side fight back against Malawi.',
      'Drogba said the team would travel to Sri Lanka and New Jersey before the finals.',
    ].join('\n\n'),
    { source: 'sports.txt' },
  );
  const named = (name: string): Entity | undefined => sports.entities.find((e) => e.name === name);

  it('GIVEN countries of two words and smaller countries THEN they are places, not people', () => {
    for (const place of ['Ivory Coast', 'Malawi', 'Sri Lanka', 'New Jersey']) expect(named(place)?.kind).toBe('place');
    expect(sports.entities.some((e) => e.kind === 'person' && e.name.includes('Coast'))).toBe(false);
  });

  it('GIVEN a title written before a name ("Coach Vahid Halilhodzic") THEN it is the role, not part of the name', () => {
    expect(named('Vahid Halilhodzic')).toMatchObject({ kind: 'person', role: 'Coach' });
  });
});

describe('people and their roles as news writes them', () => {
  const news = ingestArticle(
    [
      'At least 23 people were killed after a landslide buried part of the village of Cikarang Hilir early Sunday.',
      '"People had no time to run," said Abdul Rahman Siregar, a spokesman for the National Disaster Mitigation Agency.',
      'West Java Governor Ratna Sari Dewi visited Cikarang Hilir on Monday.',
      '"This was not only a natural disaster," said Walhi\'s West Java director, Yusuf Hamdani.',
      'Judge Hélène Carrier said the sentence reflected the scale of the fraud.',
      'But the Norwegian Seafarers\' Union said it would fight the merger.',
      'Supporters of Tomasz Wierzbicki celebrated in the old town.',
      'Political scientist Pawel Nowak of the University of Gdansk said the result was a surprise.',
      'READ: Why landslides are so deadly in Java',
      'Anna Kowalska, the deputy mayor who had been backed by the outgoing mayor, conceded defeat.',
    ].join('\n\n'),
    { source: 'landslide.txt' },
  );
  const named = (name: string): Entity | undefined => news.entities.find((e) => e.name === name);

  it('GIVEN a capitalised role run into the name ("West Java Governor Ratna Sari Dewi", "Judge Hélène Carrier") THEN the name is the person, the rest the role', () => {
    expect(named('Ratna Sari Dewi')).toMatchObject({ kind: 'person', role: 'West Java Governor' });
    expect(named('Hélène Carrier')).toMatchObject({ kind: 'person', role: 'Judge' });
  });

  it('GIVEN a hyphenated given name ("Jean-Marc Keller", "Park Ji-hoon") THEN a person, with the role the apposition gives', () => {
    const article = ingestArticle('Jean-Marc Keller, a spokesman for the canton, said the road would reopen. "It is a disaster," Keller added.', { source: 'canton.txt' });
    expect(article.entities.find((e) => e.name === 'Jean-Marc Keller')).toMatchObject({ kind: 'person' });
    const korean = ingestArticle('"Demand will recover," said Park Ji-hoon, the chief executive. Park Ji-hoon took the job in May.', { source: 'energy.txt' });
    expect(korean.entities.find((e) => e.name === 'Park Ji-hoon')).toMatchObject({ kind: 'person' });
    // A hyphenated role is whole: "Secretary-General", not "General"; "co-pilot", not "pilot".
    const un = ingestArticle('United Nations Secretary-General Ban Ki-moon urged restraint. The co-pilot Andreas Lubitz was 27.', { source: 'un.txt' });
    expect(un.entities.find((e) => e.name === 'Ban Ki-moon')?.role).toBe('Secretary-General');
    expect(un.entities.find((e) => e.name === 'Andreas Lubitz')?.role).toBe('co-pilot');
  });

  it('GIVEN a name with a lower-case particle ("Pieter van Dam") THEN one person, whom "van Dam" names again', () => {
    const article = ingestArticle('The company\'s chief executive, Pieter van Dam, apologized. "We let our customers down," van Dam said.', { source: 'breach.txt' });
    const person = article.entities.find((e) => e.name === 'Pieter van Dam');
    expect(person).toMatchObject({ kind: 'person' });
    expect(person?.sentenceIds).toHaveLength(2);
  });

  it('GIVEN a company named by its trade ("Luz Live", "Trenes Argentinos", "Minera Austral") THEN a body; a minister of a portfolio named so ("Energy Minister Tomasz Wrzesień") is still a person', () => {
    const companies = ingestArticle(
      [
        'The concert promoter Luz Live said the show would go ahead.',
        'Trenes Argentinos said services would resume on Monday, and Minera Austral said its mine was safe.',
        '"Every minute counts," Energy Minister Tomasz Wrzesień told reporters. Wrzesień left at noon.',
      ].join('\n\n'),
      { source: 'companies.txt' },
    );
    const kindOf = (name: string) => companies.entities.find((e) => e.name === name)?.kind;
    expect([kindOf('Luz Live'), kindOf('Trenes Argentinos'), kindOf('Minera Austral')]).toEqual(['organization', 'organization', 'organization']);
    expect(companies.entities.find((e) => e.name === 'Tomasz Wrzesień')).toMatchObject({ kind: 'person', role: 'Energy Minister' });
  });

  it('GIVEN a name followed by the body they belong to ("Pawel Nowak of the University of Gdansk") THEN a person with the role before, and the body, not one body', () => {
    expect(named('Pawel Nowak')).toMatchObject({ kind: 'person', role: 'Political scientist' });
    expect(named('University of Gdansk')).toMatchObject({ kind: 'organization' });
    expect(news.entities.some((e) => e.name.startsWith('Pawel Nowak of'))).toBe(false);
  });

  it('GIVEN a role after the name (", a spokesman for ...", ", the deputy mayor who ...") THEN it is the person\'s role', () => {
    expect(named('Abdul Rahman Siregar')).toMatchObject({ kind: 'person', role: 'spokesman for the National Disaster Mitigation Agency' });
    expect(named('Anna Kowalska')).toMatchObject({ kind: 'person', role: 'deputy mayor' });
  });

  it('GIVEN a role before the name and a comma ("Walhi\'s West Java director, Yusuf Hamdani") THEN it is the role', () => {
    expect(named('Yusuf Hamdani')?.role).toContain('West Java director');
  });

  it('GIVEN "the village of Cikarang Hilir" once THEN the name is a place wherever it stands', () => {
    expect(named('Cikarang Hilir')?.kind).toBe('place');
    expect(news.entities.filter((e) => e.name === 'Cikarang Hilir')).toHaveLength(1);
    expect(named('Cikarang Hilir')?.sentenceIds).toHaveLength(2);
  });

  it('GIVEN words capitalised only by their place in the sentence, a name after "of", a link label THEN none is part of a name', () => {
    expect(named('Norwegian Seafarers\' Union')?.kind).toBe('organization');
    expect(named('Tomasz Wierzbicki')?.kind).toBe('person');
    expect(news.entities.some((e) => /^(?:But|Supporters|READ)\b/.test(e.name))).toBe(false);
  });
});

describe('firms as news writes them', () => {
  const merger = ingestArticle(
    [
      "Two freight companies, Norway's Nordhav Shipping and Denmark's Baltek Logistics, said Monday they would merge.",
      'Baltek shareholders will own 55% of the new group.',
      "Nordhav's boss, Erik Lindqvist, will become chairman.",
      'The National Disaster Mitigation Agency was not involved.',
    ].join('\n\n'),
    { source: 'merger.txt' },
  );
  const named = (name: string): Entity | undefined => merger.entities.find((e) => e.name === name);

  it('GIVEN "Norway\'s Nordhav Shipping" THEN the firm is "Nordhav Shipping", an organisation, and Norway a place', () => {
    expect(named('Nordhav Shipping')?.kind).toBe('organization');
    expect(named('Baltek Logistics')?.kind).toBe('organization');
    expect(named('Norway')?.kind).toBe('place');
  });

  it('GIVEN a firm later called by its own name ("Baltek") THEN that is a mention of it; a common word ("National") is not', () => {
    expect(named('Baltek Logistics')?.aliases).toContain('Baltek');
    expect(named('Baltek Logistics')?.sentenceIds).toHaveLength(2);
    expect(named('National Disaster Mitigation Agency')?.aliases).toEqual([]);
  });

  it('GIVEN "Nordhav\'s boss, Erik Lindqvist" THEN boss is his role', () => {
    expect(named('Erik Lindqvist')?.role).toContain('boss');
  });
});

describe('clubs, venues and streets as news writes them', () => {
  const text = [
    'Club changes hands',
    'Wexley Athletic have been bought by American businessman Daniel Whitmore, the club said Saturday.',
    'Whitmore waved to fans at Moorfield Road before the match against Carlton Rovers.',
    'Supporters later marched to Alameda Square.',
  ].join('\n\n');
  const entities = ingestArticle(text, { source: 'club.txt', articleId: 'club' }).entities;
  const named = (name: string): Entity | undefined => entities.find((e) => e.name === name);

  it('GIVEN clubs named "X Athletic" and "X Rovers" THEN they are organisations, not people', () => {
    expect(named('Wexley Athletic')?.kind).toBe('organization');
    expect(named('Carlton Rovers')?.kind).toBe('organization');
  });

  it('GIVEN a ground and a square ("Moorfield Road", "Alameda Square") THEN they are places, not people', () => {
    expect(named('Moorfield Road')?.kind).toBe('place');
    expect(named('Alameda Square')?.kind).toBe('place');
    expect(named('Daniel Whitmore')?.kind).toBe('person');
  });
});

describe('bodies named beside what they are', () => {
  const text = [
    'Bridge checks ordered',
    'A 2021 report by the national roads agency, Invias, had recommended that the bridge be replaced.',
    'Orbiva, the Spanish satellite firm, said it still trusted the launch company.',
    'Pierre Delacroix, an analyst with the Paris consultancy Orbitrend, said investors would watch closely.',
    'Invias said it would inspect all 46 bridges of a similar design within a month.',
  ].join('\n\n');
  const entities = ingestArticle(text, { source: 'bodies.txt', articleId: 'bodies' }).entities;
  const named = (name: string): Entity | undefined => entities.find((e) => e.name === name);

  it('GIVEN "the national roads agency, Invias" THEN Invias is an organisation described as the national roads agency, mentioned wherever its name stands', () => {
    expect(named('Invias')).toMatchObject({ kind: 'organization', role: 'national roads agency' });
    expect(named('Invias')?.sentenceIds.length).toBe(2);
  });

  it('GIVEN a description after the name or right before it without a comma THEN the body is found too', () => {
    expect(named('Orbiva')).toMatchObject({ kind: 'organization', role: 'Spanish satellite firm' });
    expect(named('Orbitrend')).toMatchObject({ kind: 'organization', role: 'Paris consultancy' });
    expect(named('Pierre Delacroix')?.kind).toBe('person');
  });
});

describe('bodies and their initials', () => {
  const text = [
    'Runner banned',
    'Marathon runner Thiago Moreira has been banned for four years, the Athletics Integrity Unit announced Wednesday.',
    'The AIU said all of his results from the past year would be erased.',
    'One child remains in hospital, the UK Health Security Agency (UKHSA) said.',
  ].join('\n\n');
  const entities = ingestArticle(text, { source: 'aiu.txt', articleId: 'aiu' }).entities;

  it('GIVEN "the Athletics Integrity Unit" and later "the AIU" THEN they are one organisation, mentioned in both sentences', () => {
    const unit = entities.find((e) => e.name === 'Athletics Integrity Unit');
    expect(unit?.kind).toBe('organization');
    expect(unit?.aliases).toContain('AIU');
    expect(unit?.sentenceIds.length).toBe(2);
    expect(entities.find((e) => e.name === 'AIU')).toBeUndefined();
  });

  it('GIVEN "UK Health Security Agency (UKHSA)" THEN the initials are the agency\'s', () => {
    expect(entities.find((e) => e.name === 'UK Health Security Agency')?.aliases).toContain('UKHSA');
  });
});

describe('roles written apart from the name, or in capitals', () => {
  const entitiesOf = (paragraphs: readonly string[]) => ingestArticle(paragraphs.join('\n\n'), { source: 'crash.txt' }).entities;

  it('GIVEN "by beer writer Pete Brown" and "columnist Ana Reis" THEN writers are roles too', () => {
    const entities = entitiesOf(['A report by beer writer Pete Brown found 23 breweries in the city.', 'The city council, columnist Ana Reis noted, had ignored the trade.']);
    expect(entities.find((e) => e.name === 'Pete Brown')).toMatchObject({ kind: 'person', role: 'writer' });
    expect(entities.find((e) => e.name === 'Ana Reis')).toMatchObject({ kind: 'person', role: 'columnist' });
  });

  it('GIVEN "whose CEO Carsten Spohr" THEN Spohr is a person, the CEO', () => {
    const entities = entitiesOf(['Lufthansa, whose CEO Carsten Spohr previously said the pilot was fit to fly, issued a statement Tuesday.', 'Spohr traveled to the crash site Wednesday.']);
    expect(entities.find((e) => e.name === 'Carsten Spohr')).toMatchObject({ kind: 'person', role: 'CEO' });
  });

  it('GIVEN "a spokesman for the prosecutor\'s office in Dusseldorf, Christoph Kumpa," THEN that is his role, and "role name" is no alias of his', () => {
    const entities = entitiesOf(["Earlier, a spokesman for the prosecutor's office in Dusseldorf, Christoph Kumpa, said medical records were found.", 'Kumpa emphasized there was no evidence.']);
    const kumpa = entities.find((e) => e.name === 'Christoph Kumpa');
    expect(kumpa).toMatchObject({ kind: 'person', role: "spokesman for the prosecutor's office in Dusseldorf" });
    expect(kumpa?.aliases).toEqual(['Kumpa']);
  });
});

describe('names with a middle initial', () => {
  it('GIVEN "Judge Henry E. Hudson" and "The Rev. Robert H. Schuller" THEN each is one person, named in full, short mentions aliases', () => {
    const entities = ingestArticle(
      ['Judge Henry E. Hudson issued an order Thursday.', 'The Rev. Robert H. Schuller died Thursday.', 'Hudson said the dogs would be held. Schuller founded a ministry.'].join('\n\n'),
      { source: 'initials.txt' },
    ).entities;
    expect(entities.find((e) => e.name === 'Henry E. Hudson')).toMatchObject({ kind: 'person', role: 'Judge' });
    expect(entities.find((e) => e.name === 'Robert H. Schuller')?.aliases).toContain('Schuller');
  });
});

describe('places the gazetteer does not list', () => {
  const entitiesOf = (paragraphs: readonly string[]) => ingestArticle(paragraphs.join('\n\n'), { source: 'beer.txt' }).entities;

  it('GIVEN "in Sheffield" twice THEN Sheffield is a place, though "Sheffield University" is a body', () => {
    const entities = entitiesOf([
      'A report found Sheffield has 23 breweries.',
      'Brewing in Sheffield goes back centuries, said a Sheffield University professor.',
      'There is room in Sheffield for more pubs.',
    ]);
    expect(entities.find((e) => e.name === 'Sheffield')?.kind).toBe('place');
    expect(entities.find((e) => e.name === 'Sheffield University')?.aliases ?? []).not.toContain('Sheffield');
  });

  it('GIVEN English words, months and demonyms after "in" ("in Parliament", "in March", "in Palestinian") THEN no places', () => {
    const entities = entitiesOf(['The bill passed in Parliament in March.', 'It was debated in Parliament again in March.', 'Protests spread in Palestinian towns and in Palestinian camps.']);
    for (const name of ['Parliament', 'March', 'Palestinian']) expect(entities.find((e) => e.name === name && e.kind === 'place'), name).toBeUndefined();
  });
});

describe('people known by one name', () => {
  const entitiesOf = (paragraphs: readonly string[]) => ingestArticle(paragraphs.join('\n\n'), { source: 'one-name.txt' }).entities;
  const person = (entities: ReturnType<typeof entitiesOf>, name: string) => entities.find((e) => e.name === name && e.kind === 'person');

  it('GIVEN "5-year-old Youssif", "Suha, 37,", "his mother, Zainab," and "Karima says ... she" THEN each is a person, with every sentence naming them', () => {
    const entities = entitiesOf([
      'Dressed in a Superman shirt, 5-year-old Youssif held his sister\'s hand on Friday.',
      '"I was so happy," his mother, Zainab, told reporters.',
      'Suha, 37, is a mother of three. Youssif turns 6 next week.',
      'Karima says when she sees her children fed, it is worth it.',
    ]);
    for (const name of ['Youssif', 'Zainab', 'Suha', 'Karima']) expect(person(entities, name), name).toBeDefined();
    expect(person(entities, 'Youssif')?.sentenceIds).toHaveLength(2);
  });

  it('GIVEN "a bully breed mix now named Theia" THEN Theia is one of the story\'s characters, with every sentence naming her', () => {
    const entities = entitiesOf(['A stray pooch, a bully breed mix now named Theia, was hit by a car.', 'Theia is only one year old.']);
    expect(person(entities, 'Theia')?.sentenceIds).toEqual([0, 1]);
  });

  it('GIVEN "his wife of more than 60 years, Arvella," THEN Arvella is a person', () => {
    expect(person(entitiesOf(['He met his wife of more than 60 years, Arvella, while preaching at her church.']), 'Arvella')).toBeDefined();
  });

  it('GIVEN a body that speaks ("Ocado said it"), a surname of a full name ("Blinken, 61,") or an English word ("Hope, 3,") THEN no one-name person', () => {
    const entities = entitiesOf([
      'Secretary of State Antony Blinken arrived on Wednesday. Blinken, 61, met officials.',
      'Ocado said it would hire staff. Hope, 3, was found safe.',
    ]);
    for (const name of ['Ocado', 'Blinken', 'Hope']) expect(person(entities, name), name).toBeUndefined();
  });
});

describe('names and bodies news writes in other shapes', () => {
  const entitiesOf = (paragraphs: readonly string[]) => ingestArticle(paragraphs.join('\n\n'), { source: 'shapes.txt' }).entities;
  const named = (entities: ReturnType<typeof entitiesOf>, name: string) => entities.find((e) => e.name === name);

  it('GIVEN "President Bush" and "Mr Wood", surnames that are English words, THEN each is a person, the president with his title as role', () => {
    const entities = entitiesOf(['President Bush told reporters Friday that he will accept the resignation.', '"He will win," Bush said. Mr Wood agreed.']);
    expect(named(entities, 'Bush')).toMatchObject({ kind: 'person', role: 'President', sentenceIds: [0, 1] });
    expect(named(entities, 'Wood')?.kind).toBe('person');
    expect(named(entities, 'Wood')?.role).toBeUndefined();
  });

  it('GIVEN "President Bush" and "first lady Laura Bush" THEN two people, "Bush" alone being the president; "President Xi" is "Xi Jinping"', () => {
    const bushes = entitiesOf(['Doctors removed polyps from President Bush on Saturday.', 'He spoke to first lady Laura Bush before the procedure.', 'Bush played with his dogs afterwards.']);
    expect(named(bushes, 'Bush')).toMatchObject({ kind: 'person', role: 'President', sentenceIds: [0, 2] });
    expect(named(bushes, 'Laura Bush')?.sentenceIds).toEqual([1]);
    const xi = entitiesOf(['Chinese leader Xi Jinping met the envoy.', 'President Xi said ties were improving.']);
    expect(named(xi, 'Xi')).toBeUndefined();
    expect(named(xi, 'Xi Jinping')?.sentenceIds).toEqual([0, 1]);
  });

  it('GIVEN surnames with a capital inside ("McClellan", "MacArthur", "O\'Brien") THEN the full names are people', () => {
    const entities = entitiesOf(['Bush tapped Snow to replace Scott McClellan in April 2006.', 'Later Anne MacArthur and Patrick O\'Brien joined the staff.']);
    for (const name of ['Scott McClellan', 'Anne MacArthur', "Patrick O'Brien"]) expect(named(entities, name)?.kind, name).toBe('person');
  });

  it('GIVEN a museum, a show, a chapel, the Red Cross and "At Amnesty International" THEN none is a person, and the preposition is no part of a name', () => {
    const entities = entitiesOf([
      'New research released by the Anne Frank House shows she died earlier.',
      'Researchers read archives of the Red Cross and the Bergen-Belsen Memorial.',
      'He also hosted "The Tony Snow Show" on the radio. A forum was held at Duke Chapel.',
      'At Amnesty International, researchers counted 607 executions.',
    ]);
    for (const name of ['Anne Frank House', 'Red Cross', 'Bergen-Belsen Memorial', 'Tony Snow Show', 'Amnesty International']) expect(named(entities, name)?.kind, name).toBe('organization');
    expect(named(entities, 'Duke Chapel')?.kind).toBe('place');
    expect(named(entities, 'At Amnesty International')).toBeUndefined();
  });

  it('GIVEN "the Bergen-Belsen concentration camp" and "Evin prison" THEN each is a place; "a Nazi concentration camp" names none', () => {
    const entities = entitiesOf([
      'Anne Frank died in a Nazi concentration camp. The Bergen-Belsen concentration camp was liberated in April 1945.',
      'She was first sent to the Auschwitz-Birkenau camp. The journalist is held in Evin prison.',
    ]);
    for (const name of ['Bergen-Belsen', 'Auschwitz-Birkenau', 'Evin']) expect(named(entities, name)?.kind, name).toBe('place');
    expect(named(entities, 'Nazi')).toBeUndefined();
  });
});

describe('people as British and American politics and vox pops write them', () => {
  const entitiesOf = (paragraphs: readonly string[]) => ingestArticle(paragraphs.join('\n\n'), { source: 'politics.txt' }).entities;
  const named = (entities: ReturnType<typeof entitiesOf>, name: string) => entities.find((e) => e.name === name);

  it('GIVEN "Liberal Democrat Layla Moran" and "Conservative Nicola Blackwood" THEN the party is the role, not a word of the name', () => {
    const entities = entitiesOf(['She said Liberal Democrat Layla Moran offered the best chance.', 'Conservative Nicola Blackwood won the seat in 2010.']);
    expect(named(entities, 'Layla Moran')).toMatchObject({ kind: 'person', role: 'Liberal Democrat' });
    expect(named(entities, 'Nicola Blackwood')).toMatchObject({ kind: 'person', role: 'Conservative' });
  });

  it('GIVEN "Ms Blackwood" and "Mr Gould" after the full names THEN they are those people again; "Mr Wood" is not "Sarah Wood"', () => {
    const entities = entitiesOf([
      'Conservative Nicola Blackwood won the seat. Ms Blackwood increased her majority.',
      "NHSX's Matthew Gould is stepping back. Mr Gould had expected to move on.",
      'Sarah Wood chairs the party. Mr Wood, her husband, declined to comment.',
    ]);
    expect(named(entities, 'Nicola Blackwood')?.sentenceIds).toEqual([0, 1]);
    expect(named(entities, 'Matthew Gould')?.sentenceIds).toEqual([2, 3]);
    for (const short of ['Blackwood', 'Gould']) expect(named(entities, short), short).toBeUndefined();
    expect(named(entities, 'Wood')?.kind).toBe('person');
  });

  it('GIVEN "Mr Passos Coelho" and "Pedro Passos Coelho" THEN one person; "Chris Rock" is not folded into a run "Meet Chris Rock"', () => {
    const coelho = entitiesOf(['Mr Passos Coelho won the most seats.', 'Pedro Passos Coelho has 10 days to appoint ministers.', 'Mr Passos Coelho may fail.']);
    expect(named(coelho, 'Pedro Passos Coelho')?.sentenceIds).toEqual([0, 1, 2]);
    expect(named(coelho, 'Passos Coelho')).toBeUndefined();
    const rock = entitiesOf(['Chris Rock is an Emmy-winning comedian.', 'Meet Chris Rock, hair expert.', 'Chris Rock says he tried.']);
    expect(named(rock, 'Chris Rock')?.kind).toBe('person');
  });

  it('GIVEN vox pops ("Fiona from Derby says", "John is a medical student at ...") THEN each is a person, where they are from or what they are as role', () => {
    const entities = entitiesOf([
      'Fiona from Derby says the NHS saved her life. "I almost died," she said.',
      'Gareth in Hampshire has had a personal experience of the health system in the US.',
      'John is a medical student at the University of Manchester. But Andrew from Rochester in Kent agrees with Sarah Palin.',
      'Paris in spring is lovely. Tom in the office disagreed.',
    ]);
    expect(named(entities, 'Fiona')).toMatchObject({ kind: 'person', role: 'from Derby' });
    expect(named(entities, 'Gareth')).toMatchObject({ kind: 'person', role: 'in Hampshire' });
    expect(named(entities, 'John')).toMatchObject({ kind: 'person', role: 'medical student' });
    expect(named(entities, 'Andrew')).toMatchObject({ kind: 'person', role: 'from Rochester in Kent' });
    expect(named(entities, 'Paris')?.kind).not.toBe('person');
    expect(named(entities, 'Tom')).toBeUndefined();
  });

  it('GIVEN "the head of the doctors\' union, Dr Chaand Nagpaul," and "But Socialist leader Antonio Costa" THEN the roles read as written', () => {
    const entities = entitiesOf([
      "In a letter, the head of the doctors' union, Dr Chaand Nagpaul, CBE, called for the report to be published.",
      'But Socialist leader Antonio Costa has been working to build a coalition.',
    ]);
    expect(named(entities, 'Chaand Nagpaul')?.role).toBe("head of the doctors' union");
    expect(named(entities, 'Antonio Costa')?.role).toBe('Socialist leader');
  });

  it('GIVEN honours and offices after names ("KC", "MP") THEN the names are whole people, with the office before them as role', () => {
    const entities = entitiesOf([
      'Sentencing him, Judge Caroline Ashworth KC said he had lied. Feld\'s lawyer, David Okoro KC, said his client was ashamed.',
      'Cheltenham and Tewkesbury MP Laura Pike said she would ask for funding. Mr Okoro said an appeal was possible.',
    ]);
    expect(named(entities, 'Caroline Ashworth')).toMatchObject({ kind: 'person', role: 'Judge' });
    expect(named(entities, 'David Okoro')).toMatchObject({ kind: 'person', role: "Feld's lawyer", sentenceIds: [1, 3] });
    expect(named(entities, 'Laura Pike')).toMatchObject({ kind: 'person', role: 'Tewkesbury MP' });
    expect(named(entities, 'Okoro')).toBeUndefined();
  });

  it('GIVEN roles set off after a name without an article ("Sarah Matthews, flood duty manager for ...") or written before it in lower case THEN they are roles; a clause is not', () => {
    const entities = entitiesOf([
      'Sarah Matthews, flood duty manager for the Environment Agency in the West Midlands, said the water would stay high.',
      'Eklund was sent off by referee Stuart Kendrick. Ruth Zulu, whose husband died in the collapse, said she wanted answers.',
    ]);
    expect(named(entities, 'Sarah Matthews')?.role).toBe('flood duty manager for the Environment Agency in the West Midlands');
    expect(named(entities, 'Stuart Kendrick')?.role).toBe('referee');
    expect(named(entities, 'Ruth Zulu')?.role).toBeUndefined();
  });

  it('GIVEN rivers, "Ten-man Harbourside", "from Leeds, said she" and residents set off by a clause THEN the rivers are places, the team and the town no one, the residents people', () => {
    const entities = entitiesOf([
      'Ten-man Harbourside won the cup as the River Severn rose.',
      'Retired nurse Helen Carver, 67, from Leeds, said she had lost her savings.',
      'Dave from Twyning, a village north of the town, has been ferrying neighbours. Margaret from Tewkesbury, who is 81, said it was the third flood.',
    ]);
    expect(named(entities, 'River Severn')?.kind).toBe('place');
    for (const name of ['Ten-man Harbourside', 'Leeds']) expect(named(entities, name)?.kind, name).not.toBe('person');
    expect(named(entities, 'Dave')).toMatchObject({ kind: 'person', role: 'from Twyning' });
    const more = entitiesOf(['Priya from Tewkesbury said she had woken at 3am.', 'Zentrix in Redmond said its servers were down.']);
    expect(named(more, 'Priya')).toMatchObject({ kind: 'person', role: 'from Tewkesbury' });
    expect(named(more, 'Zentrix')?.kind).not.toBe('person');
    expect(named(entities, 'Margaret')).toMatchObject({ kind: 'person', role: 'from Tewkesbury' });
  });

  it('GIVEN "Lib Dems", "the Left Bloc" and "Brighton Pavilion" THEN none is a person', () => {
    const entities = entitiesOf(['The Lib Dems will not contest Brighton Pavilion.', 'The Left Bloc is seen as allied to Syriza. The Lib Dem vote rose.']);
    for (const name of ['Lib Dems', 'Left Bloc', 'Brighton Pavilion', 'Lib Dem']) expect(named(entities, name)?.kind, name).not.toBe('person');
  });
});

describe('names that read like people\'s but are not, and people named in parts', () => {
  const entitiesOf = (paragraphs: readonly string[]) => ingestArticle(['Headline of the story', ...paragraphs].join('\n\n'), { source: 'parts.txt' }).entities;
  const named = (entities: ReturnType<typeof entitiesOf>, name: string) => entities.find((e) => e.name === name);
  it('GIVEN "Clark County", "Old Port", "Bramley Wood", "Domesday Book", "Kettering Health", "Last October", "Liberal Democrat" and "Save Bramley Wood" THEN none is a person', () => {
    const entities = entitiesOf([
      'Ambulances in Clark County were sent to Kettering Health instead. The restaurant sits in the Old Port.',
      'This road will cut through Bramley Wood, which is older than the Domesday Book. Last October, she said, she smelled coffee.',
      'The Liberal Democrat group leader spoke. Protesters from Save Bramley Wood held banners.',
    ]);
    for (const name of ['Clark County', 'Old Port', 'Bramley Wood', 'Domesday Book', 'Kettering Health', 'Last October', 'Liberal Democrat', 'Save Bramley Wood']) {
      expect(named(entities, name)?.kind, name).not.toBe('person');
    }
    expect(named(entities, 'Clark County')?.kind).toBe('place');
    expect(named(entities, 'Kettering Health')?.kind).toBe('organization');
    // A given name first makes it someone's: "Elijah Wood".
    expect(named(entitiesOf(['Elijah Wood said he was delighted.']), 'Elijah Wood')?.kind).toBe('person');
  });

  it('GIVEN "Ama Dablam, at 6,812 meters, is one of the most popular peaks" THEN Ama Dablam is a place, not a person', () => {
    const entities = entitiesOf(['She fell on Nepal\'s Ama Dablam on Wednesday.', 'Ama Dablam, at 6,812 meters, is one of the most popular peaks in Nepal.']);
    expect(named(entities, 'Ama Dablam')?.kind).toBe('place');
  });

  it('GIVEN "a Democrat whose district includes Springfield, said she ..." THEN Springfield is no person; "Karima said she ..." still is one', () => {
    expect(named(entitiesOf(['State Sen. Beverly Okafor, a Democrat whose district includes Springfield, said she would act.']), 'Springfield')?.kind).not.toBe('person');
    expect(named(entitiesOf(['The shelter was full. Karima said she had nowhere to go.']), 'Karima')?.kind).toBe('person');
  });

  it('GIVEN "Sarah Okonkwo-Reid" and "her husband, James Reid" THEN "Okonkwo-Reid" later is her, not him; "the Biden-Xi talks" still name Biden', () => {
    const entities = entitiesOf([
      'Sarah Okonkwo-Reid, 34, was rescued on Saturday.',
      'Okonkwo-Reid had been descending with her guide. Okonkwo-Reid fell 40 meters.',
      'Her husband, James Reid, flew to Kathmandu.',
    ]);
    expect(named(entities, 'Sarah Okonkwo-Reid')?.sentenceIds).toEqual([1, 2, 3]);
    expect(named(entities, 'James Reid')?.sentenceIds).toEqual([4]);
    const talks = entitiesOf(['President Joe Biden met Xi Jinping.', 'The Biden-Xi talks ran late.']);
    expect(named(talks, 'Joe Biden')?.sentenceIds).toEqual([1, 2]);
  });

  it('GIVEN "Pemba Nuru Sherpa" and later "Pemba Nuru, 41," THEN one person, named both ways', () => {
    const entities = entitiesOf(['She climbed with her Sherpa guide, Pemba Nuru Sherpa, on Wednesday.', 'Pemba Nuru, 41, said he stayed with her.']);
    const people = entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => p.name)).toEqual(['Pemba Nuru Sherpa']);
    expect(people[0]).toMatchObject({ role: 'Sherpa guide', sentenceIds: [1, 2] });
    expect(people[0]?.aliases).toContain('Pemba Nuru');
  });

  it('GIVEN "a group known as BlackVane" THEN BlackVane is a body, a "group", in the sentences writing it', () => {
    const entities = entitiesOf(['The note matched the style of a group known as BlackVane, which has hit 12 hospitals.', 'BlackVane did not reply.']);
    expect(named(entities, 'BlackVane')).toMatchObject({ kind: 'organization', role: 'group', sentenceIds: [1, 2] });
  });

  it('GIVEN "Special Agent Marcus Odom" and "a rescuer, Dawa Tenzing Sherpa," THEN each is a person with that role', () => {
    const entities = entitiesOf(['Special Agent Marcus Odom said the bureau was aware.', 'Bellandi lowered a rescuer, Dawa Tenzing Sherpa, to the ledge.']);
    expect(named(entities, 'Marcus Odom')).toMatchObject({ kind: 'person', role: 'Special Agent' });
    expect(named(entities, 'Dawa Tenzing Sherpa')).toMatchObject({ kind: 'person', role: 'rescuer' });
  });
});

describe('bodies, titles and dates that read like names', () => {
  const entitiesOf = (paragraphs: readonly string[]) => ingestArticle(['Headline of the story', ...paragraphs].join('\n\n'), { source: 'bodies.txt' }).entities;
  const named = (entities: ReturnType<typeof entitiesOf>, name: string) => entities.find((e) => e.name === name);

  it('GIVEN "Scandinavian carrier Nordavia cancelled ..." and later "in Nordavia" THEN Nordavia is a body, not a place', () => {
    const entities = entitiesOf([
      'Scandinavian carrier Nordavia cancelled more than 1,200 flights on Monday.',
      'Queues formed at the Nordavia desk. Nordavia said it had lost money.',
      'Confidence in Nordavia has fallen, an analyst said.',
    ]);
    expect(named(entities, 'Nordavia')).toMatchObject({ kind: 'organization', role: 'Scandinavian carrier' });
    expect(entities.some((e) => e.kind === 'place' && e.name === 'Nordavia')).toBe(false);
  });

  it('GIVEN "Former Millbrook treasurer", "by Jan. 15", "Gregory Allen Pruitt" then "Gregory Pruitt", "Riverbend Consulting" THEN no false people, and one Pruitt', () => {
    const entities = entitiesOf([
      'Former Millbrook treasurer Gregory Allen Pruitt, 58, was sentenced on Thursday.',
      'Photo caption: Gregory Pruitt leaves the courthouse in Columbus.',
      'Marquez ordered Pruitt to report to prison by Jan. 15. He paid the money to Riverbend Consulting, a shell company.',
    ]);
    const people = entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).not.toContain('Former Millbrook');
    expect(people).not.toContain('Jan');
    expect(people).not.toContain('Riverbend Consulting');
    expect(people).not.toContain('Gregory Pruitt');
    expect(named(entities, 'Gregory Allen Pruitt')?.aliases).toContain('Gregory Pruitt');
  });

  it('GIVEN \'Clarence "Shade" Mobley\' and later "Mobley" and "Evelyn Mobley" THEN he is one person, named with his nickname, and "Mobley" alone is his', () => {
    const entities = entitiesOf([
      'Clarence "Shade" Mobley, the trumpeter whose warm tone defined soul jazz, died on Sunday. He was 87.',
      'Mobley was born in Macon, Georgia. "Shade could say more in four notes than most of us," said the saxophonist Ruth Calloway.',
      'His wife, the singer Evelyn Mobley, died in 2016. Mobley had won two Grammy Awards.',
    ]);
    const clarence = named(entities, 'Clarence Mobley');
    expect(clarence?.kind).toBe('person');
    expect(clarence?.aliases).toContain('Shade');
    expect(clarence?.sentenceIds.length).toBeGreaterThan(named(entities, 'Evelyn Mobley')?.sentenceIds.length ?? 0);
    expect(named(entities, 'Ruth Calloway')).toMatchObject({ kind: 'person', role: 'saxophonist' });
    expect(named(entities, 'Grammy Awards')?.kind).not.toBe('person');
  });

  it('GIVEN "Professor Kenji Sato of the University of Tokyo" THEN a professor, and the university a body', () => {
    const entities = entitiesOf(['Its principal investigator, Professor Kenji Sato of the University of Tokyo, said the team waited a decade.']);
    expect(named(entities, 'Kenji Sato')).toMatchObject({ kind: 'person', role: 'Professor' });
    expect(named(entities, 'University of Tokyo')?.kind).toBe('organization');
  });
});

describe('ships named in an article', () => {
  const ferry = ingestArticle(
    [
      'Ferry runs aground',
      'A ferry carrying 168 passengers ran aground off Lismore on Saturday evening.',
      'The MV Hebridean Dawn, operated by Western Isles Ferries, was sailing from Oban to Craignure when it struck rocks.',
      'Passengers were taken off by a second ferry, the MV Sound of Kerrera, shortly after midnight.',
      'Salvage teams hope to refloat the Hebridean Dawn on Monday.',
    ].join('\n\n'),
    { source: 'ferry.txt', articleId: 'ferry' },
  );

  it('GIVEN "MV Hebridean Dawn" and later "the Hebridean Dawn" THEN one vessel, no person of that name', () => {
    const vessel = ferry.entities.find((e) => e.name === 'MV Hebridean Dawn');
    expect(vessel?.kind).toBe('vessel');
    expect(vessel?.aliases).toContain('Hebridean Dawn');
    expect(ferry.entities.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain('Hebridean Dawn');
    expect(ferry.entities.find((e) => e.name === 'MV Sound of Kerrera')?.kind).toBe('vessel');
  });
});

describe('roles given away from the full name (ninth blind review)', () => {
  const entitiesOfText = (paragraphs: string[]): Entity[] => ingestArticle(paragraphs.join('\n\n'), { source: 'roles.txt', articleId: 'roles' }).entities;
  const person = (entities: Entity[], name: string): Entity | undefined => entities.find((e) => e.name === name && e.kind === 'person');

  it('GIVEN "The university\'s vice-chancellor said ..." then "Prof Richard Okafor, who took up the post ..." THEN he holds that role', () => {
    const entities = entitiesOfText([
      'Lecturers vote to strike',
      'The university\'s vice-chancellor said he was "deeply disappointed" by the result. Prof Richard Okafor, who took up the post in 2021, said the fee increase was needed.',
      'Prof Okafor said talks would resume on Friday.',
    ]);
    expect(person(entities, 'Richard Okafor')?.role).toBe("university's vice-chancellor");
  });

  it('GIVEN "Wanjiru, a 29-year-old primary-school maths teacher from Iten, won ..." after her full name THEN the role, without the age', () => {
    const entities = entitiesOfText(['Teacher wins marathon', 'Nobody had Grace Wanjiru on their list of favourites.', 'Wanjiru, a 29-year-old primary-school maths teacher from Iten, Kenya, won the Lakeshore Marathon.']);
    expect(person(entities, 'Grace Wanjiru')?.role).toBe('primary-school maths teacher from Iten');
    expect(person(entities, 'Lakeshore Marathon')).toBeUndefined();
  });

  it('GIVEN "Retired schoolteacher Carol Brennan" and "a 38-year-old electrician named Tom Reyes" THEN those trades are their roles', () => {
    const entities = entitiesOfText([
      'Thousands flee wildfire',
      'Retired schoolteacher Carol Brennan, 71, said she had about 15 minutes to gather her medications.',
      'Her neighbor, a 38-year-old electrician named Tom Reyes, said he stayed behind for an hour.',
    ]);
    expect(person(entities, 'Carol Brennan')?.role).toBe('Retired schoolteacher');
    expect(person(entities, 'Tom Reyes')?.role).toBe('electrician');
  });

  it('GIVEN "Wedbush Securities" THEN no person: a firm\'s last word', () => {
    const entities = entitiesOfText(['Tech firm cuts jobs', 'Dan Ives, a managing director at Wedbush Securities, said the cuts were overdue.']);
    expect(person(entities, 'Wedbush Securities')).toBeUndefined();
  });

  it('GIVEN "the Chess Olympiad", "the Accra International Open" THEN no person: an event\'s last word', () => {
    const entities = entitiesOfText(['Girl becomes grandmaster', 'She scored 7 points at the Accra International Open and will play at the Chess Olympiad next year.']);
    expect(person(entities, 'Chess Olympiad')).toBeUndefined();
    expect(person(entities, 'Accra International Open')).toBeUndefined();
  });

  it('GIVEN "Southern Lights Travel, a company Whitlock had registered" THEN a travel firm, and Whitlock still the man named in full (eleventh blind review)', () => {
    const entities = entitiesOfText([
      'Treasurer jailed',
      'Grant Whitlock, 58, pleaded guilty in August to 41 charges of theft.',
      "Investigators traced 212 payments to Southern Lights Travel, a company Whitlock had registered in his late wife's maiden name.",
      'Whitlock was taken from the court to prison.',
    ]);
    expect(person(entities, 'Lights Travel')).toBeUndefined();
    expect(entities.find((entity) => entity.name === 'Southern Lights Travel')?.kind).toBe('organization');
    expect(entities.find((entity) => entity.name === 'Whitlock')).toBeUndefined();
    expect(person(entities, 'Grant Whitlock')?.sentenceIds.length).toBe(3);
  });

  it('GIVEN "Nineteen-year-old Ananya Rao smashed ..." opening a sentence THEN the sentence names Ananya Rao, the age no part of her name', () => {
    const entities = entitiesOfText(['Teen hits record century', 'Nineteen-year-old Ananya Rao smashed the fastest century in the league on Sunday.', 'Rao hit seven sixes.']);
    expect(person(entities, 'Ananya Rao')?.sentenceIds).toContain(1);
    expect(person(entities, 'Nineteen-year-old Ananya Rao')).toBeUndefined();
  });

  it('GIVEN "the Pune Pioneers" and later "the Pioneers" THEN a team, no person; "Gordon Banks", never "the Banks", stays a person', () => {
    const entities = entitiesOfText([
      'Teenager lifts Pune Pioneers to title',
      'Ananya Rao hit 108 as the Pune Pioneers beat the Chennai Cyclones in the final.',
      'The Pioneers reached 213 for five. Former goalkeeper Gordon Banks watched from the stands.',
    ]);
    expect(person(entities, 'Pune Pioneers')).toBeUndefined();
    expect(entities.find((entity) => entity.name === 'Pune Pioneers')?.kind).toBe('organization');
    expect(person(entities, 'Gordon Banks')).toBeDefined();
  });

  it('GIVEN "Tropical Storm Kay" and "the Pacific Basin" THEN no person: a storm, and a place by its last word', () => {
    const entities = entitiesOfText(['Rain ends drought', 'That emergency ended when Tropical Storm Kay brought heavy rain, as warm water in the Pacific Basin fed it.']);
    expect(person(entities, 'Tropical Storm Kay')).toBeUndefined();
    expect(person(entities, 'Pacific Basin')).toBeUndefined();
  });

  it('GIVEN two people sharing a surname ("Park Sung-ho", "Park Ji-yeon") THEN "Park" inside one\'s full name is no mention of the other', () => {
    const carmaker = entitiesOfText([
      'Carmaker names new chief',
      'The plan was announced by Park Sung-ho, 63, who will step down as chief executive.',
      'He will be replaced on Jan. 1 by Park Ji-yeon, 49, head of the European business.',
      'In a statement, Park Ji-yeon said she would focus on hybrids.',
    ]);
    expect(person(carmaker, 'Park Sung-ho')?.sentenceIds).toEqual([1]);
    expect(person(carmaker, 'Park Ji-yeon')?.sentenceIds).toEqual([2, 3]);
  });

  it('GIVEN "Outgoing Prime Minister Pavel Kral\'s National Unity party" THEN Pavel Kral is a person with his office, and the party a body, also where it stands alone', () => {
    const election = entitiesOfText([
      'Centrist alliance wins election',
      "Outgoing Prime Minister Pavel Kral's National Unity party came second with 24.9% and 55 seats.",
      'Kral, 61, conceded defeat shortly after midnight.',
      'He spoke at National Unity headquarters in Prague.',
      'His son, Ondrej Kral, 34, won a seat.',
    ]);
    expect(person(election, 'Pavel Kral')).toMatchObject({ role: 'Outgoing Prime Minister', sentenceIds: [1, 2] });
    expect(person(election, 'National Unity')).toBeUndefined();
    expect(election.find((e) => e.name === 'National Unity')).toMatchObject({ kind: 'organization', sentenceIds: [1, 3] });
  });

  it('GIVEN an owner\'s name inside an institution\'s ("St Aidan\'s Primary School", "Wayne County Prosecutor\'s Office") THEN no one is named', () => {
    const entities = entitiesOfText([
      'Measles cases rise',
      "Most of the cases are at St Aidan's Primary School, the head teacher said.",
      "A spokeswoman for the Wayne County Prosecutor's Office declined to comment.",
    ]);
    expect(entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('GIVEN "Minister for Health Rachel Dunne" and "Secretary of State for Defence John Healey" THEN the office\'s field is no part of the name', () => {
    const entities = entitiesOfText([
      'Cheese recall widens',
      'Minister for Health Rachel Dunne said she had asked for a full report.',
      'Secretary of State for Defence John Healey agreed.',
    ]);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Rachel Dunne', 'John Healey']);
    expect(person(entities, 'Rachel Dunne')).toMatchObject({ role: 'Minister for Health' });
  });
});
