import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';
import { spokenBy } from '../../../src/briefing/answers/speakers.js';
import { sentenceFeatures } from '../../../src/briefing/search/features.js';
import { stem } from '../../../src/briefing/text/tokens.js';

const text = [
  'Harbour funds stall',
  'The minister promised new harbour funds and cheaper fuel for fishing crews.',
  'In both cases, the treasury has released nothing so far.',
  'Fishing crews protested in the harbour on Friday.',
].join('\n\n');

describe('article index: sentences that refer back', () => {
  const index = buildArticleIndex(ingestArticle(text, { source: 'harbour.txt', articleId: 'harbour' }));
  const sentence = (start: string) => index.sentences.find((s) => s.sentence.text.startsWith(start));

  it('GIVEN "In both cases, ..." THEN the sentence carries the terms of the one before it', () => {
    const both = sentence('In both cases');
    expect(both?.inherited.has(stem('funds'))).toBe(true);
    expect(both?.inherited.has(stem('minister'))).toBe(true);
  });

  it('GIVEN a sentence that opens on its own subject THEN it carries nothing', () => {
    expect(sentence('Fishing crews protested')?.inherited.size).toBe(0);
    expect(sentence('The minister promised')?.inherited.size).toBe(0);
  });
});

describe('article index: a conjunction before the reference back', () => {
  const spoken = ['Quotes on the quay', 'Harbour master Ines Dias said the quay would reopen in May.', 'But she warned that the cranes were still broken.'].join('\n\n');
  const index = buildArticleIndex(ingestArticle(spoken, { source: 'quay.txt', articleId: 'quay' }));

  it('GIVEN "But she warned ..." THEN the sentence carries the terms of the one naming her', () => {
    const but = index.sentences.find((s) => s.sentence.text.startsWith('But she'));
    expect(but?.inherited.has(stem('dias'))).toBe(true);
  });
});

describe('article index: a chain of references back', () => {
  const chain = ['Rebels at sea', 'The coast guard chief said the rebel fleet was no longer idle.', 'They have bought fast boats. They have trained new crews. They pose a threat to every port.'].join('\n\n');
  const index = buildArticleIndex(ingestArticle(chain, { source: 'fleet.txt', articleId: 'fleet' }));

  it('GIVEN "They ... They ... They pose a threat" THEN the last sentence still carries the terms of the one naming the fleet', () => {
    const last = index.sentences.find((s) => s.sentence.text.startsWith('They pose'));
    expect(last?.inherited.has(stem('fleet'))).toBe(true);
    expect(last?.inherited.has(stem('boats'))).toBe(true);
  });
});

describe('article index: a quote that goes on in the first person', () => {
  const quoted = ['Bridge survivors', '"The whole deck just gave way," survivor Gary Babineau told reporters.', '"I probably had a 35-foot free fall.'].join('\n\n');
  const index = buildArticleIndex(ingestArticle(quoted, { source: 'bridge.txt', articleId: 'bridge' }));

  it('GIVEN "I ..." right after a sentence naming the speaker THEN it carries the speaker\'s terms', () => {
    const fall = index.sentences.find((s) => s.sentence.text.includes('free fall'));
    expect(fall?.inherited.has(stem('babineau'))).toBe(true);
  });
});

describe('article index: a quote attributed only by role', () => {
  const attributed = ['Port dispute', 'A harbour authority official warned Tuesday that the port could close.', 'The strike is not a matter for the government, the official said.'].join('\n\n');
  const index = buildArticleIndex(ingestArticle(attributed, { source: 'port.txt', articleId: 'port' }));

  it('GIVEN "..., the official said" right after the sentence introducing the official THEN it carries that sentence\'s terms', () => {
    const quote = index.sentences.find((s) => s.sentence.text.startsWith('The strike'));
    expect(quote?.inherited.has(stem('harbour'))).toBe(true);
  });
});

describe('article index: "the country" and surnames', () => {
  const trade = [
    'Trade envoy in Kenya',
    'The French trade envoy Luc Martin arrived in Kenya on Monday, after stops in Egypt.',
    'Kenya hopes to double its exports to France within five years.',
    'Finance minister Amina Odhiambo visited the country last month to prepare the talks.',
    'Nobody in Nairobi expects a deal this week.',
  ].join('\n\n');
  const index = buildArticleIndex(ingestArticle(trade, { source: 'trade.txt', articleId: 'trade' }));
  const sentence = (start: string) => index.sentences.find((s) => s.sentence.text.startsWith(start));
  const kenya = index.entities.findIndex((entity) => entity.name === 'Kenya');

  it('GIVEN "visited the country" in a sentence naming no country THEN it is about the country the article names most', () => {
    const visited = sentence('Finance minister');
    expect(visited?.terms.has(stem('kenya'))).toBe(true);
    expect(visited?.terms.has(stem('france'))).toBe(false);
    expect(kenya).toBeGreaterThanOrEqual(0);
    expect(visited?.entityIds.has(kenya)).toBe(true);
  });

  it('GIVEN a sentence with no "the country" THEN no country is added to it', () => {
    expect(sentence('Nobody in Nairobi')?.terms.has(stem('kenya'))).toBe(false);
  });

  it('GIVEN a person named in full once THEN the surname alone is one of their forms', () => {
    const odhiambo = index.entities.findIndex((entity) => entity.name.endsWith('Odhiambo'));
    expect(index.entityForms[odhiambo]).toContainEqual(['odhiambo']);
  });
});

describe('article index: who speaks in a quote attributed only by role', () => {
  const text = [
    'Water court',
    'A Valmar foreign ministry official spoke to reporters on Tuesday about the dam.',
    'Lorvia keeps building on the river. We will take it to the water court, the official said.',
    'Engineers expect the reservoir to fill within two years.',
  ].join('\n\n');
  const index = buildArticleIndex(ingestArticle(text, { source: 'court.txt', articleId: 'court' }));
  const sentence = (start: string) => index.sentences.find((s) => s.sentence.text.startsWith(start));

  it('GIVEN "..., the official said" THEN the speaker is the official introduced earlier, with their ministry', () => {
    expect(sentence('We will take it')?.speakerTerms?.has(stem('ministry'))).toBe(true);
  });

  it('GIVEN a quote running over two sentences of a paragraph THEN the first shares the speaker named at its end', () => {
    expect(sentence('Lorvia keeps building')?.speakerTerms?.has(stem('valmar'))).toBe(true);
  });

  it('GIVEN a sentence of another paragraph THEN no speaker is lent to it', () => {
    expect(sentence('Engineers expect')?.speakerTerms).toBeUndefined();
  });
});

describe('article index: the introduced speaker is the phrase naming them, not the whole sentence', () => {
  const text = [
    'Dam talks',
    'A Valmar foreign ministry official signaled on Tuesday that talks would go on, warning Lorvia against building the dam.',
    'The river is not a matter for outsiders, the official said.',
  ].join('\n\n');
  const index = buildArticleIndex(ingestArticle(text, { source: 'dam.txt', articleId: 'dam' }));
  const quote = index.sentences.find((s) => s.sentence.text.startsWith('The river'));

  it('GIVEN "a Valmar foreign ministry official ..., warning Lorvia ..." THEN "the official" is Valmar\'s ministry official', () => {
    for (const word of ['valmar', 'foreign', 'ministry', 'official']) expect(quote?.speakerTerms?.has(stem(word)), word).toBe(true);
  });

  it('GIVEN the country the official warned THEN it is no part of who speaks', () => {
    expect(quote?.speakerTerms?.has(stem('lorvia'))).toBe(false);
    expect(quote && spokenBy(quote, new Set([stem('lorvia')]))).toBe(false);
    expect(quote && spokenBy(quote, new Set([stem('valmar')]))).toBe(true);
  });
});

describe('article index: epithets for a person', () => {
  const visit = [
    'Minister in Karvia',
    'Foreign minister Lotte Brandt arrived in Karvia on Monday for two days of talks.',
    "Europe's top diplomat has landed in the capital, where she is expected to meet ministers.",
    'The talks are expected to be difficult.',
    'The harbour authority said the strike would end soon.',
  ].join('\n\n');
  const index = buildArticleIndex(ingestArticle(visit, { source: 'visit.txt', articleId: 'visit' }));
  const person = (name: string) => index.entities.findIndex((entity) => entity.name === name);

  it('GIVEN a sentence opening with an epithet right after one naming a single person THEN the epithet is theirs', () => {
    expect(index.epithetTerms[person('Lotte Brandt')]).toEqual([['europe', 'top', 'diplomat'].map(stem)]);
  });

  it('GIVEN "the harbour authority said" with nobody named before it THEN no one gets an epithet', () => {
    expect(index.epithetTerms.flat().some((terms) => terms.includes(stem('harbour')))).toBe(false);
  });
});

describe('article index: sentence features read at ingest', () => {
  it('GIVEN an ingested article THEN each sentence carries its features, as the index would read them', () => {
    const briefing = ingestArticle(text, { source: 'harbour.txt', articleId: 'harbour' });
    for (const sentence of briefing.sentences) expect(sentence.features).toEqual(sentenceFeatures(sentence.text));
    expect(briefing.sentences.find((s) => s.text.includes('on Friday'))?.features?.hasDate).toBe(true);
  });

  it('GIVEN a briefing whose sentences carry features (a cached one) THEN the index takes them instead of reading them again', () => {
    const briefing = ingestArticle(text, { source: 'harbour.txt', articleId: 'harbour' });
    const friday = briefing.sentences.find((s) => s.text.includes('on Friday'));
    if (!friday?.features) throw new Error('no features on the Friday sentence');
    friday.features = { ...friday.features, hasDate: false, hasMoney: true };
    const indexed = buildArticleIndex(briefing).sentences.find((s) => s.sentence === friday);
    expect(indexed?.features.hasDate).toBe(false);
    expect(indexed?.features.hasMoney).toBe(true);
  });

  it('GIVEN a briefing built without features (an older one) THEN the index reads them itself', () => {
    const briefing = ingestArticle(text, { source: 'harbour.txt', articleId: 'harbour' });
    for (const sentence of briefing.sentences) delete sentence.features;
    const indexed = buildArticleIndex(briefing).sentences.find((s) => s.sentence.text.includes('on Friday'));
    expect(indexed?.features.hasDate).toBe(true);
  });
});
