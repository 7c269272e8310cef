import type { InstanceStateId } from '../../../domain/health/InstanceState.js';
import type { FleetHealthStrings, SpokenIssue } from '../../FleetHealthStrings.js';
import { counted, list, span, statusWords } from './common.js';

const DAY_MS = 86_400_000;

const ACTIONS: Record<string, string> = {
  'system-update': 'システム更新',
  'db-upgrade': 'エンジンのアップグレード',
  'os-upgrade': 'OSのアップグレード',
  'hardware-maintenance': 'ハードウェアメンテナンス',
  'ca-certificate-rotation': '証明書のローテーション',
};

const STATE_WORDS: Record<InstanceStateId, string> = {
  stopped: '停止中',
  stopping: '停止処理中',
  starting: '起動中',
  rebooting: '再起動中',
  failed: '障害状態',
  storageFull: 'ストレージ不足',
  backingUp: 'バックアップ中',
  modifying: '変更中',
  upgrading: 'アップグレード中',
  notAvailable: '利用できない状態',
};

const CHECKS = { alarms: 'アラーム', maintenance: '保留中のメンテナンス', events: '最近のイベント' } as const;

function subject(issue: SpokenIssue): string {
  return issue.regionName ? `${issue.regionName}の${issue.name}` : issue.name;
}

/** 「3日後」, or 「今」 when it is due already. */
function dueIn(ms: number): string {
  return ms <= 0 ? '今' : `${counted(Math.ceil(ms / DAY_MS), '日')}後`;
}

function issueSentence(issue: SpokenIssue, now: number): string {
  const who = subject(issue);
  switch (issue.kind) {
    case 'down':
    case 'unavailable':
      return `${who}は${statusWords(issue.status)}です。`;
    case 'storage':
      return (
        `${who}はストレージが残りわずかです。` +
        (issue.freePercent !== undefined ? `空きは${issue.freePercent}パーセントです。` : '') +
        (issue.alarms.length > 0 ? `アラーム${list(issue.alarms)}が発報しています。` : '')
      );
    case 'alarms':
      return `${who}では、アラームが${counted(issue.alarms.length, '件')}発報しています。${list(issue.alarms)}です。`;
    case 'restarted': {
      const when = issue.at ? `${span(now - issue.at.getTime())}前に` : '過去1時間以内に';
      return `${who}は${when}${issue.what === 'failover' ? 'フェイルオーバーしました' : '再起動しました'}。`;
    }
    case 'maintenance': {
      const action = ACTIONS[issue.action] ?? issue.action.replace(/-/g, ' ');
      const due = issue.due ? `期限は${dueIn(issue.due.getTime() - now)}です。` : '';
      return `${who}では、${issue.required ? '必須の' : ''}${action}が予定されています。${due}`;
    }
  }
}

/** The Japanese words of "is anything wrong?" across the fleet. */
export const fleetHealthJaJP: FleetHealthStrings = {
  cardTitle: 'フリートの状態',
  allClear: (count, what, where) =>
    count === 0
      ? `${where}には確認する${what.many}がありません。異常はありません。`
      : `${where}は異常ありません。${what.many}${counted(count, '台')}すべてについて、停止やダウンはなく、発報中のアラームも、過去1時間の再起動も、今週予定のメンテナンスもありません。`,
  nothingFound: (count, what, where) =>
    `${where}の${what.many}${counted(count, '台')}に問題は見つかりませんでしたが、すべてを確認することはできませんでした。`,
  intro: (issues, where) => `${where}で、対応が必要なことが${counted(issues, '件')}あります。`,
  issue: issueSentence,
  more: (count) => `ほかの${counted(count, '件')}はカードにあります。`,
  alarmsFiring: (total, where, byInstance) =>
    `${where}で、アラームが${counted(total, '件')}発報しています。` +
    byInstance.map((entry) => `${entry.instance}では${list(entry.alarms)}。`).join(''),
  noAlarms: (what, where, complete) =>
    complete
      ? `${where}の${what.many}で発報中のアラームはありません。`
      : `読み取れた範囲では、${where}の${what.many}で発報中のアラームはありません。`,
  alarmsCardTitle: '発報中のアラーム',
  instanceIn: (instance, region) => `${region}の${instance}`,
  inState: (state, what, where, items) => {
    const words = STATE_WORDS[state];
    return items.length === 0
      ? `${where}には${words}の${what.many}はありません。`
      : `${where}で${words}の${what.many}は${counted(items.length, '台')}です。${list(items)}です。`;
  },
  withStatus: (item, status) => `${item}は${statusWords(status)}`,
  stateCardTitle: '状態別のインスタンス',
  unread: (checks) => {
    const parts = checks.map((c) =>
      c.reason === 'tooMany'
        ? `${c.regionName}の過去1時間のイベントすべて`
        : `${c.regionName}の${CHECKS[c.check]}`,
    );
    return `${list(parts)}を読み取れなかったため、ほかにも問題があるかもしれません。`;
  },
  busiest: ({ metric, concern, minutes, what, where, items }) => {
    const window = `過去${counted(minutes, '分')}間`;
    const extreme = concern === 'low' ? '低い' : '高い';
    return items.length === 1
      ? `${where}で、${window}の${metric}が最も${extreme}${what.one}は${items[0]}です。`
      : `${where}で、${window}の${metric}が${extreme}${what.many}の上位${counted(items.length, '台')}は、${list(items)}です。`;
  },
  busiestItem: (instance, value) => `${instance}で${value}`,
  freeOfAllocated: (value, percent) => `${value}（空き${percent}）`,
  busiestWithoutAllocation: (count, afterOthers) =>
    afterOthers
      ? `Auroraのインスタンス${counted(count, '台')}には割り当てストレージがないため、ほかのインスタンスの後に、ローカルストレージの空き容量（ギガバイト）で並べています。`
      : 'Auroraのインスタンスには割り当てストレージがないため、ローカルストレージの空き容量（ギガバイト）で並べています。',
  busiestNoData: (metric, minutes, what, where) =>
    `CloudWatchには、${where}の${what.many}について、過去${counted(minutes, '分')}間の${metric}のデータがありません。`,
  busiestWithoutData: (count) =>
    `データのないインスタンス${counted(count, '台')}は、ランキングに入れていません。`,
  metricsUnread: (regions) =>
    `${list(regions)}のメトリクスを読み取れなかったため、ランキングから外れています。`,
  busiestCardTitle: '負荷の高いインスタンス',
  maintenanceIntro: (count, where) => `${where}では、メンテナンスが${counted(count, '件')}保留中です。`,
  noMaintenance: (what, where, complete) =>
    complete
      ? `${where}の${what.many}に、保留中のメンテナンスはありません。`
      : `${where}の${what.many}に、読み取れた範囲では保留中のメンテナンスはありません。`,
  maintenanceCardTitle: '保留中のメンテナンス',
};
