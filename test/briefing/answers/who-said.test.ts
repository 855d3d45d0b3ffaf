import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const text = [
  'Listeners defend the NHS',
  'Gareth in Hampshire has had a personal experience of the health system in the US. "I lived in the USA and the healthcare system is designed for the rich," he texted.',
  'John is a medical student at the University of Manchester. He thinks the adverts are just scare tactics. "The American adverts about our health service are just wrong," he said.',
  '"The health service in the UK is scored way higher than that of the US. You just need to watch the Michael Moore film Sicko to see that those adverts are hollow propaganda."',
].join('\n\n');
const service = createBriefingService(staticLibrary(ingestArticle(text, { source: 'nhs.txt', articleId: 'nhs' })));

describe('ask: who said it, when the quote gives only "he"', () => {
  it('GIVEN "who said ...?" answered by a quote ending "he texted" THEN the sentence naming him comes first', () => {
    const answer = service.ask('Who said the healthcare system is designed for the rich?');
    expect(answer.answer).toMatch(/^Gareth in Hampshire has had .* he texted\.$/);
  });

  it('GIVEN a quote running on over sentences, naming someone inside it THEN the speaker named before it is quoted first, not the person inside', () => {
    const answer = service.ask('Who said the adverts are hollow propaganda?');
    expect(answer.answer).toMatch(/^John is a medical student .* hollow propaganda\."$/);
  });

  it('GIVEN a question that is not "who" THEN the quote stands alone', () => {
    const answer = service.ask('What is the healthcare system in the USA designed for?');
    expect(answer.answer).not.toContain('Gareth');
  });
});
