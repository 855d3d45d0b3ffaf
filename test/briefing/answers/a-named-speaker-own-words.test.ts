/**
 * "What did <full name> say?" asks for that person's own words: the sentence quoting them, not the one that
 * introduces them in full (which another speaker reports) nor one where someone else speaks of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const serviceOf = (text: string, id: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: `${id}.txt`, articleId: id })));

const ROCKFALL = [
  'TROMSO, Norway (AP) — A rockfall blocked the coastal road north of Tromso on Monday, cutting off two fishing villages, the national road agency said.',
  'Fisherman Arild Hansen, 61, and his son were driving to the harbour about 50 meters behind the slide when the rocks came down shortly after dawn, the agency said.',
  '"The mountain just opened up in front of us," Hansen told broadcaster NRK. "Ten seconds earlier and we would have been under it."',
  'Regional road chief Marit Solberg said crews would clear one lane by Thursday.',
  'The agency said it would pay Hansen for the damage to his truck and trailer.',
].join('\n\n');

describe('a named speaker’s own words', () => {
  it('GIVEN "What did Arild Hansen say?" THEN his quotation answers, not the sentence naming him in full that the agency reports', () => {
    expect(serviceOf(ROCKFALL, 'rockfall').ask('What did Arild Hansen say?').answer).toMatch(/^"The mountain just opened up in front of us," Hansen told broadcaster NRK\./);
  });

  it('GIVEN "What did Marit Solberg say?" (guard) THEN the one sentence she speaks answers', () => {
    expect(serviceOf(ROCKFALL, 'rockfall').ask('What did Marit Solberg say?').answer).toMatch(/^Regional road chief Marit Solberg said crews would clear one lane by Thursday\./);
  });

  it('GIVEN "what did he say exactly" after what Blinken will argue THEN his quoted words answer, not the lead', () => {
    const service = serviceOf(readFileSync(new URL('../../../data/000_78d76434cf3e539e.txt', import.meta.url), 'utf8'), 'shipped');
    service.ask('What will Blinken argue about supporting Russia?', { conversationKey: 'k' });
    expect(service.ask('what did he say exactly', { conversationKey: 'k' }).answer).toMatch(/^China cannot have it both ways, Blinken said\./);
  });
});
