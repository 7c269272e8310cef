import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleTurn } from '../../../src/local/console/ConsoleTurn.js';
import { currentMfaCode } from '../../../src/local/console/currentMfaCode.js';
import { type LocalStack, startLocalStack } from '../../../src/local/console/startLocalStack.js';
import { bastionFleet } from './bastionFleet.js';
import { countCalls } from './startTestStack.js';

const LOCALE = 'ja-JP';
const KANJI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Latin words a Japanese answer may hold: product, service and unit names Japanese speakers say in English,
 * and the opt-in tag as written. Fleet names (reporting, prod-reporting-01-high-cpu, payroll_app) and what
 * AWS or the database itself wrote (an RDS event's message) are data, not the skill's words, and are taken
 * out before the check.
 */
const ALLOWED = new Set(
  [
    'CPU',
    'IOPS',
    'MB',
    'GB',
    'KB',
    'TB',
    'ms',
    'AWS',
    'RDS',
    'MFA',
    'SQL',
    'Server',
    'MySQL',
    'PostgreSQL',
    'MariaDB',
    'Oracle',
    'Aurora',
    'Db2',
    'Enterprise',
    'Standard',
    'Edition',
    'Express',
    'Web',
    'KMS',
    'AZ',
    'UTC',
    'CloudWatch',
    'Performance',
    'Insights',
    'Schema',
    'Parameter',
    'Store',
    'README',
    'dbvoice',
    'tasks',
    'enabled',
    'DB',
    'Alexa',
    'ID',
    'OS',
    'CA',
    'VPC',
    'Custom',
  ].map((word) => word.toLowerCase()),
);

/**
 * The English words of an answer that are the skill's own: quoted text (a log line) is the database's, and a
 * fleet name, an identifier (prod-reporting-01-high-cpu, payroll_app) or an upper-case object name (USERS)
 * is data.
 */
function englishIn(speech: string): string[] {
  const words = speech.replace(/「[^」]*」/g, ' ').match(/[A-Za-z][A-Za-z0-9_.:-]*/g) ?? [];
  return words.filter(
    (word) =>
      !ALLOWED.has(word.toLowerCase()) &&
      !FLEET_NAMES.includes(word) &&
      !/[-_\d]/.test(word) &&
      word !== word.toUpperCase(),
  );
}

/** The demo fleet's names in Latin letters: they may appear where no reading is tagged. */
const FLEET_NAMES = ['reporting', 'payroll', 'blog', 'hr', 'crm', 'shop', 'analytics', 'sales'];

describe('Console: Japanese conversations (bundled skill, demo fleet with bastion answers, ja-JP model)', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({
      fleet: bastionFleet(),
      emulatorSettings: { commandDelayMs: 200, invocationVisibleAfterMs: 50, commandPendingMs: 50 },
      env: { INVENTORY_TTL_SECONDS: '0.001' },
    });
  });

  beforeEach(async () => {
    // A reboot changes the fleet, and AWS refuses a code twice: each conversation starts from the seed.
    await stack.reset();
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** Says each utterance in one ja-JP session. */
  async function conversation(...utterances: string[]): Promise<ConsoleTurn[]> {
    const session = stack.newSession({ locale: LOCALE });
    const turns: ConsoleTurn[] = [];
    for (const utterance of utterances) turns.push(await session.say(utterance));
    return turns;
  }

  it('counts the instances in Oregon in Japanese, as the done-when of issue 16 asks', async () => {
    // Act
    const [turn] = await conversation('オレゴンにあるインスタンスの数');

    // Assess
    expect(turn!.exchanges[0]?.request.request).toMatchObject({
      locale: LOCALE,
      intent: { name: 'NumberOfInstances', slots: { region: { value: 'オレゴン' } } },
    });
    expect(turn!.speech).toBe('オレゴンにはインスタンスが9台あります。');
    expect(turn!.card).toMatchObject({ title: 'インスタンス数' });
  });

  it('lists a Region by the Japanese readings of the names', async () => {
    // Act
    const [turn] = await conversation('アイルランドのインスタンスを教えて');

    // Assess
    expect(turn!.speech).toBe(
      'アイルランドにはインスタンスが3台あります。ブログステージング、エイチアール、ショップです。',
    );
  });

  it('reads a metric thirty minutes back for an instance named by its reading', async () => {
    // Act
    const [turn] = await conversation('オレゴンにあるレポーティングインスタンスの30分前のCPU使用率');

    // Assess
    expect(turn!.exchanges[0]?.request.request).toMatchObject({
      intent: { name: 'CheckInstanceMetric', slots: { ago: { value: 'PT30M' } } },
    });
    expect(turn!.speech).toMatch(/^30分前の、オレゴンのレポーティングのCPU使用率は[\d.]+パーセントでした。$/);
    expect(countCalls(turn!.calls, 'GetMetricStatistics') + countCalls(turn!.calls, 'GetMetricData')).toBe(1);
  });

  it('answers a property asked with the name in quotes and Latin letters', async () => {
    // Act
    const [status, engine] = await conversation(
      'オレゴンにある『Blog』インスタンスのステータス',
      'ペイロールのエンジンを教えて',
    );

    // Assess
    expect(status!.speech).toBe('オレゴンのブログのステータスは利用可能です。');
    expect(engine!.speech).toBe('オレゴンのペイロールのエンジンはSQL Server Standard Editionです。');
  });

  it('finds an instance and an application by their readings when Alexa sends the words unresolved', async () => {
    // Prepare: a model generated from another fleet knows neither name, so the slots carry only the words.
    const unresolved = (name: string, value: string) => ({
      name,
      value,
      confirmationStatus: 'NONE' as const,
    });
    const session = stack.newSession({ locale: LOCALE });

    // Act
    const property = await session.sendIntent({
      name: 'CheckInstanceProperty',
      confirmationStatus: 'NONE',
      slots: {
        property: unresolved('property', 'engine'),
        instance: unresolved('instance', 'ペイロールインスタンス'),
      },
    });
    const application = await session.sendIntent({
      name: 'ListInstancesForApplication',
      confirmationStatus: 'NONE',
      slots: { application: unresolved('application', 'シーアールエム') },
    });

    // Assess
    expect(property.speech).toBe('オレゴンのペイロールのエンジンはSQL Server Standard Editionです。');
    expect(application.speech).toBe(
      'アプリケーションシーアールエムのインスタンスは4台あります。北バージニアは、シーアールエム、シーアールエムリーダー、シーアールエムステージング、セールスです。',
    );
  });

  it('asks which Region when the name is in two, and takes the answer in Japanese', async () => {
    // Act
    const [question, answer] = await conversation('エイチアールのエンジンは', 'アイルランドです');

    // Assess
    expect(question!.speech).toMatch(/どのリージョンのことですか？$/);
    expect(answer!.speech).toMatch(/^アイルランドのエイチアールのエンジンは/);
  });

  it('offers the closest name for a katakana typo by its reading, and answers for it on はい', async () => {
    // Act
    const [question, answer] = await conversation('オレゴンにあるブロッグのステータス', 'はい');

    // Assess
    expect(question!.speech).toBe(
      'オレゴンにはブロッグというインスタンスが見つかりませんでした。ブログのことですか？',
    );
    expect(answer!.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'AMAZON.YesIntent' } });
    expect(answer!.speech).toBe('オレゴンのブログのステータスは利用可能です。');
  });

  it('asks which of two suggested names with どちら, by their readings', async () => {
    // Act
    const [question, which] = await conversation('payrolのステータス', 'はい');

    // Assess
    expect(question!.speech).toMatch(/ペイロールまたはペイロールデブのことですか？$/);
    expect(which!.speech).toBe('ペイロールとペイロールデブのどちらですか？');
  });

  it('runs a bastion check, saying that it is checking while it waits', async () => {
    // Act
    const [turn] = await conversation('ペイロールに接続して');

    // Assess
    expect(turn!.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'ConnectInstance' } });
    expect(turn!.progressive.map((p) => p.speech)).toEqual(['オレゴンのペイロールを確認しています。']);
    expect(turn!.speech).toMatch(/^オレゴンのペイロールに接続できました。SQL Server/);
    expect(countCalls(turn!.calls, 'SendCommand', 'us-west-2')).toBe(1);
  });

  it('reboots after an MFA code said in Japanese digits and a はい', async () => {
    // Prepare
    const session = stack.newSession({ locale: LOCALE });

    // Act
    const askCode = await session.say('ペイロールを再起動して');
    const code = currentMfaCode(stack.emulator.state)!.code;
    const confirm = await session.say([...code].map((digit) => KANJI_DIGITS[Number(digit)]).join(''));
    const done = await session.say('はい');

    // Assess
    expect(askCode.speech).toBe('MFAデバイスに表示されている6桁のコードを教えてください。');
    expect(confirm.speech).toBe('オレゴンのペイロールを再起動しますか？データベースが再起動します。');
    expect(countCalls(confirm.calls, 'RebootDBInstance')).toBe(0);
    expect(done.speech).toMatch(/^オレゴンのペイロールを再起動しています。/);
    expect(countCalls(done.calls, 'GetSessionToken')).toBe(1);
    expect(countCalls(done.calls, 'RebootDBInstance', 'us-west-2')).toBe(1);
  });

  it('changes nothing on いいえ', async () => {
    // Prepare
    const session = stack.newSession({ locale: LOCALE });
    await session.say('ペイロールを再起動して');
    const code = currentMfaCode(stack.emulator.state)!.code;
    await session.say(code);

    // Act
    const denied = await session.say('いいえ');

    // Assess
    expect(denied.speech).toBe('わかりました。オレゴンのペイロールを再起動しません。何も変更していません。');
    expect(countCalls(denied.calls, 'RebootDBInstance')).toBe(0);
  });

  it('turns notifications on and says the state back', async () => {
    // Act
    const [on, status] = await conversation('通知をオンにして', '通知の状態を教えて');

    // Assess
    expect(on!.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'SetNotifications' } });
    expect(on!.speech).toMatch(/^通知をオンにしました。/);
    expect(countCalls(on!.calls, 'Publish')).toBe(1);
    expect(status!.speech).toMatch(/^通知はオンです。/);
  });

  it('helps, falls back and says goodbye in Japanese', async () => {
    // Act
    const [help, fallback, stop] = await conversation('ヘルプ', '今日の天気は', 'ストップ');

    // Assess
    expect(help!.speech).toMatch(/^データベースフリートについて質問できます。/);
    expect(fallback!.speech).toMatch(/^すみません、それはデータベースフリートではお手伝いできません。/);
    expect(stop!.speech).toBe('さようなら。');
  });

  it('opens with 「を開いて」 and answers a one-shot 「…で…」', async () => {
    // Act
    const [launch] = await conversation('アレクサ、データベースフリートを開いて');
    const [oneShot] = await conversation('データベースフリートで何か問題はある');

    // Assess
    expect(launch!.speech).toMatch(/^データベースフリートへようこそ。/);
    expect(oneShot!.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'FleetHealth' } });
  });

  it('leaves no English in its answers but names, units and AWS words', async () => {
    // Act: a request of every kind the skill answers without AWS's own text (event messages are RDS's)
    const turns = await conversation(
      'データベースフリートを開いて',
      'オレゴンにあるインスタンスの数',
      '全リージョンのインスタンスの数',
      'オレゴンのアプリケーションの一覧',
      'ブログアプリのデータベースを教えて',
      'レポーティングの過去1時間のCPU使用率',
      'レポーティングの空きストレージ',
      'ペイロールのメンテナンスウィンドウはいつ',
      'ペイロールのマルチAZ',
      'レポーティングのアラームを教えて',
      'オレゴンで何か問題はありますか',
      '停止中のインスタンスを教えて',
      'エイチアールステージングのテーブルスペースの使用率を教えて',
      'ペイロールのトップセッションを教えて',
      'オレゴンで一番忙しいインスタンスは',
      'ヘルプ',
    );
    // Assess
    const english = turns.flatMap((turn) =>
      englishIn(turn.speech ?? '').map((word) => `${word} in 「${turn.speech}」`),
    );
    expect(turns.every((turn) => Boolean(turn.speech))).toBe(true);
    expect(english).toEqual([]);
  });
});
