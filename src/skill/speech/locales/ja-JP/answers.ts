import type { TaskKind } from '../../../domain/tasks/TaskKind.js';
import type { AnswerStrings } from '../../AnswerStrings.js';
import { either } from './common.js';

const VERBS: Record<TaskKind, string> = { reboot: '再起動', failover: 'フェイルオーバー' };

/** The Japanese words for yes and no said to the skill's own questions. */
export const answersJaJP: AnswerStrings = {
  // Two choices are どちら, more are どれ: 「ペイロールとペイロールデブのどちらですか？」.
  whichOne: (names) =>
    names.length === 2 ? `${names[0]}と${names[1]}のどちらですか？` : `${either(names)}のどれですか？`,
  suggestionDeclined: (slotName) => `わかりました。どの${slotName}のことですか？一覧を聞くこともできます。`,
  taskDropped: (kind, name) =>
    `わかりました。${name ? `${name}を` : ''}${VERBS[kind]}しません。何も変更していません。ほかに何を調べますか？`,
  questionDropped: 'わかりました。ほかに何を調べますか？',
  needsValue: '「はい」ではなく、質問への答えを教えてください。',
  nothingToConfirm:
    'すみません、今は「はい」をお待ちしていませんでした。インスタンスやメトリクス、アラームについて聞くか、「ヘルプ」と言ってください。',
  nothingToDecline: 'わかりました。何も変更していません。ほかに何を調べますか？',
};
