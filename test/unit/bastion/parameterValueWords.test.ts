import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src/skill/speech/locales/en-US.js';
import { parameterValueWords } from '../../../src/skill/speech/parameterValueWords.js';

describe('parameterValueWords', () => {
  it.each([
    ['shared_buffers', '128MB', '128 megabytes'],
    ['work_mem', '4MB', '4 megabytes'],
    ['log_min_duration_statement', '250ms', '250 milliseconds'],
    ['checkpoint_timeout', '5min', '5 minutes'],
    ['sga_target', '2G', '2 gigabytes'],
    ['max_allowed_packet', '67108864', '64 megabytes'],
    ['effective_cache_size', '45268336kB', '43.2 gigabytes'],
    ['max server memory (MB)', '12288', '12 gigabytes'],
    ['max_connections', '151', '151'],
    ['autovacuum', 'on', 'on'],
    ['slow_query_log', 'OFF', 'off'],
    ['sql_mode', 'STRICT_TRANS_TABLES,NO_ZERO_DATE', 'STRICT TRANS TABLES, NO ZERO DATE'],
    ['time_zone', '', 'empty'],
    ['weird', '12 parsecs', '12 parsecs'],
  ])('says %s = %j as %j', (name, value, words) => {
    expect(parameterValueWords(name, value, enUS)).toBe(words);
  });
});
