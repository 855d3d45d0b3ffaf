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
}
