/** Quotation marks in a sentence of news prose. */

/**
 * Whether a sentence leaves a quotation open ("... a tweet of her own: "Thanks.") or closes one it did not open
 * ("And this is not the Duke we're here to create,' " Brodhead told the crowd."), its splitting having cut a
 * quotation of several sentences. Straight quotes are told apart by what stands beside them.
 */
export function openQuotation(text: string): 'opens' | 'closes' | undefined {
  // Counted by loop: regex matches built arrays on every answer.
  let opening = 0;
  let closing = 0;
  let straight = 0;
  let firstStraight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) opening++;
    else if (c === 0x201d) closing++;
    else if (c === 0x22) {
      if (straight === 0) firstStraight = i;
      straight++;
    }
  }
  if (opening !== closing) return opening > closing ? 'opens' : 'closes';
  if (straight % 2 === 0) return undefined;
  // An opening quote stands before a word: at the start, or after a space, a colon or a dash.
  const before = firstStraight === 0 ? ' ' : text.charAt(firstStraight - 1);
  return /[\p{L}\d']/u.test(text.charAt(firstStraight + 1)) && /[\s:(—-]/.test(before) ? 'opens' : 'closes';
}

/**
 * For each sentence, in article order, whether it is a piece of a quotation that sentence splitting cut: it
 * opens or closes one, or stands inside one opened earlier in its paragraph ("This is no Duke we want.").
 */
export function quotationPieces(sentences: ReadonlyArray<{ text: string; paragraph: number }>): boolean[] {
  let paragraph = -1;
  let open = false;
  return sentences.map((sentence) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      open = false;
    }
    const side = openQuotation(sentence.text);
    const piece = open || side !== undefined;
    if (side === 'opens') open = true;
    else if (side === 'closes') open = false;
    return piece;
  });
}
