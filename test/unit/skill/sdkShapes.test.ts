import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('Skill layers: SDK shapes', () => {
  it.each(['src/skill/intents', 'src/skill/speech'])(
    'keeps AWS SDK types out of %s (domain services hand over domain types)',
    (dir) => {
      // Prepare
      const files = sources(dir);
      // Act
      const importing = files.filter((file) => /from\s+['"]@aws-sdk\//.test(readFileSync(file, 'utf8')));
      // Assess
      expect(files.length).toBeGreaterThan(10);
      expect(importing).toEqual([]);
    },
  );
});
