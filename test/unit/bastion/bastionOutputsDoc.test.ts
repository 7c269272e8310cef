import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCheckOutput } from '../../../src/skill/domain/bastion/parseCheckOutput.js';

const doc = readFileSync('src/local/emulator/fleets/bastion-outputs.md', 'utf8');
const samples = [...doc.matchAll(/### (.+)\n\n```\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!] as const);

describe('bastion-outputs.md', () => {
  it('has a sample for every check of every engine family', () => {
    expect(samples.length).toBeGreaterThanOrEqual(24);
  });

  it.each(samples)('%s parses as a complete result block', (title, block) => {
    const output = parseCheckOutput(block);
    expect(output.complete).toBe(true);
    expect(output.fields.status).toBe(title.startsWith('Failure') ? 'error' : 'ok');
    if (output.fields.status === 'ok') expect(output.rows).toHaveLength(Number(output.fields.rows));
  });
});
