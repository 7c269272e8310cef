import { describe, expect, it } from 'vitest';
import { isExitPhrase } from '../../../src/local/simulator/exitPhrases.js';
import { parseConfirmationAnswer } from '../../../src/local/simulator/parseConfirmationAnswer.js';
import { parseInvocation } from '../../../src/local/simulator/parseInvocation.js';
import { parseJapaneseDuration } from '../../../src/local/simulator/parseJapaneseDuration.js';
import { parseJapaneseNumber } from '../../../src/local/simulator/parseJapaneseNumber.js';
import { parseSpokenDuration } from '../../../src/local/simulator/parseSpokenDuration.js';
import { parseSpokenNumber } from '../../../src/local/simulator/parseSpokenNumber.js';
import { joinUnits, matchUnits, tokenize } from '../../../src/local/simulator/tokenize.js';

describe('Simulator: Japanese', () => {
  describe('tokenize', () => {
    it('cuts Japanese into words with Intl.Segmenter and reads its Latin words as English', () => {
      expect(tokenize('オレゴンにあるインスタンスの数')).toEqual([
        'オレゴン',
        'に',
        'ある',
        'インスタンス',
        'の',
        '数',
      ]);
      expect(tokenize('オレゴンにある『Blog』インスタンスのステータス')).toEqual([
        'オレゴン',
        'に',
        'ある',
        'blog',
        'インスタンス',
        'の',
        'ステータス',
      ]);
    });

    it('normalises full-width letters and digits and keeps the voicing marks of kana', () => {
      expect(tokenize('３０分前のＣＰＵ使用率')).toEqual(['30', '分', '前', 'の', 'cpu', '使用', '率']);
      expect(tokenize('レポーティング').join('')).toBe('レポーティング');
      expect(tokenize('ﾚﾎﾟｰﾃｨﾝｸﾞ').join('')).toBe('レポーティング');
    });

    it('leaves text without kana or kanji exactly as the English tokenizer read it', () => {
      expect(tokenize("What's the CPU on U.S. West-Two?")).toEqual([
        'what',
        'is',
        'the',
        'cpu',
        'on',
        'u',
        's',
        'west',
        'two',
      ]);
      expect(tokenize('café naïve')).toEqual(['cafe', 'naive']);
    });

    it('aligns Japanese by character, so a name cut differently in context still lines up', () => {
      // ICU cuts レポーティング into four words before インスタンス, and keeps it whole alone.
      const inContext = matchUnits(tokenize('レポーティングインスタンス'));
      const alone = matchUnits(tokenize('レポーティング'));
      expect(inContext.slice(0, alone.length)).toEqual(alone);
      expect(joinUnits(matchUnits(tokenize('OREGON にある 30 分前')))).toBe('oregonにある30分前');
      expect(joinUnits(['us', 'west', '2'])).toBe('us west 2');
    });
  });

  describe('numbers and durations as AMAZON.NUMBER and AMAZON.DURATION give them in ja-JP', () => {
    it.each([
      ['一二三四五六', '123456'],
      ['いちにさんよんごろく', '123456'],
      ['ゼロゼロ七', '007'],
      ['きゅうはちななろくごよん', '987654'],
      ['六十四万五千二百八十一', '645281'],
      ['123 456', '123456'],
    ])('reads 「%s」 as %s', (said, digits) => {
      expect(parseJapaneseNumber(said)).toBe(digits);
    });

    it.each([
      ['30分', 'PT30M'],
      ['三十分', 'PT30M'],
      ['1時間半', 'PT1H30M'],
      ['1時間30分', 'PT1H30M'],
      ['二時間', 'PT2H'],
      ['半日', 'PT12H'],
      ['2日', 'P2D'],
      ['3週間', 'P3W'],
    ])('reads 「%s」 as %s', (said, iso) => {
      expect(parseJapaneseDuration(said)).toBe(iso);
    });

    it('refuses what is not a number or a duration', () => {
      expect(parseJapaneseNumber('ブログ')).toBeUndefined();
      expect(parseJapaneseDuration('ブログ')).toBeUndefined();
      expect(parseJapaneseDuration('30')).toBeUndefined();
    });

    it('reads Japanese through the slot parsers and English as before', () => {
      expect(parseSpokenNumber(matchUnits(tokenize('一二三四五六')))).toBe('123456');
      expect(parseSpokenDuration(matchUnits(tokenize('30分')))).toBe('PT30M');
      expect(parseSpokenNumber(['six', 'four', 'five', 'two', 'eight', 'one'])).toBe('645281');
      expect(parseSpokenDuration(['thirty', 'minutes'])).toBe('PT30M');
    });
  });

  describe('the words around a request', () => {
    it('starts the skill with 「を開いて」 and passes a one-shot request on', () => {
      expect(parseInvocation('アレクサ、データベースフリートを開いて', 'データベースフリート')).toEqual({
        kind: 'launch',
      });
      expect(parseInvocation('データベースフリートを起動して', 'データベースフリート')).toEqual({
        kind: 'launch',
      });
      expect(
        parseInvocation(
          'データベースフリートでオレゴンにあるインスタンスの数を教えて',
          'データベースフリート',
        ),
      ).toEqual({
        kind: 'oneShot',
        utterance: 'オレゴンにあるインスタンスの数を教えて',
      });
      expect(parseInvocation('データベースフリートにオレゴンの状況を聞いて', 'データベースフリート')).toEqual(
        {
          kind: 'oneShot',
          utterance: 'オレゴンの状況',
        },
      );
      expect(parseInvocation('オレゴンにあるインスタンスの数', 'データベースフリート')).toEqual({
        kind: 'none',
      });
    });

    it('hears yes, no and exit in Japanese', () => {
      expect(parseConfirmationAnswer('はい')).toBe('CONFIRMED');
      expect(parseConfirmationAnswer('はい、お願いします')).toBe('CONFIRMED');
      expect(parseConfirmationAnswer('いいえ')).toBe('DENIED');
      expect(parseConfirmationAnswer('ブログ')).toBeUndefined();
      expect(parseConfirmationAnswer('yes')).toBe('CONFIRMED');
      expect(isExitPhrase('アレクサ、終了')).toBe(true);
      expect(isExitPhrase('exit')).toBe(true);
      expect(isExitPhrase('終了時間')).toBe(false);
    });
  });
});
