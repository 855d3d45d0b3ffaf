import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';
import { mayBe, pronounIn } from '../../../src/briefing/search/pronouns.js';

const text = [
  'Minister in Oslo',
  'Foreign minister Tom Hale arrived in Oslo on Monday for talks on fishing quotas. It is his third visit this year.',
  'Trade envoy Lena Varga visited Oslo last month, and Hale and Premier Tumelo Ndaba spoke by phone last week.',
  'Mayor Ida Berg opened the harbour talks. She said her city wants lower port fees.',
  'Ndaba thanked Berg and said his government would study her plan.',
].join('\n\n');

describe('the pronoun the article uses for each person', () => {
  const index = buildArticleIndex(ingestArticle(text, { source: 'oslo.txt', articleId: 'oslo' }));
  const pronounOf = (name: string) => {
    const id = index.entities.findIndex((entity) => entity.name.includes(name));
    expect(id).toBeGreaterThanOrEqual(0);
    return index.personPronouns.get(id);
  };

  it('GIVEN "Tom Hale arrived ... It is his third visit" THEN Hale is a "he"', () => {
    expect(pronounOf('Hale')).toBe('he');
  });

  it('GIVEN "Mayor Ida Berg opened the talks. She said her city ..." THEN Berg is a "she"', () => {
    expect(pronounOf('Berg')).toBe('she');
  });

  it('GIVEN a person named only beside others THEN the pronoun comes from a given name that is only a woman\'s or a man\'s', () => {
    expect(pronounOf('Varga')).toBe('she');
  });

  it('GIVEN a person named only beside others, with a given name in neither list ("Ndaba thanked Berg and said his ...") THEN no pronoun', () => {
    expect(pronounOf('Ndaba')).toBeUndefined();
  });
});

describe('a pronoun opening a sentence goes back to the person named before', () => {
  it('GIVEN "... by Park Sung-ho. He will be replaced by Park Ji-yeon ... Park Ji-yeon said she ..." THEN he is a "he" and she a "she"', () => {
    const carmaker = [
      'Carmaker names new chief',
      'The plan was announced by Park Sung-ho, 63, who will step down as chief executive. He will be replaced on Jan. 1 by Park Ji-yeon, 49, head of the European business.',
      'In a statement, Park Ji-yeon said she would focus on hybrids. She did not comment on the job cuts.',
    ].join('\n\n');
    const index = buildArticleIndex(ingestArticle(carmaker, { source: 'carmaker.txt', articleId: 'carmaker' }));
    const pronounOf = (name: string) => index.personPronouns.get(index.entities.findIndex((entity) => entity.name === name));
    expect(pronounOf('Park Sung-ho')).toBe('he');
    expect(pronounOf('Park Ji-yeon')).toBe('she');
  });
});

describe('the pronoun of a title or role only a man or only a woman holds', () => {
  it('GIVEN "Father Ioannis Papadakis" whose quote speaks of the icon as "her" THEN he is a "he"; a "brother" too', () => {
    const icon = [
      'Icon returned',
      '"For 32 years there was an empty space on this wall," said the monastery\'s abbot, Father Ioannis Papadakis, 71. "We never stopped praying for her to come home."',
      'One of the men, Kostas Vlachos, died in 2009. His brother, Petros Vlachos, 68, declined to comment.',
    ].join('\n\n');
    const index = buildArticleIndex(ingestArticle(icon, { source: 'icon.txt', articleId: 'icon' }));
    const pronounOf = (name: string) => index.personPronouns.get(index.entities.findIndex((entity) => entity.name.includes(name)));
    expect(pronounOf('Papadakis')).toBe('he');
    expect(pronounOf('Petros')).toBe('he');
  });
});

describe('the pronoun a question uses', () => {
  it('GIVEN he, him or his THEN "he"; she, her or hers THEN "she"', () => {
    expect(pronounIn(['what', 'did', 'he', 'say'])).toBe('he');
    expect(pronounIn(['whats', 'her', 'job'])).toBe('she');
  });

  it('GIVEN no personal pronoun, or both kinds THEN none', () => {
    expect(pronounIn(['what', 'did', 'they', 'say'])).toBeUndefined();
    expect(pronounIn(['did', 'he', 'meet', 'her'])).toBeUndefined();
  });

  it('GIVEN a person the article calls "he" THEN a "she" cannot be them, while a person with no pronoun may be either', () => {
    const pronouns = new Map([[0, 'he' as const]]);
    expect(mayBe(pronouns, 0, 'she')).toBe(false);
    expect(mayBe(pronouns, 0, 'he')).toBe(true);
    expect(mayBe(pronouns, 1, 'she')).toBe(true);
    expect(mayBe(pronouns, 0, undefined)).toBe(true);
  });
});
