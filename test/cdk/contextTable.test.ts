import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { readDbVoiceContext } from '../../lib/config/DbVoiceContext.js';

/** Every context key readDbVoiceContext asks for, recorded as it reads them. */
function keysTheAppReads(): string[] {
  const app = new App();
  const keys = new Set<string>();
  const read = app.node.tryGetContext.bind(app.node);
  app.node.tryGetContext = (key: string) => {
    keys.add(key);
    return read(key);
  };
  readDbVoiceContext(app.node, {});
  return [...keys].filter((key) => key.startsWith('dbvoice:')).sort();
}

/** The keys named in the first column of lib/README.md's context table. */
function keysTheTableLists(): string[] {
  const readme = readFileSync('lib/README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## 2. Context'), readme.indexOf('\n## 3.'));
  const rows = section.split('\n').filter((line) => line.startsWith('| `dbvoice:'));
  return rows
    .flatMap((row) => [...row.split('|')[1]!.matchAll(/`(dbvoice:[A-Za-z]+)`/g)].map((m) => m[1]!))
    .sort();
}

function typescriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('Docs: the context table of lib/README.md', () => {
  it('lists exactly the context keys the app reads', () => {
    expect(keysTheTableLists()).toEqual(keysTheAppReads());
  });

  it('covers every read: only lib/config reads context', () => {
    const readers = [...typescriptFiles('lib'), ...typescriptFiles('bin')].filter((file) =>
      /\b(tryGetContext|getContext)\(/.test(readFileSync(file, 'utf8')),
    );
    expect(readers).toEqual([join('lib', 'config', 'DbVoiceContext.ts')]);
  });
});
