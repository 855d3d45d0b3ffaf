/**
 * Every user-visible message of the command layer, in one place, so wording stays consistent across
 * Slack, Discord and the console, and translators or reviewers find it all here.
 */

export const MAX_INPUT_CHARS = 1000;

export const messages = {
  apology: 'Sorry, something went wrong on my side while answering that. Please try again in a moment.',
  tooLong: (length: number) =>
    `That is ${length.toLocaleString('en-US')} characters long; I read at most ${MAX_INPUT_CHARS.toLocaleString('en-US')}. Try a shorter question or topic.`,
  missingArgument: (usage: string) => `That form needs more: ${usage}`,
  unknownForm: (name: string) => `There is no /brief form called "${name}". Here is what it can do:`,
  emptyQuestion: 'Ask me something about the article, e.g. "who is the State Department spokesman?", or type /brief help.',
  didYouMeanBrief: (command: string) => `Did you mean ${command}? Type /brief help for the forms it takes.`,
  unknownSlashCommand: (command: string) => `I don't know ${command}: my commands all start with /brief. Type /brief help for them, or just ask your question.`,
  topicNotFound: (topic: string) => `Nothing in the article matches "${topic}". These are its sections:`,
  didYouMean: (topic: string, meant: string) => `No section is called "${topic}". Did you mean \`${meant}\`? These are the article's sections:`,
  noSearchHits: (query: string) => `No passage in the article matches "${query}". Try other words, or one of these sections:`,
  searchWordsTooCommon: (query: string) => `"${query}" is too common to search for: every passage has words like it. Try a name or a word of the story, or one of these sections:`,
  searchHeading: (query: string) => `Passages matching "${query}"`,
  sectionNotFound: 'That section is no longer in the article; here are the current sections:',
  keyPointsHeading: 'Key points',
  sectionsHeading: 'Sections',
  peopleHeading: "Who's who",
  placesLine: (places: readonly string[]) => `Places: ${places.join(' · ')}`,
  closestSections: (titles: string[]) => `Closest sections: ${titles.join('; ')}`,
  fromArticle: (title: string) => `From the article: ${title}`,
  fromOtherArticle: (title: string) => `Found in another article: ${title}`,
  articleOf: (place: number, count: number) => `Article ${place} of ${count}; /brief articles lists them, /brief article 1 shows the newest.`,
  newestOf: (count: number) => `The newest of ${count} articles; /brief articles lists them, /brief article <number> shows another.`,
  articlesHeading: (count: number, shown: number) =>
    count === 1 ? 'I have one article' : `I have ${count} articles, newest first${shown < count ? ` (the ${shown} newest shown)` : ''}`,
  articleAdded: (addedAt: string, newest: boolean) => `Added ${addedAt.slice(0, 10)}${newest ? '; the newest, which /brief shows' : ''}`,
  articlesFooter:
    'Type /brief article <number or title> for one’s briefing; your /brief ask questions then go to it first. Otherwise they go to the newest; a question about another article (naming what only it names) goes to that one.',
  articleNotFound: (asked: string) => `No article matches "${asked}". These are the articles:`,
  askedOfArticle: 'Your /brief ask questions now go to this article first.',
  sourcesLine: (titles: string[]) => `Sources: ${titles.join('; ')}`,
  helpHeading: 'How to use /brief',
  helpFooter: 'Mention me or send me a direct message to ask a question; reply in my thread for follow-ups.',
  consoleHelpFooter: 'Type a question on a line of its own to ask it; the next lines follow up on it.',
  consoleWelcome: 'Briefing bot. Type /brief for the briefing, /brief help for every form, or just ask a question. Ctrl+D quits.',
  shareLabel: 'Share in channel',
  openSectionLabel: (title: string) => title,
  noManageDigests: 'Only the digest admins of this workspace can change digests here.',
} as const;
