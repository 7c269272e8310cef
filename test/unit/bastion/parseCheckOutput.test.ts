import { describe, expect, it } from 'vitest';
import { parseCheckOutput } from '../../../src/skill/domain/bastion/parseCheckOutput.js';

describe('parseCheckOutput', () => {
  it('decodes fields and rows of the last block, ignoring noise around it', () => {
    // Prepare
    const stdout = [
      'some shell noise',
      'DBVOICE_BEGIN version=1',
      'DBVOICE_RESULT status=error',
      'DBVOICE_END',
      'DBVOICE_BEGIN version=1',
      'DBVOICE_RESULT check=parameter',
      'DBVOICE_ROW name=max%20server%20memory%20(MB) value=a%3Db%25c empty=',
      'DBVOICE_RESULT status=ok\r',
      'DBVOICE_END',
      'trailing',
    ].join('\n');
    // Act
    const output = parseCheckOutput(stdout);
    // Assess
    expect(output).toEqual({
      complete: true,
      fields: { check: 'parameter', status: 'ok' },
      rows: [{ name: 'max server memory (MB)', value: 'a=b%c', empty: '' }],
    });
  });

  it('marks a block cut off by SSM as incomplete', () => {
    const output = parseCheckOutput('DBVOICE_BEGIN version=1\nDBVOICE_ROW a=1\nDBVOICE_RES');
    expect(output.complete).toBe(false);
    expect(output.rows).toEqual([{ a: '1' }]);
  });

  it('keeps a value with a stray percent sign as it came', () => {
    const output = parseCheckOutput('DBVOICE_BEGIN\nDBVOICE_RESULT message=100%%20full\nDBVOICE_END');
    expect(output.fields.message).toBe('100%%20full');
  });

  it('finds nothing in output without a block', () => {
    expect(parseCheckOutput('bash: run-check: command not found\n')).toEqual({
      complete: false,
      fields: {},
      rows: [],
    });
  });
});
