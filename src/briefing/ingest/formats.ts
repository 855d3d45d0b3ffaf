/**
 * Format readers: plain text, Markdown and HTML become raw blocks. HTML goes through Mozilla's
 * Readability on a linkedom document, both loaded only when an HTML article arrives, so start-up
 * stays light.
 */
import { createRequire } from 'node:module';
import { UserError } from '../../errors.js';
import { splitBlocks, type RawBlock } from './blocks.js';

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Guesses the format from the source's extension, else from the content. */
export function detectFormat(source: string, text: string): ArticleFormat {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(source)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt') return 'text';
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text) || /<(?:body|article|p)[\s>]/i.test(text.slice(0, 4096))) return 'html';
  return 'text';
}

/*
 * Link texts, targets and emphasised spans are bounded (and a link text holds no "["): unbounded, a block of
 * thousands of "[" or "*" was rescanned from each one, and a hostile file took seconds per 40 KB.
 */
function markdownInline(text: string): string {
  return text
    .replace(/!\[([^\][\n]{0,300})\]\([^()\n]{0,1000}\)/g, '$1')
    .replace(/\[([^\][\n]{1,300})\]\([^()\n]{0,1000}\)/g, '$1')
    .replace(/`([^`\n]{1,300})`/g, '$1')
    .replace(/(\*\*|__)([^\n]{1,300}?)\1/g, '$2')
    .replace(/(^|[^\p{L}\d*_])[*_](?=\S)([^\n]{1,300}?)(?<=\S)[*_](?![\p{L}\d])/gu, '$1$2')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '');
}

/** Markdown: headings become a headline hint (the first) or the author's subheadings; markup is stripped. */
export function readMarkdown(text: string): RawBlock[] {
  const withoutFences = text.replace(/^```[\s\S]*?^```\s*$/gm, '').replace(/^---\n[\s\S]*?\n---\n/, '');
  return splitBlocks(withoutFences).map((block, i): RawBlock => {
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(block.text);
    if (heading) return { text: markdownInline(heading[1] ?? ''), hint: i === 0 ? 'headline' : 'subheading' };
    if (/^(?:\s*[-*_]){3,}\s*$/.test(block.text)) return { text: block.text, hint: 'other' };
    return { text: markdownInline(block.text) };
  });
}

interface ReadabilityArticle {
  title?: string | null;
  content?: string | null;
}
type ReadabilityClass = new (doc: unknown, options?: Record<string, unknown>) => { parse(): ReadabilityArticle | null };
interface HtmlElement {
  textContent: string | null;
  tagName: string;
  parentElement: { closest(selector: string): unknown } | null;
}
interface TreeElement {
  children: ArrayLike<TreeElement>;
}
interface LinkedomModule {
  parseHTML(html: string): { document: { querySelectorAll(selector: string): Iterable<HtmlElement>; documentElement: TreeElement | null } };
}

/**
 * Real pages nest a few dozen elements deep. Readability's time grows steeply with depth (1,000 unclosed
 * <div>s in 7 KB took 15 s), so a page nested deeper than this is refused with a clear message.
 */
export const MAX_HTML_DEPTH = 128;

/** The deepest nesting of elements under `root` (iterative: a hostile page must not overflow the stack). */
function depthOf(root: TreeElement | null): number {
  let deepest = 0;
  const stack: Array<[TreeElement, number]> = root ? [[root, 1]] : [];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry;
    if (depth > deepest) deepest = depth;
    // linkedom builds `children` afresh on every read: read it once.
    const children = element.children;
    for (let i = 0; i < children.length; i++) stack.push([children[i] as TreeElement, depth + 1]);
  }
  return deepest;
}

const requireLazily = createRequire(import.meta.url);

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre';

/** HTML: Readability finds the article among navigation, scripts and ads; its blocks become ours. */
export function readHtml(html: string): RawBlock[] {
  const { parseHTML } = requireLazily('linkedom') as LinkedomModule;
  const { Readability } = requireLazily('@mozilla/readability') as { Readability: ReadabilityClass };
  const { document } = parseHTML(html);
  const depth = depthOf(document.documentElement);
  if (depth > MAX_HTML_DEPTH) {
    throw new UserError('ingest.too-deep', `the HTML page is nested ${depth} elements deep; pages up to ${MAX_HTML_DEPTH} deep can be read`);
  }
  const article = new Readability(document, { charThreshold: 100 }).parse();
  const body: RawBlock[] = [];
  let heading: string | undefined;
  if (article?.content) {
    const content = parseHTML(`<html><body>${article.content}</body></html>`).document;
    for (const element of content.querySelectorAll(BLOCK_SELECTOR)) {
      if (element.parentElement?.closest(BLOCK_SELECTOR)) continue; // its text is inside an outer block already
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const tag = element.tagName.toLowerCase();
      // The article's own first heading names it better than the page's <title>.
      if (/^h[12]$/.test(tag) && heading === undefined && body.length === 0) heading = text;
      else if (tag === 'figcaption') body.push({ text, hint: 'caption' });
      else if (/^h\d$/.test(tag)) body.push({ text, hint: 'subheading' });
      else body.push(tag === 'pre' ? { text, hint: 'other' } : { text });
    }
  }
  const title = heading ?? article?.title?.trim();
  const blocks: RawBlock[] = title ? [{ text: title, hint: 'headline' }, ...body.filter((b) => b.text !== title)] : body;
  if (blocks.filter((block) => !block.hint).length === 0) {
    throw new UserError('ingest.no-article', 'no article text found in the HTML page (only navigation, scripts or markup)');
  }
  return blocks;
}

/** Reads an article in the given format into raw blocks. */
export function readBlocks(text: string, format: ArticleFormat): RawBlock[] {
  if (format === 'html') return readHtml(text);
  if (format === 'markdown') return readMarkdown(text);
  return splitBlocks(text);
}
