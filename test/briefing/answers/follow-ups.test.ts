/**
 * Follow-ups in a thread that ask only for a kind of fact ("when was that?", "where did he say that?"):
 * the sentence just quoted, or its neighbour in the paragraph, holds the answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleService, threadOn } from '../fixtures/article-service.js';

const article = [
  'Port strike spreads',
  'Dock workers at the port of Valmar walked out over pay, union leader Rosa Lind said.',
  'The strike began on March 3 and has since spread to two other ports.',
  'Lind told reporters in Lisbon that the union would not back down.',
  'The transport minister has offered talks, but no date has been set.',
  'Shipping firms say thousands of containers are stuck at sea.',
].join('\n\n');

const SHIPPED = readFileSync(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url));
const thread = () => threadOn(article);

describe('follow-ups asking a fact of the last quote', () => {
  it('GIVEN a quote about the strike WHEN asked "when was that?" THEN the sentence holding the date is quoted', () => {
    const ask = thread();
    expect(ask('How far has the strike spread?').answer).toContain('spread to two other ports');
    const when = ask('when was that?');
    expect(when.abstained).toBe(false);
    expect(when.answer).toContain('March 3');
  });

  it('GIVEN a quote of what the union leader said WHEN asked "where did she say that?" THEN the same quote, naming the city, answers', () => {
    const ask = thread();
    expect(ask('Will the union back down?').answer).toContain('would not back down');
    const where = ask('where did she say that?');
    expect(where.abstained).toBe(false);
    expect(where.answer).toContain('in Lisbon');
  });

  it('GIVEN a quote WHEN a pronoun follow-up uses words the article lacks ("is she bluffing?") THEN the passage it points to is quoted again', () => {
    const ask = thread();
    expect(ask('Will the union back down?').answer).toContain('would not back down');
    const bluff = ask('is she bluffing?');
    expect(bluff.abstained).toBe(false);
    expect(bluff.answer).toContain('would not back down');
  });

  it('GIVEN a quote WHEN a pronoun follow-up asks "what ..." for a thing the article never mentions ("dinner") THEN the article does not say', () => {
    const ask = thread();
    expect(ask('Will the union back down?').answer).toContain('would not back down');
    expect(ask('what did she have for dinner?').abstained).toBe(true);
  });

  it('GIVEN the same quote WHEN the follow-up asks "which ..." in words the article lacks THEN the article does not say', () => {
    const ask = thread();
    expect(ask('Will the union back down?').answer).toContain('would not back down');
    expect(ask('which newspapers did she tell that?').abstained).toBe(true);
  });

  it('GIVEN a quote listing names WHEN asked "how many are there?" THEN the list is quoted again, to be counted', () => {
    const ask = threadOn(['Detained abroad', 'The union named the workers held at the border: Ana Silva, Rui Costa and Pedro Mota.', 'Talks resume on Monday.'].join('\n\n'));
    expect(ask('Who is held at the border?').answer).toContain('Ana Silva, Rui Costa and Pedro Mota');
    const count = ask('how many are there?');
    expect(count.abstained).toBe(false);
    expect(count.answer).toContain('Ana Silva, Rui Costa and Pedro Mota');
  });

  it('GIVEN his arrival quoted WHEN asked "how long is he staying?", a word the article never uses THEN the article does not say, though the trip sentence after it gives a span ("in less than a year")', () => {
    const ask = threadOn(SHIPPED);
    expect(ask('What warning is Blinken expected to give Chinese leaders?').answer).toContain('strong warning');
    expect(ask('when did he get there').answer).toContain('arrived in China on Wednesday');
    expect(ask('how long is he staying?').abstained).toBe(true);
  });

  it('GIVEN his landing in Shanghai quoted WHEN asked "what\'s he having for dinner in shanghai" THEN the article does not say: the meal is what is asked, not Shanghai', () => {
    const ask = threadOn(SHIPPED);
    expect(ask('Where did Blinken land in China?').answer).toContain('Shanghai');
    const dinner = ask("what's he having for dinner in shanghai");
    expect(dinner.abstained).toBe(true);
    expect(dinner.answer).toContain('dinner');
    expect(threadOn(SHIPPED)('what did Blinken have for dinner in Shanghai?').abstained).toBe(true);
  });

  it('GIVEN a quote with no date near it WHEN asked "when?" THEN the article does not say', () => {
    const ask = thread();
    expect(ask('What has the transport minister offered?').answer).toContain('offered talks');
    expect(ask('when?').abstained).toBe(true);
  });
});

describe('follow-ups that talk about the last answer', () => {
  const talks = [
    'Dock strike',
    'Dock workers at the port of Valmar walked out over pay.',
    'They also object to longer night shifts, the union said.',
    'The union will hold rallies at the gates and, if that fails, block the access roads.',
    'A new crane system was installed at the port last year.',
    'Port officials declined to comment.',
  ].join('\n\n');
  const thread = () => threadOn(talks);

  it('GIVEN the union\'s plan WHEN asked "and if that doesnt work?" THEN the plan is quoted again, since it says what comes next', () => {
    const ask = thread();
    expect(ask('What will the union do at the gates?').answer).toContain('hold rallies at the gates');
    const fallback = ask('and if that doesnt work?');
    expect(fallback.abstained).toBe(false);
    expect(fallback.answer).toContain('block the access roads');
  });

  it('GIVEN the union\'s plan WHEN asked "any progress so far?" THEN the plan is quoted again, not refused for "far"', () => {
    const ask = thread();
    expect(ask('What will the union do at the gates?').answer).toContain('hold rallies at the gates');
    const progress = ask('any progress so far?');
    expect(progress.abstained).toBe(false);
    expect(progress.answer).toContain('hold rallies at the gates');
  });

  it('GIVEN a paraphrase quoted WHEN asked "what did she say exactly" THEN her words, which go on from it, are quoted', () => {
    const ask = threadOn(
      [
        'Harbour cuts',
        'The fishing minister will argue that the budget cuts harm not just Valmar but every port on the coast.',
        '"The coast cannot lose its harbours one by one," she told the council on Monday.',
        'Ferry operators have asked for a meeting with the council.',
      ].join('\n\n'),
    );
    expect(ask('What will the minister argue about the cuts?').answer).toContain('every port on the coast');
    expect(ask('what did she say exactly').answer).toContain('cannot lose its harbours one by one');
  });

  it('GIVEN a reason quoted WHEN asked "any other reasons?" THEN the sentence going on from it is quoted', () => {
    const ask = thread();
    expect(ask('Why did the dock workers walk out?').answer).toContain('walked out over pay');
    const more = ask('any other reasons?');
    expect(more.abstained).toBe(false);
    expect(more.answer).toContain('longer night shifts');
  });

  it('GIVEN a one-sentence answer that did two things WHEN asked "anything else?" THEN it is quoted again with what follows', () => {
    const ask = threadOn(
      [
        'Strait patrols',
        'The navy deployed two frigates to the strait and conducted drills with the coast guard.',
        'Fishing crews say the patrols have kept them in port for a week.',
        'The defence ministry said the patrols would continue through the summer.',
      ].join('\n\n'),
    );
    expect(ask('What did the navy deploy to the strait?').answer).toContain('two frigates');
    const more = ask('anything else?');
    expect(more.answer).toContain('conducted drills with the coast guard');
    expect(more.answer).toContain('kept them in port for a week');
  });

  it('GIVEN a one-sentence answer that did one thing WHEN asked "anything else?" THEN only what follows is quoted', () => {
    const ask = thread();
    expect(ask('Why did the dock workers walk out?').answer).toContain('walked out over pay');
    const more = ask('anything else?');
    expect(more.answer).toContain('longer night shifts');
    expect(more.answer).not.toContain('walked out over pay');
  });

  it('GIVEN a follow-up pointing back with "it" but naming what the article never does ("nato") THEN the article does not say, and the last quote is not repeated', () => {
    const ask = thread();
    expect(ask('Why did the dock workers walk out?').answer).toContain('walked out over pay');
    const nato = ask('what does it say about nato?');
    expect(nato.abstained).toBe(true);
    expect(nato.answer).not.toContain('walked out');
    // Pointing back with no name of its own still talks about the last answer.
    expect(ask('Why did the dock workers walk out?').abstained).toBe(false);
    expect(ask('is that enough?').answer).toContain('walked out over pay');
  });

  it('GIVEN the same words asked with no conversation THEN the article does not say', () => {
    expect(thread()('and if that doesnt work?').abstained).toBe(true);
  });

  it('GIVEN a quote naming no name WHEN asked "whats it called?" THEN the article does not say', () => {
    const ask = thread();
    expect(ask('What was installed at the port last year?').answer).toContain('new crane system');
    expect(ask('whats it called?').abstained).toBe(true);
  });

  it('GIVEN a quote naming only a body WHEN asked the name of the official THEN the article does not say', () => {
    const ask = thread();
    expect(ask('Did port officials comment?').answer).toContain('declined to comment');
    expect(ask("what's the name of the official who said that?").abstained).toBe(true);
  });
});

describe('a follow-up opening with "and" goes on from the last answer', () => {
  const port = [
    'Port upgrade',
    'The minister promised two new cranes for the port of Valmar on Monday.',
    'The navy will also deploy a missile battery at the harbour mouth.',
    'Dock workers welcomed the news.',
    'The union said military ships would scare off trade.',
  ].join('\n\n');

  it('GIVEN the minister\'s promise quoted WHEN asked "and militarily?" THEN the sentence right after it comes first, before a later one using the very word', () => {
    const ask = threadOn(port);
    expect(ask('What did the minister promise the port?').answer).toContain('two new cranes');
    const next = ask('and militarily?');
    expect(next.sources[0]?.text).toContain('missile battery');
  });
});

describe('a bare date follow-up whose answer is in the next paragraph of the section (shipped article)', () => {
  it('GIVEN "what about taiwan?" quoted "... is sworn in" WHEN asked "when is that?" THEN the May 20 inauguration is quoted', () => {
    const ask = threadOn(SHIPPED);
    expect(ask('what about taiwan?').answer).toContain('sworn in');
    const when = ask('when is that?');
    expect(when.abstained).toBe(false);
    expect(when.answer).toContain('May 20 inauguration');
  });
});

describe('a bare date follow-up after two quoted sentences, each with a date (shipped article)', () => {
  it('GIVEN Blinken\'s trip and Yellen\'s visit quoted WHEN asked "when was she there?" THEN the date of the sentence about the visit asked for answers', () => {
    const ask = threadOn(SHIPPED);
    expect(ask('Which other US cabinet official visited China recently?').answer).toContain('Janet Yellen visited the country');
    const when = ask('when was she there');
    expect(when.abstained).toBe(false);
    expect(when.answer).toContain('just a few weeks ago');
  });
});

describe('"is he going to appeal?" of a sentence whose "he" follows one naming him (eleventh blind review)', () => {
  it('GIVEN a thread on Whitlock WHEN asked "is he going to appeal?" THEN his lawyer\'s sentence saying "he" answers, over sentences naming him that do not say', () => {
    const ask = threadOn(
      [
        'Charity treasurer jailed',
        'A former charity treasurer, Grant Whitlock, was sentenced on Tuesday to six years in prison.',
        'Justice Helen Marsters told the High Court that Whitlock had used the charity\'s accounts "like a personal wallet." She gave Whitlock a 20% discount for his guilty plea.',
        'Defense lawyer Rebecca Onslow asked the judge to consider home detention.',
        'Whitlock did not speak in court except to confirm his name. Onslow said outside the court that he was "deeply ashamed" and that they would decide within 20 working days whether to appeal.',
      ].join('\n\n'),
    );
    expect(ask('how long did Whitlock get?').answer).toContain('six years');
    expect(ask('is he going to appeal?').answer).toMatch(/^Onslow said outside the court that he was "deeply ashamed"/);
  });
});

describe('follow-ups wanting more of the passage, or who someone is (shipped article)', () => {
  const thread = () => threadOn(SHIPPED);

  it('GIVEN Blinken\'s words in Italy quoted WHEN asked "what else did he say about China" THEN his own words on China are quoted, not a sentence about him', () => {
    const ask = thread();
    expect(ask('What did Blinken say at the news conference in Italy?').answer).toContain('machine tools');
    const more = ask('what else did he say about China');
    expect(more.abstained).toBe(false);
    expect(more.answer.startsWith('China cannot have it both ways, Blinken said.')).toBe(true);
  });

  it('GIVEN Blinken\'s "China cannot have it both ways" quoted WHEN asked "what does he mean by that" THEN the sentence explaining it is quoted', () => {
    const ask = thread();
    expect(ask('What did Blinken say about China and Europe?').answer).toContain('China cannot have it both ways');
    expect(ask('what does he mean by that').answer).toContain('greatest threat to Europe');
  });

  it('GIVEN "harms not just Ukraine, but all of European security" quoted WHEN asked "who does it hurt besides ukraine?" THEN that sentence, which names the other, answers again', () => {
    const ask = thread();
    expect(ask('What did Blinken say about China and Europe?').answer).toContain('China cannot have it both ways');
    expect(ask('what does he mean by that').answer).toContain('not just Ukraine');
    const besides = ask('so who does supporting russia hurt besides ukraine?');
    expect(besides.abstained).toBe(false);
    expect(besides.answer.startsWith('Blinken will argue that supporting Russia harms not just Ukraine, but all of European security.')).toBe(true);
  });

  it('GIVEN the Washington summit quoted WHEN asked "anything else?" THEN what follows it is quoted', () => {
    const ask = thread();
    expect(ask('Where did Biden host the Philippine and Japanese leaders?').answer).toContain('inaugural summit in Washington');
    const more = ask('anything else?');
    expect(more.abstained).toBe(false);
    expect(more.answer).toContain('a series of joint exercises');
  });

  it('GIVEN one sentence raising two concerns quoted WHEN asked "what else is he raising alongside that" THEN that sentence, which names the other, is quoted again', () => {
    const ask = thread();
    expect(ask("Will Blinken bring up China's nuclear weapons?").answer).toContain('bolster its nuclear arsenal');
    const more = ask('what else is he raising alongside that');
    expect(more.abstained).toBe(false);
    expect(more.answer).toContain('prevented from leaving China');
  });

  it('GIVEN a line announcing "other issues" WHEN asked "like what?" THEN the next sentence, opening the next section, gives them', () => {
    const ask = thread();
    expect(ask('Will Indo-Pacific issues come up in his meetings?').answer).toContain('Indo-Pacific region');
    const examples = ask('like what?');
    expect(examples.abstained).toBe(false);
    expect(examples.answer).toContain('provocations from Beijing in the South China Sea');
  });

  it('GIVEN Yellen\'s visit already quoted WHEN asked "did any other cabinet members go to china recently" THEN her visit answers: "other" asks for other people, not another passage', () => {
    const ask = thread();
    ask('When did Biden and Xi Jinping hold their summit?');
    expect(ask('have they talked since?').answer).toContain('Janet Yellen visited the country');
    const others = ask('did any other cabinet members go to china recently');
    expect(others.abstained).toBe(false);
    expect(others.answer).toContain('Janet Yellen visited the country');
  });

  it('GIVEN a quote going on ", warning the United States against ..." WHEN asked "what else did they warn the US against?" THEN that quote, which says it, answers again', () => {
    const ask = thread();
    expect(ask('What did the Chinese Foreign Ministry official say about the Ukraine issue?').answer).toContain('warning the United States');
    const more = ask('what else did they warn the US against?');
    expect(more.abstained).toBe(false);
    expect(more.answer).toContain('undermining normal state-to-state relations');
  });

  it('GIVEN an unnamed official quoted WHEN asked "tell me more" THEN the passage goes on, not to another speaker of the same department', () => {
    const ask = thread();
    expect(ask('What did the second senior State Department official say about Russia?').answer).toContain('no longer on the sidelines');
    const more = ask('tell me more');
    expect(more.answer).toContain('They are skyrocketing');
    expect(more.answer).not.toContain('Matthew Miller');
  });

  it('GIVEN a turn about Miller WHEN asked "what\'s his job?" THEN it is read as "who is he?"', () => {
    const ask = thread();
    expect(ask('What did Matthew Miller say on Monday about China and Russia?').answer).toContain('China can do more');
    const job = ask("what's his job?");
    expect(job.abstained).toBe(false);
    expect(job.answer).toContain('State Department spokesman Matthew Miller');
  });

  it('GIVEN a turn on how China helps Russia WHEN asked "so why does the US care" THEN the passage just quoted answers it', () => {
    const ask = thread();
    expect(ask('What is China giving Russia, if not weapons?').answer).toContain('industrial and logistical assistance');
    const care = ask('so why does the US care');
    expect(care.abstained).toBe(false);
    expect(care.answer).toContain('having a significant impact');
  });
});

describe('"there" in a follow-up is the place the conversation is at', () => {
  const tour = [
    'Minister on tour',
    'The trade minister, Ana Costa, met the prime minister in Oslo on Monday.',
    'Costa then flew to Bergen, where she is expected to meet shipbuilders and union leaders.',
    'In Oslo, Costa also met the king at the palace.',
  ].join('\n\n');

  it('GIVEN "where did she fly to?" answered with Bergen WHEN asked "who is she meeting there?" THEN the Bergen sentence is quoted', () => {
    const ask = threadOn(tour);
    expect(ask('Where did Costa fly to?').answer).toContain('flew to Bergen');
    expect(ask("who's she meeting there?").answer).toContain('meet shipbuilders');
  });

  it('GIVEN a question naming Oslo WHEN asked "who did she meet there?" THEN an Oslo sentence is quoted, not Bergen', () => {
    const ask = threadOn(tour);
    expect(ask('When was Costa in Oslo?').answer).toContain('Monday');
    const there = ask('who did she meet there?').answer;
    expect(there).toMatch(/in Oslo/);
    expect(there).not.toContain('Bergen');
  });
});

describe('"who said that?" of a speaker given only by role', () => {
  const unnamed = [
    'Port dispute',
    'Dock workers at the port of Valmar walked out over pay on Monday.',
    'A harbour authority official warned Tuesday that the port could close for a week.',
    'The strike is not a matter for the government, the official said.',
  ].join('\n\n');

  it('GIVEN a quote ending "the official said" WHEN asked "who said that?" THEN the sentence introducing the official is quoted', () => {
    const ask = threadOn(unnamed);
    expect(ask('Is the strike a matter for the government?').answer).toContain('not a matter for the government');
    expect(ask('who said that').answer).toContain('A harbour authority official warned');
  });
});

describe('"who said that?" of a narrative line quoted with a saying', () => {
  const harbour = [
    'Harbour talks',
    'Dock workers walked out over pay on Monday.',
    'Mayor Ana Ruiz wants the harbour to stay open to fishing fleets and believes the Navy agrees.',
    'A Navy Command official said Tuesday that closing the harbour had failed because it angered the town.',
    'The Navy wants calm waters and more trade, the official explained, adding that it wants talks with the fishermen.',
  ].join('\n\n');

  it('GIVEN an answer quoting what the mayor wants, then what an official explained WHEN asked "who said that?" THEN the official is who, not the mayor named first', () => {
    const ask = threadOn(harbour);
    const both = ask('what do the navy and the mayor want').answer;
    expect(both.indexOf('Mayor Ana Ruiz wants')).toBeLessThan(both.indexOf('the official explained'));
    expect(both.indexOf('Mayor Ana Ruiz wants')).toBeGreaterThanOrEqual(0);
    const who = ask('who said that').answer;
    expect(who).toContain('A Navy Command official said Tuesday');
    expect(who).not.toContain('Ana Ruiz');
  });
});

describe('"she" is not a person the article calls "he"', () => {
  const oslo = [
    'Minister in Oslo',
    'Foreign minister Tom Hale arrived in Oslo on Monday for talks on fishing quotas. It is his third visit this year.',
    'Trade envoy Lena Varga visited Oslo last month, and Hale and Premier Erik Lund spoke by phone last week.',
    'Hale is expected to discuss fishing quotas and port fees with Norwegian officials.',
    'Fishing crews in the north are watching the talks closely.',
  ].join('\n\n');

  it('GIVEN a turn on the envoy who visited WHEN asked "what did she discuss while she was there?" THEN the article does not say, not what Hale will discuss', () => {
    const ask = threadOn(oslo);
    expect(ask('Which other official visited Oslo recently?').answer).toContain('Lena Varga visited Oslo');
    expect(ask('whats her job').answer).toContain('Trade envoy Lena Varga');
    const discussed = ask('what did she discuss while she was there?');
    expect(discussed.abstained).toBe(true);
    expect(discussed.answer).not.toContain('Hale is expected to discuss');
  });

  it('GIVEN a turn quoting a "she" and then a "he" WHEN asked "what will he discuss there?" THEN what he will discuss comes first', () => {
    const ask = threadOn(
      [
        'Two visitors in Oslo',
        'Trade envoy Lena Varga arrived in Oslo on Monday. It is her first visit.',
        'Varga is expected to discuss salmon exports with Norwegian officials.',
        'Foreign minister Tom Hale arrived in Oslo on Tuesday. It is his third visit this year.',
        'Hale is expected to discuss fishing quotas with Norwegian officials.',
      ].join('\n\n'),
    );
    const arrived = ask('Who arrived in Oslo this week?').answer;
    expect(arrived.indexOf('Lena Varga arrived')).toBeGreaterThanOrEqual(0);
    expect(arrived.indexOf('Lena Varga arrived')).toBeLessThan(arrived.indexOf('Tom Hale arrived'));
    expect(ask('what will he discuss there?').answer).toMatch(/^Hale is expected to discuss fishing quotas/);
  });
});

describe('"when did she say that?" of a quote no sentence dates', () => {
  it('GIVEN a quote by Costa with no day, and Lund quoted on Monday WHEN asked "when did she say that?" THEN the article does not say, not Lund\'s Monday', () => {
    const ask = threadOn(
      ['Quota talks', 'Fisheries minister Ana Costa arrived in Lisbon on Tuesday for talks on quotas.', 'The fleet cannot have it both ways, Costa said.', 'Spokesman Erik Lund said Monday that Norway remains open to compromise.'].join('\n\n'),
    );
    expect(ask('who said the fleet cannot have it both ways?').answer).toContain('Costa said');
    const when = ask('when did she say that?');
    expect(when.abstained).toBe(true);
    expect(when.answer).toBe('The article does not say when that was said.');
  });
});

describe('"how did they react to that?" goes on from the last quote', () => {
  const reaction = [
    'Naval exercises',
    'The navy deployed a new radar system on the northern islands and held joint exercises with its ally.',
    'At a Tuesday briefing, the neighbouring government accused the navy of provoking a crisis in the strait.',
    'The government reacted angrily to a naval visit in 2019.',
    'Fishing fleets in the strait reported no disruption.',
  ].join('\n\n');

  it('GIVEN the deployment quoted WHEN asked "how did the government react to all that" THEN the next sentence, the reaction, is quoted', () => {
    const ask = threadOn(reaction);
    expect(ask('What did the navy deploy on the islands?').answer).toContain('new radar system');
    expect(ask('how did the government react to all that').answer).toContain('accused the navy of provoking');
  });
});

describe('"he" in a follow-up naming someone else is still the person the conversation is about (shipped article)', () => {
  it('GIVEN two turns on Blinken\'s trip WHEN asked "when was the last time he met Xi?" THEN the caption of Blinken meeting Xi, with its date, is quoted', () => {
    const ask = threadOn(SHIPPED);
    ask('What day did Blinken arrive in China?');
    ask('is this his first trip there');
    const answer = ask('when was the last time he met Xi?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Blinken meets with Chinese leader Xi Jinping at the Great Hall of the People in Beijing, China, June 19, 2023');
  });
});

describe('"when did they say this?" asks the day of the saying', () => {
  const text = [
    'Ministry hits back',
    'Relations have improved since the summit, but serious problems remain, a Foreign Ministry official said at a press briefing on Tuesday.',
    'The official accused the neighbouring government of meddling in its elections.',
    '"We strongly oppose it," the official said.',
    'Tensions have grown since last November, when the two sides met in Geneva.',
  ].join('\n\n');

  it('GIVEN the same quote WHEN asked only "when was this?" THEN the day of the saying is quoted too', () => {
    const ask = threadOn(text);
    expect(ask('How did the official put their objection?').answer).toContain('We strongly oppose it');
    expect(ask('when was this?').answer).toContain('at a press briefing on Tuesday');
  });

  it('GIVEN a quote with a figure WHEN asked "how many tons have they seized?" THEN the article does not say: it never counts tons', () => {
    const ask = threadOn(text);
    expect(ask('When did the two sides meet in Geneva?').answer).toContain('two sides');
    expect(ask('how many tons have they seized so far').abstained).toBe(true);
  });

  it('GIVEN a quote of an event with its own day WHEN asked "when was this?" THEN that day answers, not a day something was said', () => {
    const ask = threadOn(text);
    expect(ask('When did the two sides meet in Geneva?').answer).toContain('last November');
    expect(ask('when was this?').answer).toContain('last November');
  });

  it('GIVEN a quote of the official with no day WHEN asked "when did they say this?" THEN the sentence giving the day of the official\'s briefing is quoted, not a date inside another quote', () => {
    const ask = threadOn(text);
    expect(ask('How did the official put their objection?').answer).toContain('We strongly oppose it');
    const answer = ask('when did they say this?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('at a press briefing on Tuesday');
    expect(answer.answer).not.toContain('last November');
  });
});

describe('a yes-or-no follow-up about "he" is answered by what he said or did', () => {
  const text = [
    'Trade talks stall',
    'Trade minister Paul Okafor said Monday that his country was willing and able to take its own steps if the talks failed.',
    'Despite the threat of new tariffs, exporters signalled they would keep shipping grain.',
    'The talks resume in Geneva next week.',
  ].join('\n\n');

  it('GIVEN a turn on the minister WHEN asked "did he threaten anything?" THEN his own words, not another sentence saying "threat", are quoted', () => {
    const ask = threadOn(text);
    expect(ask('What did Paul Okafor say on Monday?').answer).toContain('willing and able');
    const answer = ask('did he threaten anything?');
    expect(answer.abstained).toBe(false);
    expect(answer.sources[0]?.text).toContain('willing and able to take its own steps');
  });
});

describe('"who is he meeting?" wants someone other than him (shipped article)', () => {
  it('GIVEN where Blinken landed WHEN asked "who is he meeting there" THEN the sentence naming whom he meets in Shanghai, not one naming only him', () => {
    const ask = threadOn(SHIPPED);
    expect(ask('Where did Blinken land when he arrived in China?').answer).toContain('landed in Shanghai');
    expect(ask('who is he meeting there').answer).toContain('meet local officials and business leaders');
  });
});

describe('follow-ups that go on with the person or place just answered (shipped article)', () => {
  const shipped = () => threadOn(SHIPPED);

  it('GIVEN "where did Blinken land?" answered with China and Shanghai WHEN asked "who is he meeting there" THEN there is Shanghai, where he landed', () => {
    const ask = shipped();
    expect(ask('Where did Blinken land?').answer).toContain('landed in Shanghai');
    expect(ask('who is he meeting there').answer).toContain('meet local officials and business leaders');
  });

  it('GIVEN why China has influence over Iran WHEN asked "so what will blinken ask them to do" THEN the quote goes on with what he will argue', () => {
    const ask = shipped();
    expect(ask('Why do US officials think China has influence over Iran?').answer).toContain('amount of oil it imports from Iran');
    expect(ask('so what will blinken ask them to do').answer).toContain('intervene more directly with Iran');
  });

  it('GIVEN a warning about support for Russia WHEN asked "what exactly is china sending them" THEN the goods China shares are quoted', () => {
    const ask = shipped();
    expect(ask('What is Blinken expected to warn Chinese leaders about?').answer).toContain("support for Russia's efforts");
    expect(ask('what exactly is china sending them').answer).toContain('machine tools, semiconductors and other dual-use goods');
  });

  it('GIVEN what the Chinese Foreign Ministry official said WHEN asked "what else did they say" THEN another of the ministry\'s statements is quoted', () => {
    const ask = shipped();
    expect(ask('What did the Chinese Foreign Ministry official say about Ukraine?').answer).toContain('not a China-US issue');
    expect(ask('what else did they say').answer).toContain('negative factors in the relationship');
  });

  it('GIVEN a quote about the summit WHEN asked "what day did he get in" THEN his arrival is quoted, not a date in the last quote', () => {
    const ask = shipped();
    expect(ask('Where did Blinken land when he arrived in China?').answer).toContain('landed in Shanghai');
    expect(ask('who is he meeting there').answer).toContain('meet local officials');
    ask('and after that?');
    expect(ask('what day did he get in').answer).toContain('arrived in China on Wednesday');
  });

  it('GIVEN a quote of Blinken WHEN asked "what else did he say?" THEN the next thing he said is quoted, not the sentence after the quote', () => {
    const ask = shipped();
    expect(ask('What did Blinken say at the press conference in Italy?').answer).toContain('dual-use goods');
    const more = ask('what else did he say?');
    expect(more.answer).toContain('China cannot have it both ways');
    expect(more.answer).not.toContain('dual-use goods');
  });
});

describe('a short line that only points back ("This will be our message")', () => {
  it('GIVEN the line answers best THEN the sentence introducing its speaker, which says what the message is, is quoted first', () => {
    const ask = threadOn(
      [
        'Dam talks',
        'Lorvia has pressed ahead with the dam on the Tessa river, which critics say will flood farms.',
        'The first senior Valmar Foreign Ministry official said the minister can be expected to stress, in public and in private, the need for farms downstream to keep their water.',
        'We believe this is of vital importance for the region. And we hope that all sides will show restraint. This will be our message going forward, the official said.',
        'Engineers expect the reservoir to fill within two years.',
      ].join('\n\n'),
    );
    const answer = ask("What will Valmar's message on the dam be?").answer;
    expect(answer).toMatch(/^The first senior Valmar Foreign Ministry official said the minister can be expected to stress/);
    expect(answer).toContain('This will be our message going forward');
  });
});

describe('follow-ups asking what another side said', () => {
  const talks = [
    'Dam talks stall',
    'A Peruvian foreign ministry official said on Tuesday that the dam would be finished next year.',
    'Chilean officials said the river was theirs to manage and called for a pause.',
    'The two countries have argued over the river for a decade.',
  ].join('\n\n');

  it('GIVEN "what did Peru say?" WHEN asked "and Chile?" THEN what Chile said is quoted', () => {
    const ask = threadOn(talks);
    expect(ask('What did Peru say?').answer).toMatch(/^A Peruvian foreign ministry official said/);
    expect(ask('and Chile?').answer).toMatch(/^Chilean officials said/);
  });

  it('GIVEN the shipped article, "what did china say?" WHEN asked "and the US?" THEN the United States\' own words, not China\'s again', () => {
    const ask = threadOn(SHIPPED);
    const china = ask('what did china say?').answer;
    expect(china).toMatch(/a Chinese Foreign Ministry official signaled/);
    const us = ask('and the US?').answer;
    expect(us).toContain('which the United States says');
    expect(us).not.toBe(china);
  });
});

describe('follow-ups asking for an earlier occasion', () => {
  const visit = [
    'Minister returns to Karvia',
    'Foreign minister Lotte Brandt arrived in Karvia on Monday for two days of talks.',
    'It is her second visit to the country this year.',
    'Officials expect the talks to focus on fishing rights.',
    'Brandt meets Karvian leaders in the capital on March 3, 2024.',
  ].join('\n\n');

  it.each(['when was the one before', 'when was the previous one?', 'when did she last go there?'])('GIVEN a thread on her visit WHEN asked %j THEN the occasion dated in full answers, not this visit', (question) => {
    const ask = threadOn(visit);
    expect(ask('Is this her first visit to Karvia?').answer).toContain('second visit');
    expect(ask(question).answer).toContain('March 3, 2024');
  });

  it('GIVEN the shipped article, "is this his first trip?" WHEN asked "when was the one before" THEN the June 19, 2023 meeting with Xi', () => {
    const ask = threadOn(SHIPPED);
    ask("Is this Blinken's first trip to China?");
    expect(ask('when was the one before').answer).toContain('June 19, 2023');
  });
});

describe('follow-ups keep "he" or "she" on the person the conversation is about', () => {
  it('GIVEN a thread on Miller WHEN his second answer also names Blinken THEN "whats his job" is still asked of Miller', () => {
    const ask = threadOn(SHIPPED);
    expect(ask('What did Matthew Miller say on Monday about China and Russia?').answer).toContain('we believe China can do more');
    expect(ask('and what did he say about iran').answer).toContain('Blinken will argue');
    expect(ask('whats his job').answer).toContain('State Department spokesman Matthew Miller');
  });
});

describe('follow-ups after naming someone new', () => {
  const report = [
    'Report withheld',
    'In a letter, the head of the doctors\' union, Dr Chaand Nagpaul, called for the report to be published.',
    'In a letter to the health secretary, he wrote that the pages must be released.',
    'Prof Raj Bhopal, a scientist who had been asked to peer-review the report, said Parliament had not been told the full truth.',
    'The agency said the report would be published next week.',
  ].join('\n\n');

  it('GIVEN turns on one person WHEN the next names another and then asks "what is his role?" THEN the role of the one named last answers', () => {
    const ask = threadOn(report);
    expect(ask('Who is Chaand Nagpaul?').answer).toContain('head of the doctors');
    expect(ask('what did he write?').answer).toContain('pages must be released');
    expect(ask('what did Raj Bhopal say?').answer).toContain('not been told the full truth');
    const role = ask('what is his role?');
    expect(role.answer).toContain('a scientist who had been asked to peer-review');
    expect(role.answer).not.toContain('Nagpaul');
  });
});

describe('a bare follow-up whose fact is near the quote, a paragraph away', () => {
  const nearMiss = [
    'Jets came close over Denver',
    'Two passenger jets came within about 400 feet of each other over Denver International Airport early Tuesday after a controller cleared one plane to climb into the path of another, federal officials said.',
    'The FAA said Flight 1422, bound for Chicago, had just taken off at 6:42 a.m. when it was cleared to climb.',
    'The two aircraft were about 0.6 miles apart horizontally, the agency said.',
    'No one was injured on either plane, but two flight attendants were briefly thrown off balance.',
    'Passengers described a sudden drop. Marisol Ortega, 41, a nurse from Aurora, said the plane seemed to fall for several seconds.',
    '"It felt like the floor just disappeared under us," Ortega said. "Nobody said a word for the rest of the flight."',
  ].join('\n\n');

  it('GIVEN a quote of the lead and a later line WHEN "what time was that?" follows THEN the lead\'s next sentence gives the time', () => {
    const ask = threadOn(nearMiss);
    ask('how close did the planes get?');
    expect(ask('what time was that?').answer).toContain('had just taken off at 6:42 a.m.');
  });

  it('GIVEN her quote WHEN "how old is she?" follows THEN the sentence introducing her with her age answers', () => {
    const ask = threadOn(nearMiss);
    expect(ask('who said that it felt like the floor disappeared?').answer).toContain('Ortega said');
    expect(ask('how old is she?').answer).toContain('Marisol Ortega, 41');
  });
});

describe('a feature about one woman that names a man beside her', () => {
  const feature = [
    'She lost her sense of taste. Then she reopened her restaurant.',
    'PORTLAND, Maine — On a gray Tuesday in February, Camille Duarte stood in the kitchen of her restaurant and tasted a spoonful of fish stew.',
    'Duarte, 46, lost her senses of taste and smell in the spring of 2022 after a bout of viral meningitis.',
    "The turning point came in the autumn of 2023, when Duarte's former sous chef, Marcus Bell, invited her to cook a staff meal at the bakery where he then worked.",
    "She made a simple tomato soup, and Bell's team asked for seconds.",
    'Bell, 33, returned as her chef de cuisine, and every dish is now tasted by two cooks.',
  ].join('\n\n');

  it('GIVEN "who is Marcus Bell?" WHEN "how old is he?" or "whats his age" follows THEN his age is quoted: "her" beside his name is hers, not his', () => {
    for (const follow of ['how old is he?', 'whats his age']) {
      const ask = threadOn(feature);
      expect(ask('who is marcus bell?').answer).toContain('Marcus Bell');
      const age = ask(follow);
      expect(age.abstained, follow).toBe(false);
      expect(age.answer.startsWith('Bell, 33,'), follow).toBe(true);
    }
  });

  it('GIVEN "how old is Camille?" (her given name alone) THEN her age is quoted from "Duarte, 46,"', () => {
    const answer = threadOn(feature)('how old is camille?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Duarte, 46,');
  });
});

describe('"what did she say?" after a turn naming her', () => {
  const match = [
    'Ten-man Harbour City hold on to win the Cup',
    'Harbour City won the National Cup on Saturday, beating holders Ashford Rovers 2-1.',
    'City manager Grace Adeyemi responded by sending on Jamal Okoye in the 80th minute.',
    'Rovers manager Steve Callaghan was furious at the decision.',
    '"I told him to run at them and not to be scared of anybody," Adeyemi said. "He is 19 years old and he has just won the cup for this city."',
  ].join('\n\n');

  it('GIVEN "who is Grace Adeyemi?" WHEN "what did she say?" follows THEN her words are quoted, not the sentence naming her', () => {
    const ask = threadOn(match);
    expect(ask('who is grace adeyemi?').answer).toContain('City manager Grace Adeyemi');
    const said = ask('what did she say?');
    expect(said.abstained).toBe(false);
    expect(said.answer.startsWith('"I told him to run at them')).toBe(true);
  });
});

describe('"what did he say next?"', () => {
  const court = [
    'Former treasurer sentenced to seven years',
    'A former city treasurer was sentenced Thursday to seven years in federal prison.',
    'Gregory Pruitt, 58, stood with his hands folded as the judge announced the sentence.',
    'Speaking for the first time in public since his arrest, Pruitt apologized to the town. "I am ashamed of what I did," he said.',
    "Pruitt's lawyer, Sandra Whitfield, argued for no more than four years.",
    'Pruitt later told reporters he would appeal. "I have nothing left to hide," Pruitt said.',
  ].join('\n\n');

  it('GIVEN a quote of his WHEN "what did he say next?" follows THEN his next words, not his lawyer\'s sentence naming him', () => {
    const ask = threadOn(court);
    expect(ask('what did pruitt say to the town?').answer).toContain('"I am ashamed of what I did," he said.');
    const next = ask('what did he say next?');
    expect(next.abstained).toBe(false);
    expect(next.answer.startsWith('Pruitt later told reporters he would appeal.')).toBe(true);
  });

  it('GIVEN his last words in the article WHEN "what did he say next?" follows THEN it says so plainly', () => {
    const ask = threadOn(court);
    ask('what did pruitt tell reporters?');
    const next = ask('what did he say next?');
    expect(next).toMatchObject({ abstained: true, answer: 'The article quotes nothing more from Pruitt after that.' });
  });
});

describe('a bare "where?" after an answer naming a place by a common noun', () => {
  const tornado = [
    'HOLLIS CREEK, Okla. (AP) — A tornado ripped through this small farming town on Tuesday, killing three people.',
    'Mayor Linda Okafor said the town had never seen anything like it.',
    'He said 11 of the injured remained at Comanche County Memorial Hospital in Lawton, about 60 miles away.',
    'Okafor said a memorial service for the victims would be held Saturday at 10 a.m. at the high school football field.',
    'Schools will stay closed for the rest of the week.',
  ].join('\n\n');

  it('GIVEN the memorial\'s day was quoted WHEN "where?" follows THEN that sentence, naming the football field, answers alone', () => {
    const ask = threadOn(tornado);
    expect(ask('when is the memorial').answer).toContain('held Saturday');
    const where = ask('where?');
    expect(where.abstained).toBe(false);
    expect(where.answer).toContain('at the high school football field');
    expect(where.answer).not.toContain('Lawton');
  });

  it('GIVEN "the city\'s Guildhall" WHEN "where" follows a turn on the swearing-in THEN the Guildhall sentence answers, not an earlier turn\'s', () => {
    const ask = threadOn([
      'Castell wins mayoral race',
      "Labour's Priya Castell has been elected mayor of Northbridge after a night of recounts.",
      'In her victory speech, she promised to freeze bus fares for two years.',
      'Her team said she would meet bus operators next week to discuss the fare freeze, which is expected to cost £9.5m a year.',
      "The new mayor will be formally sworn in at the city's Guildhall on 15 May.",
    ].join('\n\n'));
    expect(ask('how much will the fare freeze cost').answer).toContain('£9.5m');
    expect(ask('when will she be sworn in').answer).toContain('15 May');
    expect(ask('where').answer).toContain("city's Guildhall");
  });
});

describe('"how did that end?" goes on from the passage quoted (tenth blind review)', () => {
  const drought = articleService(
    [
      'Monterrey rations water',
      'Monterrey will cut off running water for 12 hours a day from Monday.',
      'Industry said it had cut water use by 15% since 2022.',
      'Monterrey went through a similar crisis in the summer of 2022, when some neighborhoods went weeks without running water. That emergency ended in September that year when Tropical Storm Kay brought heavy rain to the region.',
      'Forecasters see little chance of rain before August.',
    ],
    'drought',
  );

  it('GIVEN "what happened in 2022?" then "how did that end?" THEN the sentence saying how it ended answers, not the same passage again', () => {
    drought.ask('what happened in 2022?', { conversationKey: 'end' });
    expect(drought.ask('how did that end?', { conversationKey: 'end' }).answer).toMatch(/^That emergency ended in September/);
  });
});
