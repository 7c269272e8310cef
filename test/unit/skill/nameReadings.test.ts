import { describe, expect, it } from 'vitest';
import { buildInteractionModel } from '../../../src/build/model/buildInteractionModel.js';
import { collectFleetNames } from '../../../src/build/model/FleetNames.js';
import { loadModelTemplate } from '../../../src/build/model/loadModelTemplate.js';
import { closestNames } from '../../../src/skill/domain/fleet/closestNames.js';
import { ApplicationNotFound, InstanceNotFound } from '../../../src/skill/domain/fleet/errors.js';
import { fleetNameEntities } from '../../../src/skill/domain/fleet/fleetNameEntities.js';
import { nameReadings, spokenNameOf } from '../../../src/skill/domain/fleet/nameReadings.js';
import { toInstanceSummary } from '../../../src/skill/domain/fleet/toInstanceSummary.js';
import { speechForError } from '../../../src/skill/intents/errors/speechForError.js';
import { stringsFor } from '../../../src/skill/speech/stringsFor.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';

const TAG_KEYS = { instance: 'instance', application: 'application', environment: 'environment' };

/** reporting, tagged with its Japanese readings as an operator would. */
function reporting() {
  const raw = dbInstance({ identifier: 'prod-reporting-01', name: 'reporting', application: 'reporting' });
  raw.TagList = [
    ...(raw.TagList ?? []),
    { Key: 'Instance-JA', Value: ' レポーティング ' },
    { Key: 'application-ja', Value: 'レポート' },
    { Key: 'instance-jap', Value: 'not a language' },
    { Key: 'instance-fr', Value: '' },
  ];
  return toInstanceSummary(raw, 'us-west-2', TAG_KEYS);
}

describe('Names: Japanese readings from instance-ja / application-ja tags', () => {
  it('reads a reading per language, keys in any case, empty and malformed tags ignored', () => {
    const instance = reporting();

    expect(instance.readings).toEqual({ ja: 'レポーティング' });
    expect(instance.applicationReadings).toEqual({ ja: 'レポート' });
    expect(nameReadings([['instance', 'x']], 'instance')).toEqual({});
  });

  it('says the reading to a Japanese listener and the tag to everyone else', () => {
    const instance = reporting();

    expect(spokenNameOf(instance, 'ja-JP')).toBe('レポーティング');
    expect(spokenNameOf(instance, 'en-GB')).toBe('reporting');
    expect(spokenNameOf({ name: 'hr' }, 'ja-JP')).toBe('hr');
  });

  it("puts the reading among a name's dynamic entities in the listener's language only", () => {
    const inventories = [{ region: 'us-west-2', instances: [reporting()] }];

    const japanese = fleetNameEntities(inventories, { recent: [], language: 'ja' });
    const english = fleetNameEntities(inventories, { recent: [] });

    expect(japanese.instances[0]).toMatchObject({ id: 'reporting', value: 'reporting' });
    expect(japanese.instances[0]?.synonyms[0]).toBe('レポーティング');
    expect(japanese.applications[0]?.synonyms).toContain('レポート');
    expect(english.instances[0]?.synonyms).not.toContain('レポーティング');
  });

  it('adds readings to the ja-JP model as synonyms, and leaves the English model as it was', () => {
    const names = collectFleetNames(
      [{ identifier: 'prod-reporting-01', tags: { instance: 'reporting', 'instance-ja': 'レポーティング' } }],
      TAG_KEYS,
    );
    const valueIn = (locale: string) =>
      buildInteractionModel(loadModelTemplate(locale), names)
        .model.interactionModel.languageModel.types?.find((type) => type.name === 'DB_INSTANCE')
        ?.values?.find((value) => value.id === 'reporting');

    expect(names.readings).toEqual({
      ja: { instances: { reporting: ['レポーティング'] }, applications: {} },
    });
    expect(valueIn('ja-JP')?.name.synonyms).toContain('レポーティング');
    expect(valueIn('en-US')?.name.synonyms).not.toContain('レポーティング');
  });
});

describe('Names: "did you mean" by reading', () => {
  const fleet = [
    { name: 'reporting', readings: { ja: 'レポーティング' } },
    { name: 'reporting-dev', readings: { ja: 'レポーティングデブ' } },
    { name: 'blog', readings: { ja: 'ブログ' } },
    { name: 'payroll', readings: { ja: 'ペイロール' } },
  ];

  it('finds a katakana typo by its reading and offers the name the slot takes', () => {
    expect(closestNames('レポーテング', fleet)).toEqual(['reporting', 'reporting-dev']);
    expect(closestNames('ブロッグ', fleet)).toEqual(['blog']);
    expect(closestNames('payrol', fleet)).toEqual(['payroll']);
    expect(closestNames('ジャーナル', fleet)).toEqual([]);
    expect(closestNames('ledgr', ['ledger', 'hr'])).toEqual(['ledger']);
  });

  it('speaks the suggestions by their reading to a Japanese listener and by name to an English one', () => {
    const readings = { reporting: { ja: 'レポーティング' }, 'reporting-dev': { ja: 'レポーティングデブ' } };
    const error = new InstanceNotFound(
      'レポーテング',
      ['us-west-2'],
      ['reporting', 'reporting-dev'],
      [],
      readings,
    );

    expect(speechForError(error, stringsFor('ja-JP')).speech).toBe(
      'オレゴンにはレポーテングというインスタンスが見つかりませんでした。レポーティングまたはレポーティングデブのことですか？',
    );
    expect(speechForError(error, stringsFor('en-US')).speech).toContain('reporting or reporting-dev');
    const application = new ApplicationNotFound('ペイロル', ['us-west-2'], ['payroll'], [], {
      payroll: { ja: 'ペイロール' },
    });
    expect(speechForError(application, stringsFor('ja-JP')).speech).toContain('ペイロールのことですか？');
  });

  it('asks which of two with どちら and of more with どれ', () => {
    const ja = stringsFor('ja-JP').answers;
    expect(ja.whichOne(['ペイロール', 'ペイロールデブ'])).toBe('ペイロールとペイロールデブのどちらですか？');
    expect(ja.whichOne(['ア', 'イ', 'ウ'])).toBe('ア、イ、またはウのどれですか？');
  });
});
