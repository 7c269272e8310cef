import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InstanceAmbiguous } from '../../../src/skill/domain/fleet/errors.js';
import { REGIONS } from '../../../src/skill/domain/fleet/regions.js';
import { UserTaskRefused } from '../../../src/skill/domain/users/errors.js';
import { speechForError } from '../../../src/skill/intents/errors/speechForError.js';
import { spokenRefusalDetail } from '../../../src/skill/intents/users/spokenRefusalDetail.js';
import { REGION_NAMES_JA } from '../../../src/skill/speech/locales/ja-JP/regionNames.js';
import { stringsFor } from '../../../src/skill/speech/stringsFor.js';
import { writtenNameOf } from '../../../src/skill/speech/writtenNameOf.js';

const ja = stringsFor('ja-JP');
const template = parse(
  readFileSync(new URL('../../../interaction-model/templates/ja-JP.yaml', import.meta.url), 'utf8'),
) as { regions: Record<string, string[]> };

/** Latin words that are not units, product or AWS names: what a Japanese sentence must not contain. */
const english = (text: string) =>
  (text.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []).filter(
    (word) =>
      !/[-\d]/.test(word) &&
      !/^(CPU|IOPS|MB|GB|UTC|KMS|AZ|MFA|AWS|RDS|SQL|Server|Aurora|MySQL|CloudWatch|reporting|hr|blog)$/.test(
        word,
      ),
  );

describe('Speech: ja-JP', () => {
  it('is what a ja-JP request hears, and a ja device of another country too', () => {
    expect(ja.locale).toBe('ja-JP');
    expect(stringsFor('ja-XX').locale).toBe('ja-JP');
    expect(stringsFor('en-US').locale).toBe('en-US');
  });

  it('names every Region in Japanese, as the ja-JP model hears it first', () => {
    expect(REGIONS.filter((region) => !REGION_NAMES_JA[region.code]).map((r) => r.code)).toEqual([]);
    for (const region of REGIONS)
      expect(template.regions[region.code]?.[0], region.code).toBe(ja.region(region.code));
    expect(ja.region('us-west-2')).toBe('オレゴン');
    expect(ja.region('ap-northeast-3')).toBe('大阪');
  });

  it('counts instances in 台, alarms and events in 件, applications in 個', () => {
    const what = ja.inventory.describeFilter({ environment: 'production', engine: 'mysql' });
    expect(ja.inventory.count(3, what, 'オレゴン')).toBe(
      'オレゴンには本番環境のMySQLインスタンスが3台あります。',
    );
    expect(ja.inventory.count(0, what, 'オレゴン')).toBe(
      'オレゴンには本番環境のMySQLインスタンスが見つかりませんでした。',
    );
    expect(ja.alarms.firing('reporting', 'オレゴン', ['a-high-cpu', 'b-low-memory'])).toBe(
      'オレゴンのreportingでは、アラームが2件発報しています。a-high-cpu、b-low-memoryです。',
    );
    expect(ja.events.summary('reporting', 'オレゴン', 12)).toBe(
      'オレゴンのreportingには、過去24時間にイベントが12件ありました。',
    );
    expect(ja.inventory.applications('オレゴン', ['blog', 'hr'], 1)).toBe(
      'オレゴンにはアプリケーションが2個あります。blog、hrです。アプリケーションのタグがないインスタンスが1台あります。',
    );
    expect(ja.inventory.count(1234, ja.inventory.describeFilter({}), 'オレゴン')).toBe(
      'オレゴンにはインスタンスが1,234台あります。',
    );
  });

  it('says dates, times, windows, durations and units the Japanese way', () => {
    expect(ja.property.date(new Date('2061-05-20T00:00:00Z'))).toBe('2061年5月20日');
    expect(ja.property.dateTime(new Date('2024-05-01T10:30:00Z'))).toBe('2024年5月1日 10:30（UTC）');
    expect(
      ja.property.window(
        { weekly: true, utc: { day: 0, hour: 8, minute: 0 }, local: { day: 0, hour: 1, minute: 0 } },
        'オレゴン',
      ),
    ).toBe('毎週日曜日の8時（UTC）、オレゴンの現地時間では日曜日の1時');
    expect(ja.metric.duration(30 * 60_000)).toBe('30分');
    expect(ja.metric.value({ value: 87.5, unit: 'percent' })).toBe('87.5パーセント');
    expect(ja.metric.value({ value: 120, unit: 'perSecond' })).toBe('毎秒120回');
    expect(ja.bastion.size(13_421_772_800)).toBe('12.5ギガバイト');
    expect(ja.tasks.lockedOut(15 * 60_000)).toMatch(/15分間ロックします。$/);
  });

  it('leaves no English word in its own sentences', () => {
    const where = { instance: 'reporting', region: 'オレゴン' };
    const sentences = [
      ja.launch.speech,
      ja.help.speech,
      ja.fallback.speech,
      ja.goodbye,
      ja.reprompt,
      ja.errors.generic,
      ja.errors.regionUnknown('ナルニア'),
      ja.errors.instanceNotFound('ブロク', ['オレゴン'], ['blog', 'hr']),
      ja.ask.region('hr', ['オレゴン', 'アイルランド']),
      ja.partial.regionsAnswered(['アイルランドは時間内に応答しませんでした']),
      ja.property.answer('multiAz', 'reporting', 'オレゴン', ja.property.multiAz(true)),
      ja.property.answer('status', 'reporting', 'オレゴン', 'backing-up'),
      ja.metric.window(
        'CPUUtilization',
        'reporting',
        'オレゴン',
        '40パーセント',
        '87パーセント',
        ja.metric.windows.lastHour!,
      ),
      ja.metric.noData('FreeStorageSpace', 'reporting', 'オレゴン'),
      ja.events.none('reporting', 'オレゴン'),
      ja.tasks.confirm({ action: 'reboot', name: 'reporting', region: 'オレゴン' }),
      ja.tasks.unknownOutcome({ action: 'reboot', name: 'reporting', region: 'オレゴン' }, 'rebooting'),
      ja.tasks.codeRejected(2),
      ja.tasks.refused('notMultiAz', 'failover', 'reporting', 'オレゴン'),
      ja.tasks.notifications.statusOff,
      ja.answers.taskDropped('failover', 'reporting'),
      ja.answers.whichOne(['blog', 'hr']),
      ja.fleetHealth.intro(3, 'オレゴン'),
      ja.fleetHealth.allClear(9, ja.inventory.describeFilter({}), 'オレゴン'),
      ja.bastion.running(where, true),
      ja.bastion.storage.tablespacesFine(where, 90, undefined),
      ja.bastion.errors.checkFailed('unreachable', where, undefined),
      ja.bastion.logs.errors(where, 'error', 500, 0),
      ja.screen.listTitle('instances', 9),
      ja.screen.statistic(300),
    ];
    expect(sentences.flatMap((sentence) => english(sentence).map((word) => `${word}: ${sentence}`))).toEqual(
      [],
    );
  });

  it('asks which Region by the reading of a name found in two, and names an engine by its product name', () => {
    const ambiguous = new InstanceAmbiguous('hr', ['us-west-2', 'eu-west-1'], { ja: 'エイチアール' });
    const refusal = new UserTaskRefused('engineUnsupported', 'listUsers', 'hr', 'us-west-2', 'oracle-ee');
    const english = stringsFor('en-US');

    expect(speechForError(ambiguous, ja).speech).toBe(
      'エイチアールはオレゴン、アイルランドにあります。どのリージョンのことですか？',
    );
    expect(speechForError(ambiguous, english).speech).toMatch(/^I found hr in Oregon and Ireland/);
    expect(
      ja.users.refused(
        'engineUnsupported',
        'listUsers',
        'エイチアール',
        'オレゴン',
        spokenRefusalDetail(refusal, ja),
      ),
    ).toContain('エイチアールはOracle Enterprise Editionです。');
    expect(
      english.users.refused(
        'engineUnsupported',
        'listUsers',
        'hr',
        'Oregon',
        spokenRefusalDetail(refusal, english),
      ),
    ).toContain('hr runs Oracle Enterprise Edition.');
  });

  it('writes a name on a card by its reading with the exact name beside it', () => {
    const reporting = { name: 'reporting', readings: { ja: 'レポーティング' } };

    expect(writtenNameOf(reporting, 'ja-JP')).toBe('レポーティング（reporting）');
    expect(writtenNameOf(reporting, 'en-US')).toBe('reporting');
    expect(writtenNameOf({ name: 'blog' }, 'ja-JP')).toBe('blog');
    expect(ja.screen.metricTitle('FreeableMemory')).toBe('空きメモリ');
    expect(ja.screen.busiestTitle('CPUUtilization', 15)).toBe('CPU使用率（15分間の平均）');
  });
});
