import { TaskOptInTag } from '../../../../contract/TaskOptInTag.js';
import type { TaskRefusal } from '../../../domain/tasks/errors.js';
import type { TaskKind } from '../../../domain/tasks/TaskKind.js';
import type { TaskStrings, TaskWords } from '../../SpeechStrings.js';
import { counted, statusWords } from './common.js';

function minutes(ms: number): string {
  return counted(Math.max(1, Math.ceil(ms / 60_000)), '分');
}

const NOUNS: Record<TaskKind, string> = { reboot: '再起動', failover: 'フェイルオーバー' };

/** The opt-in tag as written: the README gives the same spelling. */
const OPT_IN_TAG = `${TaskOptInTag.key}=${TaskOptInTag.value}`;

/** 「オレゴンのreporting」, or its cluster. */
function subjectOf({ action, name, region }: TaskWords): string {
  return action === 'clusterFailover' ? `${region}の${name}のクラスター` : `${region}の${name}`;
}

/** The Japanese words of reboots, failovers, MFA, notifications and the allow-list. */
export const tasksJaJP: TaskStrings = {
  confirm: ({ action, name, region, target }: TaskWords) => {
    if (action === 'reboot') return `${region}の${name}を再起動しますか？データベースが再起動します。`;
    if (action === 'multiAzFailover')
      return `${region}の${name}をスタンバイにフェイルオーバーしますか？データベースがもう一方のアベイラビリティーゾーンで再起動します。`;
    return `${region}の${name}のクラスターを${target ?? 'リーダー'}にフェイルオーバーしますか？ライターが切り替わり、接続が一瞬切れます。`;
  },
  done: ({ action, name, region, target }: TaskWords) => {
    if (action === 'reboot') return `${region}の${name}を再起動しています。数分で利用できるようになります。`;
    if (action === 'multiAzFailover')
      return `${region}の${name}をスタンバイにフェイルオーバーしています。数分で利用できるようになります。`;
    return `${region}の${name}のクラスターを${target ?? 'リーダー'}にフェイルオーバーしています。1、2分で新しいライターに切り替わります。`;
  },
  /** The reply was lost: never 「何も変更していません」, the call may have been applied. */
  unknownOutcome: (task: TaskWords, statusNow: string | undefined) => {
    const noun = task.action === 'reboot' ? '再起動' : 'フェイルオーバー';
    const subject = subjectOf(task);
    if (statusNow === undefined)
      return `${noun}を確認できず、${subject}の状態も読み取れなかったため、${noun}が始まっている可能性があります。1分ほどしてから、もう一度聞いて確認してください。`;
    if (statusNow === 'available')
      return `${noun}を確認できませんでした。${subject}はまだ利用可能なので、${noun}は始まっていないかもしれません。1分ほどしてから、もう一度聞いて確認してください。`;
    return `${noun}を確認できませんでした。${subject}は今、${statusWords(statusNow)}です。`;
  },
  cancelled: (kind: TaskKind, name: string, region: string) =>
    `わかりました。${region}の${name}を${NOUNS[kind]}しません。何も変更していません。`,
  askCode: 'MFAデバイスに表示されている6桁のコードを教えてください。',
  codeHelp:
    '続けるには、MFAデバイスのコードが必要です。認証アプリに今表示されている6桁の数字を言ってください。やめる場合は「キャンセル」と言ってください。',
  confirmHelp:
    'まだ何も変更していません。やめる場合は「いいえ」と言ってください。「はい」と言うと、コードは保存しないため、MFAデバイスのコードをもう一度お聞きしてから、最後にもう一度確認します。',
  codeNotHeard:
    'まだ何も変更していません。続けるには、MFAデバイスに表示されている6桁のコードが必要です。コードがない場合は「キャンセル」と言ってください。ある場合は、今表示されている6桁の数字を言ってください。',
  codeMalformed: '6桁のコードには聞こえませんでした。MFAデバイスのコードを教えてください。',
  codeReused:
    'そのコードはすでに使われています。コードは一度しか使えません。デバイスに次のコードが表示されたら、そのコードを教えてください。',
  codeRejected: (triesLeft: number) =>
    `そのコードは受け付けられませんでした。あと${counted(triesLeft, '回')}試せます。デバイスに次のコードが表示されたら、そのコードを教えてください。`,
  lockedOut: (lockMs: number) =>
    `そのコードも受け付けられませんでした。コードが3回拒否されたため、再起動とフェイルオーバーを${minutes(lockMs)}間ロックします。`,
  locked: (remainingMs: number) =>
    `MFAコードが3回拒否されたため、再起動とフェイルオーバーはあと${minutes(remainingMs)}ロックされています。何も変更していません。`,
  busy: '今ほかのMFAコードを確認しているため、このコードは確認しませんでした。デバイスに次のコードが表示されたら、もう一度お試しください。何も変更していません。',
  mfaNotConfigured:
    'MFAユーザーが設定されていないため、MFAコードを確認できません。管理者に設定を依頼してください。何も変更していません。',
  notAuthorised: 'すみません、データベースフリートを使う権限がありません。管理者に追加を依頼してください。',
  refused: (reason: TaskRefusal, kind: TaskKind, name: string, region: string, detail?: string) => {
    switch (reason) {
      case 'notAvailable':
        return `${region}の${name}は${statusWords(detail ?? 'unavailable')}で、利用可能な状態ではないため、今は${NOUNS[kind]}できません。何も変更していません。`;
      case 'notMultiAz':
        return `${region}の${name}はシングルAZのインスタンスです。フェイルオーバーにはマルチAZ構成かAuroraクラスターが必要です。代わりに再起動はできます。`;
      case 'notOptedIn':
        return `${region}の${name}は${NOUNS[kind]}が許可されていません。オペレーターがタグ${OPT_IN_TAG}を付けると許可されます。何も変更していません。`;
      case 'clusterNotOptedIn':
        return `${region}の${name}のクラスターはフェイルオーバーが許可されていません。オペレーターがタグ${OPT_IN_TAG}を付けると許可されます。何も変更していません。`;
      case 'clusterBusy':
        return `${region}の${name}のクラスターは${statusWords(detail ?? 'busy')}で、利用可能な状態ではないため、今はフェイルオーバーできません。何も変更していません。`;
      case 'noReader':
        return `${region}の${name}のクラスターには、フェイルオーバー先のリーダーがありません。何も変更していません。`;
      case 'targetNotReader':
        return `${detail ?? 'そのインスタンス'}は${region}の${name}のクラスターのリーダーではないため、そこにはフェイルオーバーできません。何も変更していません。`;
      case 'rdsRefused':
        return `RDSが${region}の${name}の${NOUNS[kind]}を拒否しました。今はそれができる状態ではありません。何も変更していません。`;
    }
  },
  notifications: {
    ask: '通知をオンにしますか、オフにしますか？',
    on: '通知をオンにしました。質問への回答をすべてメールでお送りし、再起動とフェイルオーバーの記録もお送りします。',
    onWithoutTopic:
      '通知をオンにしましたが、このスキルにはメールの送信先トピックが設定されていないため、管理者が追加するまでは何も送信されません。',
    off: '通知をオフにしました。これからは回答をメールでお送りしません。',
    statusOn: '通知はオンです。質問への回答をすべてメールでお送りしています。',
    statusOff: '通知はオフです。回答をメールで受け取るには、「通知をオンにして」と言ってください。',
  },
  cards: {
    task: (kind: TaskKind, name: string) => `${name}：${NOUNS[kind]}`,
    notifications: '通知',
  },
};
