/** What a conversation remembers between turns, as the ranker sees it. */
export interface TurnContext {
  /** Stemmed content terms of the previous questions, most recent first. */
  terms: string[];
  /** Entities (indexes into the article index) the previous turns were about. */
  entityIds: number[];
  /** Positions of the sentences quoted in the previous answer. */
  sentencePositions: number[];
  /** Section of the previous answer. */
  sectionId: string | null;
  /**
   * Where the conversation is, which "there" points to: the place the last answer gave ("landed in
   * Shanghai" for "where did he land?") or the last place asked about. Stemmed terms; none when unknown.
   */
  placeTerms: string[];
  /** The last question asked what a side said or holds ("what did China say?"): "and the US?" asks the same of the US. */
  askedView: boolean;
  /** The last question asked who ("who leads them?"): the person its answer leads with is the one it gave. */
  askedWho: boolean;
}
