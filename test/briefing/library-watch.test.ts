import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryChanges } from '../../src/briefing/library.js';
import { watchLibrary } from '../../src/briefing/library/watch.js';
import type { Logger } from '../../src/logger.js';

const NOTHING: LibraryChanges = { added: [], changed: [], removed: [] };

function recordingLogger() {
  const lines: Array<{ level: string; fields: unknown; msg: string }> = [];
  const at = (level: string) => (fields: unknown, msg: string) => lines.push({ level, fields, msg });
  return { logger: { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } as unknown as Logger, lines };
}

describe('watchLibrary', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('GIVEN an interval THEN the library is rescanned at each, changes logged and quiet scans not', () => {
    const results: LibraryChanges[] = [NOTHING, { added: ['storm'], changed: [], removed: [] }];
    const reload = vi.fn(() => results.shift() ?? NOTHING);
    const { logger, lines } = recordingLogger();
    const watch = watchLibrary({ reload }, { intervalMs: 30_000, logger });
    vi.advanceTimersByTime(29_999);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(lines).toEqual([{ level: 'info', fields: { added: ['storm'], changed: [], removed: [] }, msg: 'library changed' }]);
    watch.stop();
    vi.advanceTimersByTime(120_000);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('GIVEN a rescan that fails THEN it is logged and the next one still runs', () => {
    let calls = 0;
    const reload = () => {
      calls++;
      if (calls === 1) throw new Error('EACCES: permission denied');
      return NOTHING;
    };
    const { logger, lines } = recordingLogger();
    const watch = watchLibrary({ reload }, { intervalMs: 1_000, logger });
    vi.advanceTimersByTime(2_000);
    expect(calls).toBe(2);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([['warn', 'library rescan failed; keeping the articles loaded']]);
    watch.stop();
  });
});
