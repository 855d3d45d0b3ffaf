import { describe, expect, it } from 'vitest';
import { chooseArticle, suggestArticles } from '../../src/briefing/choose-article.js';
import type { ArticleInfo } from '../../src/briefing/types.js';

const article = (articleId: string, title: string, addedAt: string): ArticleInfo => ({ articleId, title, source: `data/${articleId}.txt`, contentHash: articleId, addedAt });

/** Newest first, as the library lists them. */
const library: ArticleInfo[] = [
  article('court', 'A French court sentenced the former head of a hospital network to four years in prison', '2026-03-01T00:00:00.000Z'),
  article('landslide', "At least 23 people were killed after a landslide buried part of a village in Indonesia's West Java", '2026-02-01T00:00:00.000Z'),
  article('000_78d76434cf3e539e', 'Blinken expected to issue strong warning on support for Russia as he arrives in China for key meetings', '2026-01-01T00:00:00.000Z'),
];
const chosen = (query: string) => chooseArticle(library, query)?.articleId;

describe('chooseArticle', () => {
  it('GIVEN a number THEN the article at that place of the newest-first list, however it is written', () => {
    expect(chosen('1')).toBe('court');
    expect(chosen('3')).toBe('000_78d76434cf3e539e');
    expect(chosen('#2')).toBe('landslide');
    expect(chosen('no. 2')).toBe('landslide');
    expect(chosen(' 2. ')).toBe('landslide');
  });

  it('GIVEN a number past the list or zero THEN no article', () => {
    expect(chosen('4')).toBeUndefined();
    expect(chosen('0')).toBeUndefined();
  });

  it('GIVEN a negative number ("-1") THEN no article, though a title holds the digit ("1,200 flights")', () => {
    const withDigit = [article('flights', 'Nordavia cancels 1,200 flights as pilots walk out', '2026-04-01T00:00:00.000Z'), ...library];
    expect(chooseArticle(withDigit, '-1')).toBeUndefined();
    expect(chooseArticle(withDigit, '- 2')).toBeUndefined();
    expect(chooseArticle(withDigit, '1')?.articleId).toBe('flights');
  });

  it('GIVEN a decimal ("2.5") THEN no article, though a title holds it ("a pay rise of 2.5%")', () => {
    const withDecimal = [article('strike', 'Lecturers strike over a pay rise of 2.5%', '2026-03-01T00:00:00.000Z'), ...library];
    expect(chooseArticle(withDecimal, '2.5')).toBeUndefined();
    expect(chooseArticle(withDecimal, '2')?.articleId).toBe('court');
  });

  it('GIVEN words pointing at an article around words of its title ("the one about china") THEN that article', () => {
    expect(chosen('the one about china')).toBe('000_78d76434cf3e539e');
    expect(chosen('the story on the landslide')).toBe('landslide');
    expect(chosen('the one')).toBeUndefined();
  });

  it('GIVEN an id or a whole title THEN that article, case aside', () => {
    expect(chosen('000_78D76434CF3E539E')).toBe('000_78d76434cf3e539e');
    expect(chosen(library[1]?.title.toUpperCase() ?? '')).toBe('landslide');
  });

  it('GIVEN words of a title, far apart and mistyped THEN the title holding them all', () => {
    expect(chosen('blinken warnig russia')).toBe('000_78d76434cf3e539e');
    expect(chosen('landslde indonesia')).toBe('landslide');
    expect(chosen('french court')).toBe('court');
    expect(chosen("Indonesia's landslide")).toBe('landslide');
  });

  it('GIVEN a match named "A v B" or "A vs. B" THEN the article naming both sides', () => {
    const matches = [article('rugby', "Nev Edwards scored an early try for Sale, before Castres' Florian Vialelle went over", '2026-04-01T00:00:00.000Z'), ...library];
    expect(chooseArticle(matches, 'sale v castres')?.articleId).toBe('rugby');
    expect(chooseArticle(matches, 'Sale vs. Castres')?.articleId).toBe('rugby');
    expect(chooseArticle(matches, 'sale versus court')).toBeUndefined();
  });

  it('GIVEN words no one title holds all of, or none at all THEN no article', () => {
    expect(chosen('court landslide')).toBeUndefined();
    expect(chosen('xyzzy')).toBeUndefined();
    expect(chosen('')).toBeUndefined();
    expect(chosen('?!')).toBeUndefined();
  });

  it('GIVEN punctuation around the words THEN only the words count', () => {
    expect(chosen('!court')).toBe('court');
    expect(chosen('court | landslide')).toBeUndefined();
    expect(chosen("'blinken ^russia$")).toBe('000_78d76434cf3e539e');
  });

  it('GIVEN a number in words THEN that place; only small words THEN no article', () => {
    expect(chosen('two')).toBe('landslide');
    expect(chosen('the')).toBeUndefined();
    expect(chosen('of the')).toBeUndefined();
  });

  it('GIVEN a word merely near some title word THEN no article: "election" is not "expected"', () => {
    expect(chosen('election')).toBeUndefined();
  });

  it('GIVEN transposed letters and missing ones THEN still the article: "blinkin chnia"', () => {
    expect(chosen('blinkin chnia')).toBe('000_78d76434cf3e539e');
  });

  it('GIVEN words of the opening sentence a cut title leaves out, typed without accents and mistyped THEN that article', () => {
    const cut = [article('gdansk', 'Independent candidate Tomasz Wierzbicki, a former shipyard engineer, won…', '2026-04-01T00:00:00.000Z'), ...library];
    const opening = (a: ArticleInfo) => (a.articleId === 'gdansk' ? `${a.title} Independent candidate Tomasz Wierzbicki won the runoff for mayor of Gdańsk.` : a.title);
    expect(chooseArticle(cut, 'gdansk mayor', opening)?.articleId).toBe('gdansk');
    expect(chooseArticle(cut, 'gdnask mayr', opening)?.articleId).toBe('gdansk');
    expect(chooseArticle(cut, 'gdansk mayor')).toBeUndefined();
  });

  it('GIVEN an empty library THEN no article, whatever is asked', () => {
    expect(chooseArticle([], '1')).toBeUndefined();
    expect(chooseArticle([], 'court')).toBeUndefined();
  });
});

describe('suggestArticles', () => {
  const suggested = (partial: string, limit = 25) => suggestArticles(library, partial, limit).map((a) => a.articleId);

  it('GIVEN nothing typed yet THEN every article, newest first, within the limit', () => {
    expect(suggested('')).toEqual(['court', 'landslide', '000_78d76434cf3e539e']);
    expect(suggested('', 2)).toEqual(['court', 'landslide']);
  });

  it('GIVEN part of a title, mistyped THEN the titles matching it', () => {
    expect(suggested('landsl')).toEqual(['landslide']);
    expect(suggested('blinkn')).toEqual(['000_78d76434cf3e539e']);
  });

  it('GIVEN a number THEN the article at that place first', () => {
    expect(suggested('2')[0]).toBe('landslide');
  });
});
