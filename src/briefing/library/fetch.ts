/**
 * Fetching an article by URL: http(s) only, with a timeout and a size cap, and a one-line UserError
 * for every way it can fail.
 */
import { UserError } from '../../errors.js';
import { MAX_ARTICLE_BYTES } from '../ingest/decode.js';
import type { ArticleFormat } from '../ingest/formats.js';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedArticle {
  bytes: Uint8Array;
  format: ArticleFormat;
}

function formatOf(contentType: string, url: URL): ArticleFormat {
  if (/html/i.test(contentType)) return 'html';
  if (/markdown/i.test(contentType) || /\.(?:md|markdown)$/i.test(url.pathname)) return 'markdown';
  if (/\.html?$/i.test(url.pathname)) return 'html';
  return 'text';
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new UserError('ingest.url-too-large', `${url} is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB; not ingested`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Downloads an article. Throws UserError for a bad URL, an HTTP error, a timeout or a too-large body. */
export async function fetchArticle(address: string, options: FetchOptions = {}): Promise<FetchedArticle> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UserError('ingest.url', `not a valid URL: ${address}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('ingest.url', `only http and https URLs can be ingested: ${address}`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html, text/plain, text/markdown;q=0.9, */*;q=0.5' } });
    if (!response.ok) throw new UserError('ingest.url-status', `${address} answered HTTP ${response.status}; not ingested`);
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > maxBytes) {
      await response.body?.cancel();
      throw new UserError('ingest.url-too-large', `${address} is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB; not ingested`);
    }
    const bytes = response.body ? await readCapped(response.body, maxBytes, address) : new Uint8Array();
    return { bytes, format: formatOf(response.headers.get('content-type') ?? '', url) };
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (signal.aborted) throw new UserError('ingest.url-timeout', `${address} did not answer within ${timeoutMs} ms; not ingested`);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    throw new UserError('ingest.url-failed', `could not fetch ${address}: ${cause}`);
  }
}
