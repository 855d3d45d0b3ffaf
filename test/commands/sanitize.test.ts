import { describe, expect, it } from 'vitest';
import { echo, neutraliseLinks, neutraliseMentions, stripLeadingMentions } from '../../commands/sanitize.js';

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

describe('neutraliseLinks', () => {
  it('GIVEN a Markdown or Slack masked link THEN its words and its address side by side, nothing hidden', () => {
    expect(neutraliseLinks('[click here](http://evil.example/login)')).toBe('click here (http://evil.example/login)');
    expect(neutraliseLinks('<http://evil.example|click me>')).toBe('click me (http://evil.example)');
    expect(neutraliseLinks('<https://example.org>')).toBe('https://example.org');
    expect(echo('search [link](http://evil.example)')).toBe('search link (http://evil.example)');
  });

  it('GIVEN brackets that make no link THEN unchanged', () => {
    expect(neutraliseLinks('[1] see (page 2)')).toBe('[1] see (page 2)');
    expect(neutraliseLinks('Taiwan [sic]')).toBe('Taiwan [sic]');
  });
});
