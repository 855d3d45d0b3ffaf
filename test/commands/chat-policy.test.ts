import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../commands/chat-policy.js';

describe('looksLikeQuestion', () => {
  it.each(['what about Taiwan?', 'and the sanctions', 'when was that', 'Who is Miller', 'Taiwan?', '/brief sections', 'tell me more'])('GIVEN "%s" THEN a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each(['thanks!', 'lol', 'ok', '', 'great summary, agreed', 'whoa'])('GIVEN "%s" THEN not a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(false);
  });
});
