import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { staticLibrary } from './fixtures/static-library.js';
import { summitArticle } from './fixtures/summit-article.js';
import { newerStorm, olderSummit } from './fixtures/two-articles.js';
import { threadOn } from './fixtures/article-service.js';

describe('follow-up conversations', () => {
  it('GIVEN a question about a person THEN "what did he say" resolves to that person', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    service.ask('Who is the Norwegian spokesman?', { conversationKey: 'c1' });
    expect(service.ask('What did he say on Monday?', { conversationKey: 'c1' }).answer).toContain('open to compromise');
  });

  it('GIVEN a topic THEN "what about X?" switches the subject but keeps the thread', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    service.ask('What does Ana Costa want?', { conversationKey: 'c2' });
    const answer = service.ask('And what about Norway?', { conversationKey: 'c2' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/Norway|Oslo/);
  });

  it('GIVEN an elliptical follow-up THEN it leans on the previous turn, and another conversation does not', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    service.ask('Why did the fishermen protest?', { conversationKey: 'c3' });
    expect(service.ask('When was that?', { conversationKey: 'c3' }).abstained).toBe(true); // no date in that passage
    service.ask('What did Norway say about the quota?', { conversationKey: 'c4' });
    expect(service.ask('How many tonnes?', { conversationKey: 'c4' }).answer).toContain('40,000');
    expect(service.ask('How many tonnes?', { conversationKey: 'other' }).answer).toContain('40,000');
    expect(service.ask('What did he say?', { conversationKey: 'fresh' }).abstained).toBe(true);
  });

  it('GIVEN "what else did he say?" THEN quotes something new about him, or says there is nothing more', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    const first = service.ask('What did Norway say?', { conversationKey: 'more' });
    expect(first.abstained).toBe(false);
    const second = service.ask('What else did Norway say?', { conversationKey: 'more' });
    const alreadyQuoted = new Set(first.sources.map((s) => s.sentenceId));
    expect(second.sources.filter((s) => alreadyQuoted.has(s.sentenceId))).toEqual([]);
    service.ask('Who is Ana Costa?', { conversationKey: 'costa' });
    service.ask('What else?', { conversationKey: 'costa' });
    const third = service.ask('What else?', { conversationKey: 'costa' });
    expect(third.answer).not.toMatch(/Norway|fishermen/);
  });

  it('GIVEN "is there a ceasefire?" after a question THEN "there" points at no place: the article is searched, not the last answer repeated', () => {
    const service = createBriefingService(staticLibrary(summitArticle()));
    const first = service.ask('Who is the Norwegian spokesman?', { conversationKey: 'there' });
    const existential = service.ask('Is there a ceasefire?', { conversationKey: 'there' });
    expect(existential.abstained).toBe(true);
    expect(existential.answer).toContain('"ceasefire"');
    expect(existential.answer).not.toBe(first.answer);
  });

  it('GIVEN the TTL has passed THEN the conversation is forgotten', () => {
    let now = 0;
    const service = createBriefingService(staticLibrary(summitArticle()), { conversationTtlMs: 1000, now: () => now });
    service.ask('Who is the Norwegian spokesman?', { conversationKey: 'k' });
    now = 500;
    expect(service.ask('What did he say?', { conversationKey: 'k' }).abstained).toBe(false);
    now = 500 + 1001;
    expect(service.ask('What did he say?', { conversationKey: 'k' }).abstained).toBe(true);
  });

  it('GIVEN more conversations than the cap THEN the least recently used is forgotten first', () => {
    const service = createBriefingService(staticLibrary(summitArticle()), { maxConversations: 2 });
    service.ask('Who is the Norwegian spokesman?', { conversationKey: 'a' });
    service.ask('Who is the Norwegian spokesman?', { conversationKey: 'b' });
    service.ask('What did he say?', { conversationKey: 'a' }); // touches a
    service.ask('Who is the Norwegian spokesman?', { conversationKey: 'c' }); // evicts b
    expect(service.ask('What did he say?', { conversationKey: 'a' }).abstained).toBe(false);
    expect(service.ask('What did he say?', { conversationKey: 'b' }).abstained).toBe(true);
  });
});

describe('several articles', () => {

  it('GIVEN no article named THEN answers from the newest, and names it', () => {
    const answer = createBriefingService(staticLibrary(olderSummit, newerStorm)).ask('How many ports did the storm close?');
    expect(answer.articleId).toBe('storm');
    expect(answer.articleTitle).toBe('Storm closes ports along the coast');
    expect(answer.answer).toContain('three ports');
  });

  it('GIVEN a conversation about an older article THEN follow-ups stay with it', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    const first = service.ask('Who is Erik Lund?', { conversationKey: 't', articleId: 'summit' });
    expect(first.articleId).toBe('summit');
    const next = service.ask('What did he say?', { conversationKey: 't' });
    expect(next.articleId).toBe('summit');
    expect(next.answer).toContain('compromise');
  });

  it('GIVEN a question the newest article does not answer but an older one does THEN the older answers, named, and the conversation moves to it', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    const first = service.ask('Why did the fishermen protest?', { conversationKey: 'r' });
    expect(first).toMatchObject({ abstained: false, articleId: 'summit', articleTitle: 'Ministers meet in Lisbon to discuss fishing quotas' });
    expect(first.answer).toContain('fear losing their jobs');
    // The conversation is now about the summit: a follow-up in its words stays there.
    const next = service.ask('What did the spokesman say?', { conversationKey: 'r' });
    expect(next.articleId).toBe('summit');
    expect(next.answer).toContain('compromise');
  });

  it('GIVEN a question no article answers THEN the conversation\'s own article says so; a caller who names the article gets that article\'s answer only', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    expect(service.ask('What is the capital of Australia?')).toMatchObject({ abstained: true, articleId: 'storm' });
    expect(service.ask('Why did the fishermen protest?', { articleId: 'storm' })).toMatchObject({ abstained: true, articleId: 'storm' });
  });

  it('GIVEN a follow-up in the article\'s own words THEN it stays with the conversation\'s article; one naming what only another article knows moves', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    service.ask('How many ports did the storm close?', { conversationKey: 'f' });
    expect(service.ask('and why?', { conversationKey: 'f' }).articleId).toBe('storm');
    const moved = service.ask('what about the fishermen?', { conversationKey: 'f' });
    expect(moved.articleId).toBe('summit');
    expect(moved.answer).toContain('fishermen');
  });

  it('GIVEN "and what is normal?" in a thread on a drought THEN it stays there, refused: a word another story uses once does not move it; its topic word does', () => {
    const drought = ingestArticle(
      ['Monterrey rations water', 'Monterrey will cut off running water for 12 hours a day from Monday.', 'Only 12 millimeters of rain have fallen since January, the commission said.'].join('\n\n'),
      { source: 'drought.txt', articleId: 'drought' },
    );
    const volcano = ingestArticle(
      ['Volcano erupts on Flores', 'Mount Lewanu erupted early Tuesday, forcing 9,000 people from their homes.', 'Officials said life would return to normal within weeks.'].join('\n\n'),
      { source: 'volcano.txt', articleId: 'volcano' },
    );
    const service = createBriefingService(staticLibrary(volcano, drought));
    service.openArticle('drought', { conversationKey: 'normal' });
    expect(service.ask('how much rain has fallen?', { conversationKey: 'normal' }).answer).toContain('12 millimeters');
    expect(service.ask('and what is normal?', { conversationKey: 'normal' })).toMatchObject({ articleId: 'drought', abstained: true });
    expect(service.ask('and the volcano?', { conversationKey: 'normal' })).toMatchObject({ articleId: 'volcano', abstained: false });
  });

  it('GIVEN "what about the bridge, when did it close?" in a thread on another story THEN the bridge story answers: "it" is the bridge just named', () => {
    const bridge = ingestArticle(
      ['Bridge closed', 'The city closed the Riverside Avenue Bridge on Thursday after inspectors found cracks in two girders.', 'Repairs will cost about $4.2 million.'].join('\n\n'),
      { source: 'bridge.txt', articleId: 'bridge' },
    );
    const hospital = ingestArticle(
      ['Hackers hit hospital', 'Hackers stole the records of 412,000 patients from a hospital in Graz, it said on Tuesday.', 'The hospital said it would not pay the ransom.'].join('\n\n'),
      { source: 'hospital.txt', articleId: 'hospital' },
    );
    // The hospital story, read last, is the newest: the thread starts there.
    const service = createBriefingService(staticLibrary(hospital, bridge));
    expect(service.ask('How many patients had their records stolen?', { conversationKey: 'switch' }).articleId).toBe('hospital');
    const moved = service.ask('what about the bridge, when did it close?', { conversationKey: 'switch' });
    expect(moved).toMatchObject({ articleId: 'bridge', fromAnotherArticle: true });
    expect(moved.answer).toContain('closed the Riverside Avenue Bridge on Thursday');
    // With no subject of its own, "it" still points back into the conversation's story.
    expect(service.ask('Will the hospital pay the ransom?', { conversationKey: 'stay' }).articleId).toBe('hospital');
    expect(service.ask('what about that, when did it happen?', { conversationKey: 'stay' }).articleId).toBe('hospital');
  });

  it('GIVEN a thread on a football story WHEN "is blinken meeting xi on this trip?" follows THEN the names take it to the story about them', () => {
    const trip = ingestArticle(
      ['Blinken in China', 'Secretary of State Antony Blinken arrived in Shanghai on Wednesday for meetings with senior Chinese officials.', 'He is expected to meet Xi Jinping in Beijing on Friday.'].join('\n\n'),
      { source: 'trip.txt', articleId: 'trip' },
    );
    const club = ingestArticle(
      ['Club sacks manager', 'Norbridge Town have sacked manager Graham Oakes after 14 months in charge.', 'Assistant manager Dean Whitlock will take charge on a caretaker basis for this trip to Castleford.'].join('\n\n'),
      { source: 'club.txt', articleId: 'club' },
    );
    // The club story, read last, is the newest: the thread starts there.
    const service = createBriefingService(staticLibrary(trip, club));
    expect(service.ask('Has Norbridge hired a new manager yet?', { conversationKey: 'names' }).articleId).toBe('club');
    const moved = service.ask('is blinken meeting xi on this trip?', { conversationKey: 'names' });
    expect(moved).toMatchObject({ articleId: 'trip', fromAnotherArticle: true });
    expect(moved.answer).toContain('meet Xi Jinping');
  });

  it('GIVEN a follow-up saying "he" THEN it stays with the conversation\'s article, though its words are only another article\'s', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    expect(service.ask('Why did the fishermen protest?', { conversationKey: 'he' }).articleId).toBe('summit');
    expect(service.ask('Who is the spokesman?', { conversationKey: 'he' }).answer).toContain('Erik Lund');
    const followUp = service.ask('did he say the ports closed?', { conversationKey: 'he' });
    expect(followUp.articleId).toBe('summit');
    expect(followUp.answer).not.toContain('closed three ports');
  });

  it('GIVEN an opened article WHEN a follow-up says "that" in words only another article uses THEN it stays; a name only the other has moves', () => {
    const bridge = ingestArticle(
      ['Bridge collapse', 'The bridge over the river collapsed on Wednesday evening during rush hour.', 'Rescuers pulled 55 people from the water in less than two hours.', 'A harbour spokesman said divers would search again at dawn.'].join('\n\n'),
      { source: 'bridge.txt', articleId: 'bridge' },
    );
    const kennel = ingestArticle(
      ['Kennel case', 'Six dogs died at the kennel in Virginia, prosecutors said.', 'Norway spokesman Erik Lund said the inquiry would take a year.', 'The owner was charged on Monday.'].join('\n\n'),
      { source: 'kennel.txt', articleId: 'kennel' },
    );
    const service = createBriefingService(staticLibrary(bridge, kennel));
    service.openArticle('bridge', { conversationKey: 'opened' });
    expect(service.ask('how many people were pulled from the water?', { conversationKey: 'opened' }).answer).toContain('55 people');
    expect(service.ask('how long did that take?', { conversationKey: 'opened' }).articleId).toBe('bridge');
    expect(service.ask('who is the Norway spokesman?', { conversationKey: 'opened' })).toMatchObject({ articleId: 'kennel', fromAnotherArticle: true });
  });

  it('GIVEN an opened article and a side question another answers THEN the opened one stays the conversation\'s, and gets back what the other does not answer', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    service.openArticle('summit', { conversationKey: 'pinned' });
    expect(service.ask('How many ports did the storm close?', { conversationKey: 'pinned' })).toMatchObject({ articleId: 'storm', fromAnotherArticle: true });
    expect(service.conversationArticle('pinned')).toBe('summit');
    // A follow-up on the side answer stays with it.
    expect(service.ask('When?', { conversationKey: 'pinned' })).toMatchObject({ articleId: 'storm', abstained: false });
    // The storm story says nothing of tonnes; the opened summit does, and answers before any other is tried.
    const back = service.ask('How many tonnes?', { conversationKey: 'pinned' });
    expect(back).toMatchObject({ articleId: 'summit', abstained: false });
    expect(back.fromAnotherArticle).toBeUndefined();
    expect(back.answer).toContain('40,000');
    // Never opened: the conversation is on whichever article answered last.
    service.ask('How many ports did the storm close?', { conversationKey: 'unpinned' });
    expect(service.conversationArticle('unpinned')).toBe('storm');
  });

  it('GIVEN a surname two other articles use WHEN asked "who is Briggs?" THEN the story about her answers, not a team sheet naming a Briggs', () => {
    const newest = ingestArticle(['Envoy visits', 'The US envoy arrived in Manila on Monday.'].join('\n\n'), { source: 'visit.txt', articleId: 'visit' });
    const rugby = ingestArticle(
      ['Sale beat Castres', 'Nev Edwards scored an early try for Sale before the break.', 'Sale: Arscott; Edwards, Addison, Jennings, Ingall; Ford, Mitchell; Lewis-Roberts, Briggs, Aulika.'].join('\n\n'),
      { source: 'rugby.txt', articleId: 'rugby' },
    );
    const candidate = ingestArticle(
      ['Green candidate stands aside', 'Cheryl Briggs is standing aside as the Green candidate for Oxford West and Abingdon.', 'Ms Briggs said the Liberal Democrats offered the best chance.'].join('\n\n'),
      { source: 'candidate.txt', articleId: 'candidate' },
    );
    // Newest first: the envoy's visit, then the match report, then the candidate's story.
    const at = (briefing: typeof newest, builtAt: string) => ({ ...briefing, builtAt });
    const service = createBriefingService(staticLibrary(at(newest, '2026-03-03T00:00:00.000Z'), at(rugby, '2026-03-02T00:00:00.000Z'), at(candidate, '2026-03-01T00:00:00.000Z')));
    const answer = service.ask('who is briggs?', { conversationKey: 'briggs' });
    expect(answer).toMatchObject({ articleId: 'candidate', abstained: false });
    expect(answer.answer).toContain('Cheryl Briggs');
  });

  it('GIVEN a question only a relative of whose words another article uses ("hurt", "harm") THEN it stays refused on its own article', () => {
    const flood = ingestArticle(
      ['Floods hit Tewkesbury', 'Rising water forced 212 households from their homes in Tewkesbury on Tuesday.', 'Firefighters rescued 37 people from cars and homes.'].join('\n\n'),
      { source: 'flood.txt', articleId: 'flood' },
    );
    const court = ingestArticle(
      ['Founder jailed', 'A crypto founder was jailed for nine years on Friday.', '"The harm you caused is enormous and in many cases it is permanent," the judge said.'].join('\n\n'),
      { source: 'court.txt', articleId: 'court' },
    );
    const service = createBriefingService(staticLibrary(court, flood));
    service.openArticle('flood', { conversationKey: 'hurt' });
    expect(service.ask('has anyone been hurt?', { conversationKey: 'hurt' })).toMatchObject({ articleId: 'flood', abstained: true });
    // Naming what only the other article has still takes the question there.
    expect(service.ask('what did the judge say about the harm?', { conversationKey: 'hurt' })).toMatchObject({ articleId: 'court', abstained: false });
  });

  it('GIVEN a question the newest article refuses, knowing a relative of one word, WHEN an older one uses every word THEN the older one answers', () => {
    const council = { ...ingestArticle(
      ['Councillors back bypass', 'Councillors voted seven to five in favour of the bypass on Thursday.', 'About 150 people attended the meeting at the Corn Exchange.', 'She told the meeting that residents had waited 30 years.'].join('\n\n'),
      { source: 'bypass.txt', articleId: 'bypass' },
    ), builtAt: '2026-01-01T00:00:00Z' };
    const chef = { ...ingestArticle(
      ['Chef reopens her restaurant', 'The turning point came in the autumn, when she met her former sous chef.', 'The restaurant reopened in March with 42 seats.'].join('\n\n'),
      { source: 'chef.txt', articleId: 'chef' },
    ), builtAt: '2026-01-02T00:00:00Z' };
    const answer = createBriefingService(staticLibrary(council, chef)).ask('how many people came to the meeting?', { conversationKey: 'meeting' });
    expect(answer).toMatchObject({ articleId: 'bypass', abstained: false, fromAnotherArticle: true });
    expect(answer.answer.startsWith('About 150 people attended the meeting')).toBe(true);
  });

  it('GIVEN a question using no word of the newest article WHEN an older one uses some as typed and answers THEN the older one answers ("what is the ransom amount?")', () => {
    const hack = { ...ingestArticle(
      ['Hospital hit by ransomware', 'A ransomware attack crippled computer systems at Mercy Valley hospital on Tuesday.', 'The ransom note matched the style of a group known as BlackVane.', 'The attackers demanded a ransom of $4.5 million in cryptocurrency.'].join('\n\n'),
      { source: 'hack.txt', articleId: 'hack' },
    ), builtAt: '2026-01-01T00:00:00Z' };
    const climb = { ...ingestArticle(
      ['Climber rescued', 'A Canadian climber was rescued by helicopter from a ledge on Saturday.', 'She fell about 40 meters.'].join('\n\n'),
      { source: 'climb.txt', articleId: 'climb' },
    ), builtAt: '2026-01-02T00:00:00Z' };
    const service = createBriefingService(staticLibrary(hack, climb));
    const ransom = service.ask('what is the ransom amount?', { conversationKey: 'ransom' });
    expect(ransom).toMatchObject({ articleId: 'hack', abstained: false, fromAnotherArticle: true });
    expect(ransom.answer).toContain('$4.5 million');
    // A question no article knows a word of stays refused where it was asked.
    expect(service.ask('what is the capital of australia?', { conversationKey: 'capital' })).toMatchObject({ articleId: 'climb', abstained: true });
  });

  it('GIVEN a thread on a landslide WHEN "what about the other one, the ferry?" follows THEN the ferry story answers, not the landslide\'s "No one was hurt."', () => {
    const landslide = ingestArticle(
      ['Landslide buries pass road', 'A landslide buried the main road over the pass on Tuesday.', 'No one was hurt.', 'Engineers said the road would stay closed for at least three months.'].join('\n\n'),
      { source: 'landslide.txt', articleId: 'landslide' },
    );
    const ferry = ingestArticle(
      ['Ferry runs aground', 'A ferry carrying 168 passengers ran aground off Lismore on Saturday evening.', 'Four passengers were treated for minor injuries.'].join('\n\n'),
      { source: 'ferry.txt', articleId: 'ferry' },
    );
    const service = createBriefingService(staticLibrary(ferry, landslide));
    service.openArticle('landslide', { conversationKey: 'other-one' });
    expect(service.ask('was anyone hurt?', { conversationKey: 'other-one' })).toMatchObject({ articleId: 'landslide', answer: 'No one was hurt.' });
    const other = service.ask('what about the other one, the ferry?', { conversationKey: 'other-one' });
    expect(other.articleId).toBe('ferry');
    expect(other.answer).not.toContain('No one was hurt');
  });

  it('GIVEN a strike story opened WHEN "did the strike start on Tuesday?" names a day only another story has THEN the strike story answers with the day it started', () => {
    const strike = ingestArticle(
      ['Doctors strike', 'Thousands of junior doctors walked out of hospitals on Monday at the start of a five-day strike.', 'The union said the strike would end as planned on Friday.'].join('\n\n'),
      { source: 'strike.txt', articleId: 'strike' },
    );
    const visit = ingestArticle(
      ['Envoy visits', 'The envoy arrived in Manila on Tuesday.', 'Officials signaled on Thursday that talks would last two days.'].join('\n\n'),
      { source: 'visit.txt', articleId: 'visit' },
    );
    const service = createBriefingService(staticLibrary(visit, strike));
    service.openArticle('strike', { conversationKey: 'weekday' });
    const started = service.ask('did the strike start on tuesday?', { conversationKey: 'weekday' });
    expect(started).toMatchObject({ articleId: 'strike', abstained: false });
    expect(started.answer).toContain('on Monday');
    const ends = service.ask('will the strike end on thursday?', { conversationKey: 'weekday' });
    expect(ends).toMatchObject({ articleId: 'strike', abstained: false });
    expect(ends.answer).toContain('on Friday');
  });

  it('GIVEN a question both articles refuse THEN the refusal comes from the one using its words, not one naming its country more', () => {
    const executions = ingestArticle(
      ['Executions fall', 'In Indonesia, authorities announced plans to execute drug traffickers. Six people have been executed this year.', 'The Americas were execution-free, apart from the United States.'].join('\n\n'),
      { source: 'executions.txt', articleId: 'executions' },
    );
    const visit = ingestArticle(
      ['Envoy visits', 'The US envoy arrived in Manila on Monday.', 'US officials said the talks with the U.S. allies would last two days.'].join('\n\n'),
      { source: 'visit.txt', articleId: 'visit' },
    );
    const service = createBriefingService(staticLibrary(executions, visit));
    service.openArticle('executions', { conversationKey: 'refused' });
    expect(service.ask('how many people did the US execute?', { conversationKey: 'refused' })).toMatchObject({ articleId: 'executions', abstained: true });
  });

  it('GIVEN an opened article and a side answer WHEN a question of its own follows THEN the opened article answers it first, and side answers say they are from another', () => {
    const raid = ingestArticle(
      ['Clinic raided', 'Federal agents on Tuesday raided the Florida office of Dr. Salomon Melgen.', 'The doctor\'s lawyer said the search was the government\'s way of getting back at Melgen.'].join('\n\n'),
      { source: 'raid.txt', articleId: 'raid' },
    );
    const art = ingestArticle(
      ['Collector dies', 'German art collector Cornelius Gurlitt died on Tuesday at the age of 81.', 'Gurlitt\'s lawyer had negotiated a deal with the government last month.'].join('\n\n'),
      { source: 'art.txt', articleId: 'art' },
    );
    const service = createBriefingService(staticLibrary(raid, art));
    service.openArticle('raid', { conversationKey: 'side' });
    expect(service.ask('how old was Gurlitt?', { conversationKey: 'side' })).toMatchObject({ articleId: 'art', fromAnotherArticle: true });
    const lawyer = service.ask('what did the lawyer say?', { conversationKey: 'side' });
    expect(lawyer).toMatchObject({ articleId: 'raid', abstained: false });
    expect(lawyer.answer).toContain('getting back at Melgen');
  });

  it('GIVEN a follow-up pointing back with "there" in a word only another article uses THEN it stays; "is there" points nowhere', () => {
    const forum = ingestArticle(
      ['Campus forum', 'At a forum held on the chapel steps, hundreds of people gathered on Thursday.', '"This is not who we are," the university president told the crowd.'].join('\n\n'),
      { source: 'forum.txt', articleId: 'forum' },
    );
    const summit = ingestArticle(
      ['Summit talks', 'The two leaders speak on the phone every month, officials said.', 'They will meet again in Geneva next spring.'].join('\n\n'),
      { source: 'summit.txt', articleId: 'summit' },
    );
    const service = createBriefingService(staticLibrary(forum, summit));
    service.openArticle('forum', { conversationKey: 'there' });
    expect(service.ask('how many people gathered at the forum?', { conversationKey: 'there' }).answer).toContain('hundreds of people');
    expect(service.ask('who spoke there?', { conversationKey: 'there' }).articleId).toBe('forum');
    service.openArticle('forum', { conversationKey: 'is-there' });
    expect(service.ask('how many people gathered at the forum?', { conversationKey: 'is-there' }).answer).toContain('hundreds of people');
    expect(service.ask('is there a meeting in geneva?', { conversationKey: 'is-there' })).toMatchObject({ articleId: 'summit', fromAnotherArticle: true });
  });

  it('GIVEN a name only another article uses, typed in lower case, and a word one says "died" and the other "killed" THEN the question moves there', () => {
    const mine = ingestArticle(
      ['Mine search ends', 'Six miners were killed when the mine collapsed in August.', 'Rescuers drilled seven holes before the search was called off.'].join('\n\n'),
      { source: 'mine.txt', articleId: 'mine' },
    );
    const pastor = ingestArticle(
      ['Pastor dies', 'The Rev. Robert Kessler, founder of a television ministry, died Thursday.', 'Kessler later worked with the grocer Ocado on a charity drive.'].join('\n\n'),
      { source: 'pastor.txt', articleId: 'pastor' },
    );
    const service = createBriefingService(staticLibrary(pastor, mine));
    service.openArticle('mine', { conversationKey: 'died' });
    expect(service.ask('when did kessler die?', { conversationKey: 'died' })).toMatchObject({ articleId: 'pastor', fromAnotherArticle: true });
    service.openArticle('mine', { conversationKey: 'price' });
    // No article gives a share price: the refusal comes from the one naming the grocer, entity or not.
    expect(service.ask('what is the share price of ocado?', { conversationKey: 'price' })).toMatchObject({ articleId: 'pastor', abstained: true });
  });

  it('GIVEN a person known by one name WHEN "how old is he?" follows a turn on him THEN his age is quoted', () => {
    const boy = ingestArticle(
      [
        'Burned boy to get care',
        'Dressed in a Superman shirt, 5-year-old Youssif held his sister\'s hand on Friday in Baghdad.',
        'A charity agreed to pay for Youssif and his family to travel to the United States.',
        'Doctors said the surgery would take a year.',
      ].join('\n\n'),
      { source: 'boy.txt', articleId: 'boy' },
    );
    const service = createBriefingService(staticLibrary(boy));
    service.ask('who is youssif?', { conversationKey: 'age' });
    expect(service.ask('how old is he?', { conversationKey: 'age' })).toMatchObject({ abstained: false, answer: expect.stringContaining('5-year-old') });
  });

  it('GIVEN a quote dated "at the beginning of May" WHEN "when?" follows THEN that quote answers', () => {
    const app = ingestArticle(
      ['App delayed', 'At the beginning of May, Health Secretary Matt Hancock said people had a duty to download the app.', 'The app was trialled on an island before the launch.', 'Officials may give a date later.'].join('\n\n'),
      { source: 'app.txt', articleId: 'app' },
    );
    const service = createBriefingService(staticLibrary(app));
    service.ask('what did matt hancock say?', { conversationKey: 'may' });
    expect(service.ask('when?', { conversationKey: 'may' })).toMatchObject({ abstained: false, answer: expect.stringContaining('beginning of May') });
  });

  it('GIVEN a question no article answers THEN the article using its words says so, not one that never mentions them', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    const refused = service.ask('How many boats did Ana Costa sell?', { conversationKey: 'words' });
    expect(refused).toMatchObject({ abstained: true, articleId: 'summit' });
    expect(refused.answer).not.toContain('never mentions "ana"');
    expect(refused.fromAnotherArticle).toBeUndefined();
    expect(service.conversationArticle('words')).toBe('summit');
  });

  it('GIVEN an answer from another article than the asker\'s THEN it is marked so; one from the asker\'s article is not', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    expect(service.ask('Why did the fishermen protest?').fromAnotherArticle).toBe(true);
    expect(service.ask('How many ports did the storm close?').fromAnotherArticle).toBeUndefined();
  });

  it('GIVEN a question followed by why it is asked THEN the question alone is answered', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    const plain = service.ask('Why did the fishermen protest?');
    const chatty = service.ask('Why did the fishermen protest? I am asking because my team needs to know before a meeting on the port budget, thanks');
    expect(chatty).toEqual(plain);
  });

  it('GIVEN "what articles do you have?" THEN the titles, newest first, the conversation\'s own marked, as a list', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    const answer = service.ask('What articles do you have?');
    expect(answer.abstained).toBe(false);
    expect(answer.listing?.items).toEqual(['Storm closes ports along the coast (this conversation)', 'Ministers meet in Lisbon to discuss fishing quotas']);
    expect(answer.listing?.lead).toMatch(/^I have 2 articles, newest first/);
    expect(createBriefingService(staticLibrary(olderSummit)).ask('which stories are there?').listing?.lead).toBe('I have one article:');
  });

  it('GIVEN an article opened for a conversation THEN its questions go to that article first; other conversations keep the newest', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    service.openArticle('summit', { conversationKey: 'o' });
    const opened = service.ask('What happened?', { conversationKey: 'o' });
    expect(opened.articleId).toBe('summit');
    expect(opened.answer).toContain('Lisbon');
    expect(service.ask('What happened?', { conversationKey: 'other' }).articleId).toBe('storm');
    // What only the other article answers is still found there, and named.
    expect(service.ask('How many ports did the storm close?', { conversationKey: 'o' })).toMatchObject({ abstained: false, articleId: 'storm' });
  });

  it('GIVEN an article opened mid-conversation THEN the next question starts afresh there: nothing earlier is followed up', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    expect(service.ask('Who is Erik Lund?', { conversationKey: 'p', articleId: 'summit' }).abstained).toBe(false);
    expect(service.ask('What did he say?', { conversationKey: 'p' }).answer).toContain('compromise');
    service.openArticle('summit', { conversationKey: 'p' });
    // "he" no longer stands for anyone: the conversation was started again on the summit.
    expect(service.ask('What did he say?', { conversationKey: 'p' })).toMatchObject({ abstained: true, articleId: 'summit' });
  });

  it('GIVEN a conversation THEN its article is the one opened for it, or the last to answer it; none before either', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    expect(service.conversationArticle('c')).toBeUndefined();
    service.ask('How many ports did the storm close?', { conversationKey: 'c' });
    expect(service.conversationArticle('c')).toBe('storm');
    service.ask('Why did the fishermen protest?', { conversationKey: 'c' });
    expect(service.conversationArticle('c')).toBe('summit');
    service.openArticle('storm', { conversationKey: 'c' });
    expect(service.conversationArticle('c')).toBe('storm');
  });

  it('GIVEN an unknown article to open THEN a UserError, and the conversation is left as it was', () => {
    const service = createBriefingService(staticLibrary(olderSummit, newerStorm));
    expect(() => service.openArticle('nope', { conversationKey: 'u' })).toThrow(/No article "nope"/);
    expect(service.ask('What happened?', { conversationKey: 'u' }).articleId).toBe('storm');
  });

  it('GIVEN an unknown article or an empty library THEN a UserError', () => {
    expect(() => createBriefingService(staticLibrary(olderSummit)).briefing({ articleId: 'nope' })).toThrow(/No article "nope"/);
    expect(() => createBriefingService(staticLibrary()).briefing()).toThrow(/no articles/);
    expect(() => createBriefingService(staticLibrary()).ask('why?')).toThrow(/no articles/);
  });
});

describe('a follow-up on a person whose age closes the sentence naming them (fortieth review)', () => {
  it('GIVEN "who is the abbot?" then "how old is he?" and "what did he say?" THEN the abbot\'s sentence answers, not the minister\'s with others\' ages', () => {
    const ask = threadOn(readFileSync(new URL('fixtures/wire/greece-stolen-icon.txt', import.meta.url), 'utf8'));
    ask('how many people came to the service');
    expect(ask('who is the abbot').answer).toMatch(/^"For 32 years there was an empty space on this wall/);
    expect(ask('how old is he').answer).toMatch(/^"For 32 years there was an empty space on this wall, .*Father Ioannis Papadakis, 71\.$/);
    expect(ask('what did he say').answer).toContain('"We never stopped praying for her to come home."');
  });
});
