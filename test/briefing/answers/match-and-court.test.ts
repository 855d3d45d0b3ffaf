/**
 * A match report and a court story: the score, who was sent off, what the coach said (a club's manager), how long
 * a sentence was and how much was paid back, asked as readers ask them; and a question for someone's words that
 * matches only a relative of a role is refused, so another story with that role may answer.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { articleService } from '../fixtures/article-service.js';
import { staticLibrary } from '../fixtures/static-library.js';

const match = [
  'Ten-man Harbour City hold on to win first Cup title',
  'Harbour City won the National Cup for the first time since 1973 on Saturday, beating holders Ashford Rovers 2-1 at a sold-out Kingsway Stadium.',
  'Rovers had started the brighter side and took the lead in the 17th minute.',
  'In the 56th minute, City defender Ryan Walsh was shown a straight red card for a high challenge on Moreno.',
  'City manager Grace Adeyemi responded by sending on Jamal Okoye in the 80th minute. He had scored only twice for the club all season.',
  '"I told him to run at them and not to be scared of anybody," Adeyemi said. "He is 19 years old and he has just won the cup for this city."',
];
const court = [
  'Former treasurer sentenced to seven years',
  'MILLBROOK, Ohio (AP) — A former city treasurer who siphoned more than $2.3 million from the city was sentenced Thursday to seven years in federal prison.',
  '"This was not a single bad decision made in a moment of weakness," U.S. District Judge Helena Marquez told him.',
  'About $410,000 has been returned so far, according to court records.',
];

describe('a match report', () => {
  const ask = (question: string) => articleService(match, 'final').ask(question);

  it('GIVEN "what was the score?" THEN the sentence giving the scoreline, not "He had scored only twice"', () => {
    for (const question of ['what was the score?', "what's the final score"]) {
      expect(ask(question).answer.startsWith('Harbour City won the National Cup'), question).toBe(true);
    }
  });

  it('GIVEN "who got sent off?" THEN the red card, not "sending on Okoye"', () => {
    expect(ask('who got sent off?').answer.startsWith('In the 56th minute, City defender Ryan Walsh was shown a straight red card')).toBe(true);
  });

  it('GIVEN "what did the coach say?" of a club\'s manager THEN her words', () => {
    expect(ask('what did the coach say?').answer).toContain('"I told him to run at them and not to be scared of anybody," Adeyemi said.');
  });
});

describe('a court story', () => {
  const ask = (question: string) => articleService(court, 'court').ask(question);

  it('GIVEN "how long did he get?" THEN the sentence he was given', () => {
    expect(ask('how long did he get?').answer).toContain('was sentenced Thursday to seven years in federal prison');
  });

  it('GIVEN "how much has been paid back?" THEN what has been returned', () => {
    expect(ask('how much has been paid back?').answer).toContain('About $410,000 has been returned so far');
  });
});

describe('words of someone the story does not have', () => {
  it('GIVEN "what did the judge say?" or "what did the ceo say?" of a match report THEN refused there ("took the lead" is no chief\'s words, "decision" no judge\'s), and the court story answers the judge', () => {
    const final = articleService([...match, 'Rovers manager Steve Callaghan was furious at the decision.'], 'final');
    for (const question of ['what did the judge say?', 'what did the ceo say?']) expect(final.ask(question).abstained, question).toBe(true);
    const library = createBriefingService(
      staticLibrary(
        { ...ingestArticle(court.join('\n\n'), { source: 'court.txt', articleId: 'court' }), builtAt: '2026-01-01T00:00:00Z' },
        { ...ingestArticle(match.join('\n\n'), { source: 'final.txt', articleId: 'final' }), builtAt: '2026-01-02T00:00:00Z' },
      ),
    );
    const judge = library.ask('what did the judge say?', { conversationKey: 'judge' });
    expect(judge).toMatchObject({ articleId: 'court', abstained: false });
    expect(judge.answer).toContain('This was not a single bad decision');
  });
});

describe('a tornado and a drug trial: words the story writes its own way', () => {
  const tornado = [
    'Tornado kills three in Oklahoma town',
    'A powerful tornado ripped through this small farming town late Tuesday afternoon, killing three people.',
    'The twister touched down southwest of town at 4:52 p.m. and stayed on the ground for about 18 minutes.',
    'Gov. Raymond Tull declared a state of emergency for Kiowa County and two neighboring counties.',
  ];
  const trial = [
    'Blood pressure pill may cut dementia risk',
    'Researchers followed 9,400 adults aged 60 to 85 for six years.',
    'Half were given the drug, a generic calcium channel blocker called amlodipine, and half received a placebo.',
  ];

  it('GIVEN "what time did it touch down?" of a story writing "touched down" THEN that sentence, not "never mentions land"', () => {
    expect(articleService(tornado, 'tornado').ask('what time did it touch down?').answer).toContain('touched down southwest of town at 4:52 p.m.');
  });

  it('GIVEN "what did the governor do?" of "Gov. Raymond Tull declared ..." THEN his sentence', () => {
    expect(articleService(tornado, 'tornado').ask('what did the governor do?').answer).toContain('Gov. Raymond Tull declared a state of emergency');
  });

  it('GIVEN "what is the drug called?" of "a calcium channel blocker called amlodipine" THEN that sentence names it, in lower case as it is', () => {
    const answer = articleService(trial, 'trial').ask('what is the drug called?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('called amlodipine');
  });
});
