/**
 * Key points quote the article's own prose: no bylines, timestamps, datelines, click prompts or photo
 * captions, whatever layout a news site's text arrives in, and no sentence that restates the lead.
 */
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { isSummarySentence } from '../../../src/briefing/ingest/prose.js';
import { summarize } from '../../../src/briefing/ingest/summary.js';
import type { Section, Sentence } from '../../../src/briefing/types.js';

const keyPointsOf = (text: string): string[] => ingestArticle(text, { source: 'article.txt', format: 'text' }).keyPoints;

const STORY = [
  'A teenager has been arrested after a fire destroyed a historic church in Leeds on Tuesday night.',
  'Police said the boy was detained at his home in the early hours of Wednesday.',
  'The church, which dates from 1850, was one of the oldest in the city.',
];

describe('key points of news-site text', () => {
  it('GIVEN a key point that opens a quotation splitting cut THEN it ends with the closing mark, never inside the quotation', () => {
    const text = [
      'Landslide buries Alpine road',
      'A landslide buried the pass road on Tuesday, officials said.',
      'Engineers had closed the road six hours earlier.',
      '"The slope had been creeping for years. On Tuesday afternoon it simply began to run," the geologist said.',
    ].join('\n\n');
    const points = keyPointsOf(text);
    expect(points).toContain('"The slope had been creeping for years."');
    for (const point of points) expect((point.match(/"/g) ?? []).length % 2).toBe(0);
  });


  it('GIVEN a key point from the middle of a quotation ("We had spot fires jumping ...") THEN it is set in quotation marks', () => {
    const text = [
      'Wildfire forces thousands to flee',
      'A fast-moving wildfire forced more than 8,000 people to evacuate their homes on Saturday.',
      '"This fire moved faster than anything I\'ve seen in 22 years on the job. We had spot fires jumping a quarter mile ahead of the main front. Our priority right now is life safety," said Battalion Chief Marcus Delgado.',
    ].join('\n\n');
    const points = keyPointsOf(text);
    expect(points).toContain('"We had spot fires jumping a quarter mile ahead of the main front."');
    for (const point of points) expect((point.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('GIVEN a Daily Mail byline and timestamps flattened into the first paragraph THEN the first key point is the first real sentence', () => {
    const text = `By . Daily Mail Reporter . PUBLISHED: . 11:10 EST, 16 October 2013 . | . UPDATED: . 11:17 EST, 16 October 2013 . ${STORY.join(' ')}`;
    expect(keyPointsOf(text).slice(0, 3)).toEqual(STORY);
  });

  it('GIVEN the corpus artefacts of a flattened Daily Mail page (" . " for lost line breaks, labelled captions) THEN the key points are its clean sentences', () => {
    const text =
      'By . Sam Webb . and Mark Duell . PUBLISHED: . 06:01 EST, 30 January 2014 . | . UPDATED: . 08:12 EST, 30 January 2014 . ' +
      'Tragic: Jane Doe, 32, died at the scene . A mother of two was killed when her car was hit by a lorry on the M6 on Tuesday night, police said . ' +
      'The driver of the lorry, a 45-year-old man from Stoke, . was arrested on suspicion of causing death by dangerous driving . Scroll down for video . ' +
      'The motorway was closed for six hours while investigators worked at the scene.';
    expect(keyPointsOf(text)).toEqual([
      'A mother of two was killed when her car was hit by a lorry on the M6 on Tuesday night, police said.',
      'The driver of the lorry, a 45-year-old man from Stoke, was arrested on suspicion of causing death by dangerous driving.',
      'The motorway was closed for six hours while investigators worked at the scene.',
    ]);
  });

  it('GIVEN a byline of two names and an older "Last updated at" stamp THEN both are dropped', () => {
    const text = `By . Mark Duell and Emma Reynolds . Last updated at 4:20 PM on 1st May 2012 . ${STORY.join(' ')}`;
    expect(keyPointsOf(text)[0]).toBe(STORY[0]);
  });

  it('GIVEN the byline pieces as blocks of their own THEN no key point is a byline, a name or a timestamp', () => {
    const text = ['By', 'Daily Mail Reporter', 'PUBLISHED:', '11:10 EST, 16 October 2013', '|', 'UPDATED:', '11:17 EST, 16 October 2013', ...STORY].join('\n\n');
    expect(keyPointsOf(text)).toEqual(STORY);
  });

  it('GIVEN a CNN or partner-site dateline THEN the lead key point starts with the news', () => {
    for (const dateline of ['WASHINGTON (CNN) -- ', '(CNN)', '(CNN Student News) -- ', '(Health.com) -- ', 'LONDON, England (Reuters) -- ']) {
      expect(keyPointsOf(`${dateline}${STORY[0]}\n\n${STORY[1]}\n\n${STORY[2]}`)[0], dateline).toBe(STORY[0]);
    }
  });

  it('GIVEN click prompts, a labelled caption and a present-tense photo caption THEN none is a key point', () => {
    const text = [
      STORY[0],
      'Youssif holds his sister\'s hand Friday at the hospital in Baghdad.',
      'Scroll down for video.',
      'Devastated: Parishioners gathered outside the ruined building on Wednesday morning.',
      STORY[1],
      'CLICK HERE for more pictures of the fire in Leeds.',
      STORY[2],
    ].join('\n\n');
    expect(keyPointsOf(text)).toEqual(STORY);
  });

  it('GIVEN an editor\'s note before the story THEN the story leads', () => {
    const text = [`Editor's note: In our Behind the Scenes series, correspondents share their experiences in covering news.`, ...STORY].join('\n\n');
    expect(keyPointsOf(text)[0]).toBe(STORY[0]);
  });

  it('GIVEN a sentence that restates the lead THEN a new fact is the second key point', () => {
    const lead = 'White House press secretary Tony Snow will step down from his post September 14 and be replaced by Dana Perino.';
    const restated = 'White House press secretary Tony Snow will step down from his post on September 14.';
    const fact = 'President Bush told reporters Friday that he will sadly accept the resignation.';
    expect(keyPointsOf([lead, restated, fact, STORY[2]].join('\n\n')).slice(0, 2)).toEqual([lead, fact]);
  });

  it('GIVEN BBC page furniture on lines of their own THEN the prose lines are the key points', () => {
    const text = 'Media playback is unsupported on your device\n2 November 2014 Last updated at 17:20 GMT\nHomes and businesses were damaged in the storm, but weather experts were not able to confirm it was a tornado.\nNavtej Johal reports from the town.';
    expect(keyPointsOf(text)[0]).toBe('Homes and businesses were damaged in the storm, but weather experts were not able to confirm it was a tornado.');
  });

  it('GIVEN only a short note THEN it is still the key point', () => {
    expect(keyPointsOf('Budget approved.')).toEqual(['Budget approved.']);
  });
});

describe('isSummarySentence', () => {
  it('accepts complete sentences of prose, quotations included', () => {
    expect(isSummarySentence(STORY[0] as string)).toBe(true);
    expect(isSummarySentence('"We will rebuild it," the vicar said on Wednesday.')).toBe(true);
    expect(isSummarySentence('By Tuesday, the death toll had risen to 50.')).toBe(true);
    expect(isSummarySentence('Three people were killed.')).toBe(true);
    expect(isSummarySentence('Follow-up tests showed no sign of the virus.')).toBe(true);
    expect(isSummarySentence('£20m was spent on the new stadium last year.')).toBe(true);
    expect(isSummarySentence('President Obama speaks Tuesday at the summit, the White House said.')).toBe(true);
  });

  it('refuses fragments, furniture and captions', () => {
    expect(isSummarySentence("You can make a donation at the foundation's site by clicking here.")).toBe(false);
    for (const text of [
      'Daily Mail Reporter',
      'Daniel Radcliffe as Harry Potter in "Harry Potter and the Order of the Phoenix"',
      'and then the fire spread to the roof.',
      'Too short.',
      'Watch the announcement about Snow leaving.',
      'PICTURED: The church after the fire on Wednesday.',
      'Isaac Arellano holds a candle and sings during a fundraiser for miners Tuesday in Price, Utah.',
    ]) {
      expect(isSummarySentence(text), text).toBe(false);
    }
  });

  it('refuses sentences about the page\'s pictures, which a briefing does not show; "no one above the law" is prose', () => {
    for (const text of [
      "The satellite's two images on this page show Fatu Huku Island in French Polynesia.",
      'The one below is a full colour view of the 1.5km-long rocky outcrop.',
      'At the top of the page, however, is a picture that displays only the blue band.',
      'The damage, pictured above, will take months to repair.',
    ]) {
      expect(isSummarySentence(text), text).toBe(false);
    }
    expect(isSummarySentence('The mayor said no one above the law would be spared.')).toBe(true);
  });
});

describe('summarize on a long article of many sections', () => {
  const TOPICS = ['trade tariffs on steel imports', 'naval patrols near disputed reefs', 'visa rules for foreign students', 'climate finance for poorer nations', 'fentanyl precursor shipments', 'detained citizens and exit bans'];

  const DETAILS = [
    'Officials in the capital gave reporters a briefing on',
    'A senior diplomat said late on Monday that progress was slow on',
    'Business groups have lobbied both governments for months about',
    'Opposition lawmakers accused the cabinet of secrecy over',
    'Analysts expect little more than a joint statement on',
    'Previous rounds of talks collapsed without agreement on',
  ];

  /** Six sections of six one-sentence paragraphs; `cue` opens each section after the first. */
  function article(cue: (topic: string) => string): { sentences: Sentence[]; sections: Section[] } {
    const sentences: Sentence[] = [];
    const sections: Section[] = TOPICS.map((topic, s) => {
      const id = `s${s + 1}`;
      const ids: number[] = [];
      for (let p = 0; p < 6; p++) {
        const text = p === 0 && s > 0 ? cue(topic) : `${DETAILS[p]} ${topic}.`;
        ids.push(sentences.length);
        sentences.push({ id: sentences.length, text, paragraph: sentences.length + 1, sectionId: id, kind: 'body' });
      }
      return { id, title: topic, summary: '', paragraphs: ids.map((i) => i + 1), sentenceIds: ids };
    });
    return { sentences, sections };
  }

  it('GIVEN a long news story without thread cues THEN the key points keep the lead order', () => {
    const { sentences, sections } = article((topic) => `Officials in the capital gave reporters a briefing on ${topic}.`);
    expect(summarize(sentences, sections).keyPoints.slice(0, 3)).toEqual(sentences.slice(0, 3).map((s) => s.text));
  });

  it('GIVEN an agenda whose paragraphs announce new threads THEN the key points after the lead cover other sections', () => {
    const { sentences, sections } = article((topic) => `The two sides are also expected to discuss ${topic} during the visit.`);
    const keyPoints = summarize(sentences, sections).keyPoints;
    expect(keyPoints[0]).toBe(sentences[0]?.text);
    const sectionsCovered = new Set(keyPoints.map((point) => sentences.find((s) => s.text === point)?.sectionId));
    expect(sectionsCovered.size).toBe(keyPoints.length);
  });
});
