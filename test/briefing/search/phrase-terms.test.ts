import { describe, expect, it } from 'vitest';
import { phraseTerms, phraseWords } from '../../../src/briefing/search/phrase-terms.js';
import { stem } from '../../../src/briefing/text/tokens.js';
import { articleService } from '../fixtures/article-service.js';

describe('phrasal verbs stand for one word', () => {
  it('GIVEN "had been called off twice", "took up climbing", "came to light" THEN cancelled, started, discovered', () => {
    expect(phraseTerms('the fight had been called off twice')).toContain(stem('cancelled'));
    expect(phraseTerms('okonkwo-reid, who took up climbing eight years ago')).toContain(stem('started'));
    expect(phraseTerms('the case came to light in 2023')).toContain(stem('discovered'));
    expect(phraseWords('He stepped down on Friday.')).toBe('resigned');
  });

  it('GIVEN "who took up the post in 2021" and "the walkouts" THEN started (the job), and a strike', () => {
    expect(phraseTerms('prof richard okafor, who took up the post in 2021, said')).toEqual(expect.arrayContaining([stem('started'), stem('job')]));
    expect(phraseTerms('the walkouts are due to begin on 3 march')).toContain(stem('strike'));
  });

  it('GIVEN "how many homes lost power?" of "shut off power to about 12,000 customers" THEN that sentence answers, as a power outage', () => {
    expect(phraseTerms('pg&e shut off power to about 12,000 customers')).toContain(stem('outage'));
    expect(phraseTerms('power was cut to the hospital')).toContain(stem('outage'));
    const fire = articleService(
      ['Wildfire forces thousands to flee', 'A wildfire forced 8,000 people from their homes on Saturday.', 'PG&E shut off power to about 12,000 customers in the area as a precaution, the utility said.', 'The 2020 Jones Fire destroyed 21 homes.'],
      'fire',
    );
    expect(fire.ask('how many homes lost power?').answer).toMatch(/^PG&E shut off power to about 12,000 customers/);
  });

  it('GIVEN "was introduced to the game", "will stay closed until", "escaped with", "from their homes" THEN started, reopen, stole, evacuated', () => {
    expect(phraseTerms('she was introduced to the game at the age of seven')).toContain(stem('started'));
    expect(phraseTerms('the museum will stay closed until at least friday')).toContain(stem('reopen'));
    expect(phraseTerms('thieves escaped with a gold reliquary')).toContain(stem('stole'));
    expect(phraseTerms('forcing more than 9,000 people from their homes')).toContain(stem('evacuated'));
    expect(phraseTerms('the lebanese pound has lost 95% of its value')).toContain(stem('currency'));
  });

  it('GIVEN "could keep rising", "went on climbing" THEN continue; "why might cases continue to climb?" finds it, not a refusal', () => {
    expect(phraseTerms('the number of cases could keep rising for two weeks')).toContain(stem('continue'));
    expect(phraseTerms('prices went on climbing all year')).toContain(stem('continue'));
    expect(phraseTerms('keep the animals indoors')).not.toContain(stem('continue'));
    const outbreak = articleService(
      [
        'Leptospirosis cases surge after floods',
        'Health officials reported 1,147 cases of leptospirosis after the floods.',
        'Officials warned that the number of cases could keep rising for at least another two weeks, because symptoms can take up to a month to appear.',
        'Hospitals set up tents for patients.',
      ],
      'outbreak',
    );
    const why = outbreak.ask('Why might the number of cases continue to climb?');
    expect(why.abstained).toBe(false);
    expect(why.answer).toMatch(/^Officials warned that the number of cases could keep rising/);
  });

  it('GIVEN no such phrase ("took up the offer", "called the office") THEN nothing', () => {
    expect(phraseTerms('she took up the offer of a job')).toEqual([]);
    expect(phraseTerms('he called the office twice')).toEqual([]);
    expect(phraseWords('Nothing here.')).toBe('');
  });

  it('GIVEN "why was the bout cancelled?" of a story saying "called off" THEN that sentence answers; "when did she start climbing?" finds "took up climbing"', () => {
    const bout = articleService(
      [
        'Fisherman becomes king of wrestling',
        'Pape Moussa Diouf became the new king of Senegalese wrestling on Sunday in a bout that had been postponed.',
        'Thiam said the fight had been called off twice: once when Sene injured his shoulder, and again in July over security concerns.',
        'Diouf said he planned to buy two fishing boats.',
      ],
      'bout',
    );
    expect(bout.ask('why was the fight cancelled?').answer).toContain('had been called off twice');
    const climber = articleService(
      ['Climber rescued', 'A climber was rescued on Saturday.', 'Okonkwo-Reid, who took up climbing eight years ago, had summited Denali.'],
      'climber',
    );
    expect(climber.ask('when did she start climbing?').answer).toContain('took up climbing eight years ago');
  });
});

describe('phrases of the forty-third review\'s stories', () => {
  it('GIVEN "lift the blockades" or "lifted the curfew" THEN ending them; "lift sanctions" is not', () => {
    expect(phraseTerms('protest leaders said they would lift the blockades on wednesday')).toContain(stem('end'));
    expect(phraseTerms('the army lifted the overnight curfew')).toContain(stem('end'));
    expect(phraseTerms('calling on the united states to lift sanctions against china')).not.toContain(stem('end'));
  });

  it('GIVEN "the union\'s general secretary" or "the UN secretary-general" THEN a leader', () => {
    expect(phraseTerms("joseph mathebula, 61, the union's general secretary")).toContain(stem('leader'));
    expect(phraseTerms('the un secretary-general said')).toContain(stem('leader'));
    expect(phraseTerms('the secretary of state said')).not.toContain(stem('leader'));
  });

  it('GIVEN "has given the union until Friday" THEN a deadline; "until the threat was withdrawn" is none', () => {
    expect(phraseTerms('the company has given the union until friday, march 14, to accept the offer')).toContain(stem('deadline'));
    expect(phraseTerms('he said the union would not return to talks until the threat of job cuts was withdrawn')).not.toContain(stem('deadline'));
  });
});

