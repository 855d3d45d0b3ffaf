/**
 * A platform-neutral reply. Commands build it; each adapter renders it (Block Kit, embeds, terminal text)
 * within its platform's limits. All text here is plain user-visible text: renderers escape it.
 */

export type ReplyPart =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  /** A quotation from the article and where it came from (section title). */
  | { type: 'quote'; text: string; source?: string }
  | { type: 'fields'; fields: Array<{ name: string; value: string }> }
  /** Small print: hints, article name, "late" marks. */
  | { type: 'context'; text: string };

export type ReplyAction =
  /** Opens one section of the article. */
  | { type: 'open-section'; label: string; sectionId: string; articleId: string }
  /** Re-posts an ephemeral reply visibly in the channel. */
  | { type: 'share'; label: string };

export interface Reply {
  /** Plain-text fallback and notification text: the whole message in one string. */
  text: string;
  parts: ReplyPart[];
  actions: ReplyAction[];
  /** Ephemeral answers are seen by the asker only, with a "Share in channel" action. */
  visibility: 'private' | 'public';
  /** What the command was, for adapters that re-run it to share or to open a section. */
  kind: 'briefing' | 'section' | 'search' | 'answer' | 'sections' | 'subscriptions' | 'help' | 'error' | 'notice' | 'digest';
}
