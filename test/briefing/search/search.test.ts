import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { staticLibrary } from '../fixtures/static-library.js';
import { summitArticle } from '../fixtures/summit-article.js';
import { buildBriefing } from '../fixtures/briefing.js';
import { articleService } from '../fixtures/article-service.js';

const service = () => createBriefingService(staticLibrary(summitArticle()));

describe('search', () => {
  it('GIVEN words from one passage THEN that passage ranks first, with its section', () => {
    const hits = service().search('cod quota');
    expect(hits[0]?.text).toContain('cut the cod quota');
    expect(hits[0]?.sectionTitle).toBe('The Lisbon talks');
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('GIVEN a rare word THEN the passage with it outranks ones with only common words', () => {
    const hits = service().search('talks compromise');
    expect(hits[0]?.text).toContain('compromise');
  });

  it('GIVEN typos THEN corrects them against the article', () => {
    expect(service().search('fishermen protestd')[0]?.text).toContain('protested');
    expect(service().search('norweigan delegaton')[0]?.text).toContain('Norwegian delegation');
  });

  it('GIVEN a word still being typed THEN matches it as a prefix', () => {
    expect(service().search('compro')[0]?.text).toContain('compromise');
  });

  it('GIVEN nothing the article uses THEN no hits, and a limit is honoured', () => {
    expect(service().search('zebra giraffe')).toEqual([]);
    expect(service().search('!!!')).toEqual([]);
    expect(service().search('Lisbon talks cod quota Norway', { limit: 2 })).toHaveLength(2);
  });
});

describe('search for what the article does not name', () => {
  it('GIVEN a name the article never uses ("Reuters talks") THEN no hits, not passages sharing the other words', () => {
    expect(service().search('Reuters talks')).toEqual([]);
    expect(service().search('talks')).not.toEqual([]);
  });

  it('GIVEN a query mostly of words the article never uses THEN no hits', () => {
    expect(service().search('**URGENT** reset your password at http://evil.example talks')).toEqual([]);
  });

  it('GIVEN a whole word the article uses THEN it is not read as the start of longer ones', () => {
    const hits = articleService(['Port strike', 'The state closed the port on Monday.', 'A statement from the union followed on Tuesday.'], 'port').search('state');
    expect(hits.map((hit) => hit.text)).toEqual(['The state closed the port on Monday.']);
  });
});

describe('search: figures as written', () => {
  it('GIVEN "2.5%", "£18.5m" or "2:25" THEN only passages holding the figure as written, not its digits apart ("Trek-Lite 2", "$2,099")', () => {
    const recall = buildBriefing({
      articleId: 'recall',
      title: 'Bikes recalled',
      sections: [
        { title: 'Overview', paragraphs: [['The university offered a 2.5% pay rise.', 'The folding Trek-Lite 2 model sold for up to $2,099.', 'She wants to run under 2:25 again.', 'The deficit is £18.5m this year, up from 5 million.']] },
      ],
    });
    const search = (query: string) => createBriefingService(staticLibrary(recall)).search(query).map((hit) => hit.text);
    expect(search('2.5%')).toEqual(['The university offered a 2.5% pay rise.']);
    expect(search('£18.5m')).toEqual(['The deficit is £18.5m this year, up from 5 million.']);
    expect(search('2:25')).toEqual(['She wants to run under 2:25 again.']);
    expect(search('3.5%')).toEqual([]);
  });
});

describe('findTopic', () => {
  it('GIVEN a word of a section\'s title that one of its sentences holds ("Europol") THEN that sentence is the passage, not its neighbours', () => {
    const hospital = buildBriefing({
      articleId: 'hospital',
      title: 'Hackers hit hospital',
      sections: [
        { title: 'Overview', paragraphs: [['Hackers stole the records of 412,000 patients from a hospital in Graz.', 'Mr Brandt, the health minister, promised help.']] },
        { title: 'Germany and Europol', paragraphs: [['Emergency surgery continued throughout, the hospital said.', 'Police were investigating together with Europol.', 'Mr Lechner said the attackers used a contractor login.']] },
      ],
    });
    const search = (query: string) => createBriefingService(staticLibrary(hospital)).search(query).map((hit) => hit.text);
    expect(search('europol')).toEqual(['Police were investigating together with Europol.']);
    // The name is searched for, not the courtesy title every other name has.
    expect(search('Mr Lechner')).toEqual(['Mr Lechner said the attackers used a contractor login.']);
  });

  it('GIVEN a section title with a typo THEN finds that section', () => {
    expect(service().findTopic('norwya')?.section.title).toBe('Norway');
    expect(service().findTopic('harbor protest')?.section.title).toBe('Harbour protests');
  });

  it('GIVEN a person named in a section THEN finds the section about them', () => {
    expect(service().findTopic('erik lund')?.section.title).toBe('Norway');
  });

  it('GIVEN words only the section text uses THEN finds it by its text', () => {
    expect(service().findTopic('scientists cod stocks')?.section.title).toBe('The Lisbon talks');
  });

  it('GIVEN a typo of a topic the article lacks ("tiawan") and a title sharing a few letters ("Virginia and Toobin") THEN null, not that section', () => {
    const vick = buildBriefing({
      articleId: 'vick',
      title: 'Quarterback suspended',
      sections: [
        { title: 'Overview', paragraphs: [['The league suspended the quarterback on Friday.']] },
        { title: 'Virginia and Toobin', paragraphs: [['Prosecutors in Virginia filed the charges, and analyst Jeffrey Toobin said the plea was likely.']] },
        { title: 'The dogs', paragraphs: [['Fifty dogs were seized at the kennel.']] },
      ],
    });
    const service = createBriefingService(staticLibrary(vick));
    expect(service.findTopic('tiawan')).toBeNull();
    expect(service.findTopic('virgina')?.section.title).toBe('Virginia and Toobin');
  });

  it('GIVEN three letters that are no word of any title ("foo") THEN null, not a section whose title holds them ("Northmoor")', () => {
    const strike = buildBriefing({
      articleId: 'strike',
      title: 'Staff strike over pay',
      sections: [
        { title: 'Overview', paragraphs: [['Lecturers at the university walked out on Monday.']] },
        { title: 'Northmoor and Easterby', paragraphs: [['Both campuses in Northmoor and Easterby were closed.']] },
        { title: 'EU funding', paragraphs: [['Research grants from the EU are not affected.']] },
      ],
      entities: [{ name: 'Northmoor University', kind: 'organization', aliases: ['Northmoor'] }],
    });
    const service = createBriefingService(staticLibrary(strike));
    expect(service.findTopic('foo')).toBeNull();
    expect(service.findTopic('eu')?.section.title).toBe('EU funding');
    expect(service.findTopic('nor')?.section.title).toBe('Northmoor and Easterby');
  });

  it('GIVEN nothing close THEN null', () => {
    expect(service().findTopic('basketball playoffs')).toBeNull();
    expect(service().findTopic('   ')).toBeNull();
  });
});

describe('suggestTopics', () => {
  it('GIVEN a prefix THEN the matching title comes first', () => {
    expect(service().suggestTopics('har', 25)[0]?.title).toBe('Harbour protests');
  });

  it('GIVEN a typo THEN still suggests the title, first', () => {
    expect(service().suggestTopics('norwy', 25)[0]?.title).toBe('Norway');
    expect(service().suggestTopics('nrow', 25)[0]?.title).toBe('Norway');
    expect(service().suggestTopics('hrabour', 25)[0]?.title).toBe('Harbour protests');
  });

  it('GIVEN nothing typed THEN every section in article order, within the limit', () => {
    expect(service().suggestTopics('', 25).map((s) => s.title)).toEqual(['The Lisbon talks', 'Norway', 'Harbour protests']);
    expect(service().suggestTopics('', 2)).toHaveLength(2);
  });
});
