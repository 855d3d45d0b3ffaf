import { describe, expect, it } from 'vitest';
import { echo, neutraliseMentions, stripLeadingMentions } from '../../commands/sanitize.js';

const live = /<!(channel|here|everyone)|<!subteam|<@[&!]?[A-Z0-9]+>|(^|[^\u200b])@(everyone|here|channel)\b/i;

describe('neutraliseMentions', () => {
  it.each(['<!channel>', '<!here>', '<!everyone>', '<!here|here>', '@everyone', '@here', 'hi @channel', '<!subteam^S123|@team>', '<@U123ABC>', '<@&123456>', '<@!99>'])(
    'GIVEN %s THEN nothing live remains',
    (text) => {
      const safe = neutraliseMentions(text);
      expect(safe).not.toMatch(live);
    },
  );

  it('GIVEN plain words THEN unchanged', () => {
    expect(neutraliseMentions('Taiwan and here and everyone')).toBe('Taiwan and here and everyone');
  });
});

describe('stripLeadingMentions', () => {
  it('GIVEN a mention of the bot first THEN the question alone', () => {
    expect(stripLeadingMentions('<@UBOT> who is Miller?')).toBe('who is Miller?');
    expect(stripLeadingMentions('<@123> <@456|bob> hi')).toBe('hi');
  });
});

describe('echo', () => {
  it('GIVEN long multi-line text THEN one shortened line', () => {
    const out = echo('a\n\nb '.repeat(100), 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out).not.toContain('\n');
  });
});
