import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toSsml } from '../../../src/skill/speech/toSsml.js';

describe('toSsml', () => {
  it('escapes markup in the words once, so it is heard and never obeyed', () => {
    // Act
    const ssml = toSsml('R<b>&D "team" \'s ]]> </speak><audio src="x"/>');
    // Assess
    expect(ssml).toBe(
      'R&lt;b&gt;&amp;D &quot;team&quot; &apos;s ]]&gt; &lt;/speak&gt;&lt;audio src=&quot;x&quot;/&gt;',
    );
    expect(XMLValidator.validate(`<speak>${ssml}</speak>`)).toBe(true);
  });

  it('drops characters XML forbids instead of sending a response Alexa rejects', () => {
    // Act
    const ssml = toSsml('hr\u0000-\u0008prod\uFFFF \uD800lone');
    // Assess
    expect(ssml).toBe('hr-prod lone');
  });

  it('keeps a long answer of characters that grow when escaped under the 8,000-character limit', () => {
    // Prepare: 6,000 ampersands would be 30,000 characters once escaped.
    const words = `${'R&D '.repeat(1_500)}done.`;
    // Act
    const ssml = toSsml(words);
    // Assess
    expect(`<speak>${ssml}</speak>`.length).toBeLessThanOrEqual(8_000);
    expect(XMLValidator.validate(`<speak>${ssml}</speak>`)).toBe(true);
    expect(ssml.startsWith('R&amp;D R&amp;D')).toBe(true);
  });
});
