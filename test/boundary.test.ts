/** The engine (src/briefing/**) must never know which chat platform asked: no platform SDK, no adapter import. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const ENGINE = join(ROOT, 'src', 'briefing');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier: static imports/exports, dynamic import() and require(). */
function importedSpecifiers(source: string): string[] {
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

const isForbidden = (specifier: string): boolean =>
  specifier === 'discord.js' || specifier.startsWith('discord.js/') || specifier.startsWith('@discordjs/') || specifier.startsWith('@slack/') || /(^|\/)platforms(\/|$)/.test(specifier);

describe('engine boundary', () => {
  it('GIVEN the checker THEN it recognises every forbidden form', () => {
    const sample = `import { Client } from 'discord.js';\nimport type { App } from "@slack/bolt";\nconst a = await import('../platforms/slack/render.js');\nexport * from '../../src/platforms/types.js';\nimport { x } from './text/tokens.js';`;
    expect(importedSpecifiers(sample).filter(isForbidden)).toHaveLength(4);
  });

  it('GIVEN src/briefing/** THEN no file imports discord.js, @slack/* or src/platforms', () => {
    const files = sourceFiles(ENGINE);
    expect(files.length).toBeGreaterThan(0);
    const offences = files.flatMap((file) =>
      importedSpecifiers(readFileSync(file, 'utf8'))
        .filter(isForbidden)
        .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });
});
