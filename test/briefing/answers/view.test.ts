import { describe, expect, it } from 'vitest';
import { viewHolder } from '../../../src/briefing/answers/view.js';

describe('viewHolder: whose view a question asks for', () => {
  it.each([
    ['How does Beijing view the Ukraine war?', ['beijing']],
    ["What's China's position on Ukraine?", ['china']],
    ['what is the union’s stance on the new shifts', ['union']],
    ['Does the Valmar government consider the dam a threat?', ['valmar', 'government']],
    ['What do the fishermen think about the quota?', ['fishermen']],
    ["What does Valmar's foreign ministry accuse Lorvia of?", ['valmar', 'foreign', 'ministry']],
  ])('GIVEN "%s" THEN the holder is %j', (question, holder) => {
    expect(viewHolder(question)).toEqual(holder);
  });

  it.each(['What did Beijing say about the war?', 'Where will he see the minister?', 'Who is the union leader?', 'How many people saw the protest?'])(
    'GIVEN "%s", which asks no view THEN there is no holder',
    (question) => {
      expect(viewHolder(question)).toBeUndefined();
    },
  );
});
