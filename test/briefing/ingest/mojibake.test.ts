import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { repairMojibake } from '../../../src/briefing/ingest/mojibake.js';

describe('mojibake', () => {
  it('GIVEN UTF-8 read once as Windows-1252 (euro, pound, curly quotes, accents) THEN it reads as written', () => {
    expect(repairMojibake("Portugal's â‚¬78bn (Â£57bn) bailout")).toBe("Portugal's €78bn (£57bn) bailout");
    expect(repairMojibake('donâ€™t, â€œquotedâ€\u009d')).toBe('don’t, “quoted”');
    expect(repairMojibake('CafÃ© in SÃ£o Paulo, a naÃ¯ve plan')).toBe('Café in São Paulo, a naïve plan');
  });

  it('GIVEN text that only holds such letters ("SÃO PAULO", "Ãlvaro", Icelandic "ðæ") THEN it is left alone', () => {
    for (const text of ['SÃO PAULO', 'Ãlvaro said', 'Ðó and ðæ', 'plain ascii']) expect(repairMojibake(text)).toBe(text);
  });

  it('GIVEN an article file with mojibake THEN its briefing quotes the repaired text', () => {
    const raw = new TextEncoder().encode('Portugal exited its â‚¬78bn (Â£57bn) bailout last year, officials said on Monday.\n\nThe economy grew.');
    const briefing = ingestArticle(raw, { source: 'portugal.txt' });
    expect(briefing.sentences[0]?.text).toBe('Portugal exited its €78bn (£57bn) bailout last year, officials said on Monday.');
  });
});
