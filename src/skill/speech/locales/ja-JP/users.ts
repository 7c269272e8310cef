import { MasterSecretTag } from '../../../../contract/MasterSecretTag.js';
import { NO_MANAGED_USER, type UserNameProblem, type UserTaskRefusal } from '../../../domain/users/errors.js';
import type { DatabaseRole, UserAction, UserTaskResult } from '../../../domain/users/UserTask.js';
import type { UserStrings, UserWords } from '../../UserStrings.js';
import { counted, list, statusWords } from './common.js';

const ROLES: Record<string, string> = {
  readonly: '読み取り専用',
  readwrite: '読み書き',
  admin: '管理者',
  custom: 'カスタム',
  none: 'サーバーにはもうない',
};

const role = (id: string | undefined): string => ROLES[id ?? ''] ?? id ?? '不明';

/** User names are ASCII identifiers; said as they are, the underscore read out (「bob アンダースコア smith」). */
const spoken = (username: string | undefined): string =>
  username === undefined ? 'ユーザー' : username.replace(/_/g, ' アンダースコア ');

/** 「オレゴンのblogのblogデータベース」 */
const on = (w: UserWords) => `${w.region}の${w.name}の${w.database}データベース`;

const NOUNS: Record<UserAction, string> = {
  createUser: 'ユーザーの作成',
  resetPassword: 'パスワードのリセット',
  removeUser: 'ユーザーの削除',
  listUsers: 'ユーザーの一覧表示',
};

function minutes(ms: number): string {
  return counted(Math.max(1, Math.ceil(ms / 60_000)), '分');
}

/** A read (the list) changes nothing by nature: only a refused or failed change says so. */
const unchanged = (action: UserAction): string => (action === 'listUsers' ? '' : '何も変更していません。');

function secretOf(result: UserTaskResult): string {
  return result.action === 'listUsers' ? '' : result.secretName;
}

const roleOf = (id: DatabaseRole | undefined) => role(id);

/** The Japanese words of database users by voice (です/ます; counters: 人 for users). */
export const usersJaJP: UserStrings = {
  askUserName: (action) =>
    action === 'createUser'
      ? '新しいユーザーの名前を教えてください。'
      : action === 'resetPassword'
        ? 'どのユーザーのパスワードをリセットしますか？'
        : 'どのユーザーを削除しますか？',
  askRole: '読み取り専用、読み書き、管理者のどれにしますか？',
  nameRefused: (problem: UserNameProblem, heard: string) => {
    switch (problem) {
      case 'missing':
        return 'ユーザー名が聞き取れませんでした。何も変更していません。';
      case 'tooLong':
        return `${heard}はデータベースのユーザー名としては長すぎます。32文字までです。何も変更していません。`;
      case 'reserved':
        return `${heard}はデータベースかRDSが使う名前なので、使えません。何も変更していません。`;
      case 'invalid':
        return `${heard}はデータベースのユーザー名にできません。英字で始まる英数字で言ってください。何も変更していません。`;
    }
  },
  refused: (reason: UserTaskRefusal, action, name, region, detail) => {
    const cannot = `${region}の${name}では${NOUNS[action]}ができません`;
    switch (reason) {
      case 'engineUnsupported':
        return `${cannot}。ユーザー管理の対象はMySQL、MariaDB、PostgreSQLで、${name}は${detail ?? '別のエンジン'}です。${unchanged(action)}`;
      case 'noDatabase':
        return `${cannot}。権限を付けるデータベース名がありません。${unchanged(action)}`;
      case 'systemDatabase':
        return `${cannot}。データベース${detail ?? ''}はサーバー自身が使うものです。${unchanged(action)}`;
      case 'noMasterSecret':
        return `${cannot}。マスターシークレットがわかりません。運用担当者がタグ${MasterSecretTag.key}で指定できます。${unchanged(action)}`;
      case 'notAvailable':
        return `${cannot}。今は${statusWords(detail ?? 'unavailable')}で、利用可能ではありません。${unchanged(action)}`;
    }
  },
  confirm: (w) => {
    switch (w.action) {
      case 'createUser':
        return `${on(w)}に${roleOf(w.role)}のユーザー${spoken(w.username)}を作成しますか？`;
      case 'resetPassword':
        return `${on(w)}の${spoken(w.username)}のパスワードをリセットしますか？古いパスワードは使えなくなります。`;
      case 'removeUser':
        return `${on(w)}からユーザー${spoken(w.username)}を削除しますか？削除すると、シークレットの削除も予約されます。`;
      case 'listUsers':
        return `${on(w)}のユーザーを一覧表示しますか？`;
    }
  },
  cancelled: (action, name, region) =>
    `わかりました。${region}の${name}の${NOUNS[action]}はしません。何も変更していません。`,
  done: (w, result) => {
    if (result.action === 'listUsers') {
      if (result.users === undefined)
        return `${on(w)}のユーザーの一覧は終わりましたが、結果を受け取れませんでした。Systems ManagerのDbVoice-UserManagementの実行結果にあります。`;
      if (result.users.length === 0)
        return `${on(w)}には、データベースフリートが作成したユーザーはいません。`;
      const users = result.users.map((user) => `${spoken(user.username)}（${role(user.role)}）`);
      return `${on(w)}には、データベースフリートが作成したユーザーが${counted(result.users.length, '人')}います。${list(users)}です。`;
    }
    const secret = secretOf(result);
    switch (w.action) {
      case 'createUser':
        return `完了しました。${on(w)}に${roleOf(w.role)}のユーザー${spoken(w.username)}を作成しました。パスワードはシークレット${secret}にあります。`;
      case 'resetPassword':
        return `完了しました。${on(w)}の${spoken(w.username)}のパスワードをリセットしました。新しいパスワードはシークレット${secret}にあります。`;
      default:
        return `完了しました。${on(w)}から${spoken(w.username)}を削除し、シークレット${secret}の削除を予約しました。`;
    }
  },
  doneCard: (w, result) => {
    if (result.action === 'listUsers') {
      if (result.users === undefined) return `${on(w)}のユーザーの一覧は実行結果の出力にあります。`;
      if (result.users.length === 0) return `${on(w)}：データベースフリートが作成したユーザーはいません。`;
      return result.users
        .map((user) => `${user.username}（${role(user.role)}）：シークレット ${user.secretName}`)
        .join('\n');
    }
    return `${on(w)}のユーザー ${w.username ?? ''}\nシークレット：${secretOf(result)}`;
  },
  failed: (w, code) => {
    const user = spoken(w.username);
    const tail = unchanged(w.action);
    switch (code) {
      case 'UserAlreadyExists':
        return `${w.region}の${w.name}には${user}がすでにいます。${tail}`;
      case 'SecretAlreadyExists':
        return `${on(w)}の${user}のシークレットがすでにあるため、ユーザーは作成しませんでした。${tail}`;
      case 'UserNotFound':
        return `${on(w)}にユーザー${user}はいません。${tail}`;
      case NO_MANAGED_USER:
        return `${on(w)}に、データベースフリートが作成したユーザー${user}はいません。${tail}`;
      case 'NotManagedByDbvoice':
        return `${w.name}の${user}はデータベースフリートが作成したユーザーではないため、変更しません。${tail}`;
      case 'UserOwnsObjects':
        return `${user}は${on(w)}のテーブルなどを所有しているため、削除しませんでした。対象は実行結果に書かれています。${tail}`;
      case 'DatabaseNotFound':
        return `${w.region}の${w.name}に${w.database}データベースはありません。${tail}`;
      case 'DatabaseConnectionFailure':
      case 'MasterSecretInvalid':
        return `ユーザー管理が、マスターシークレットで${w.region}の${w.name}にログインできませんでした。${tail}`;
      case 'unknown':
        return `${w.region}の${w.name}のユーザー管理は成功しませんでした。詳しくはSystems Managerの実行結果を見てください。`;
      default:
        return `${w.region}の${w.name}のユーザー管理が${code}で失敗しました。詳しくはSystems Managerの実行結果を見てください。`;
    }
  },
  running: (w, mailed) => {
    const started = `${w.region}の${w.name}の${NOUNS[w.action]}を開始しました。まだ実行中です。`;
    return mailed
      ? `${started}終わったらメールでお知らせします。`
      : `${started}結果はSystems ManagerのDbVoice-UserManagementの実行結果で確認できます。`;
  },
  startedMail: (w) => {
    const secret = `rds-${w.database}-${w.username ?? ''}-secret`;
    const what =
      w.action === 'listUsers'
        ? `${on(w)}のユーザーの一覧。`
        : w.action === 'createUser'
          ? `${on(w)}に${roleOf(w.role)}のユーザー${w.username ?? ''}を作成。パスワードはシークレット${secret}に入ります。`
          : w.action === 'resetPassword'
            ? `${on(w)}の${w.username ?? ''}のパスワードをリセット。新しいパスワードはシークレット${secret}に入ります。`
            : `${on(w)}からユーザー${w.username ?? ''}を削除。`;
    return `${what}\nユーザー管理の実行を開始しましたが、Alexaが答えた時点ではまだ終わっていませんでした。終了はこのトピックにメールされます。`;
  },
  unknownOutcome: (w) =>
    `${w.region}の${w.name}で${NOUNS[w.action]}が始まったか確認できませんでした。もう一度は送っていません。1分ほどしてから、${w.name}のユーザーを聞いて、今どうなっているか確認してください。`,
  locked: (remainingMs) =>
    `MFAコードが3回拒否されたため、MFAが必要な操作はあと${minutes(remainingMs)}ロックされています。何も変更していません。`,
  lockedOut: (lockMs) =>
    `このコードも受け付けられませんでした。コードが3回拒否されたため、MFAが必要な操作は${minutes(lockMs)}ロックされます。`,
  cardTitle: (w) =>
    w.action === 'listUsers'
      ? `${w.name}：ユーザー`
      : `${w.name}：${w.username ?? 'ユーザー'}（${NOUNS[w.action]}）`,
  executionLabel: '実行ID',
};
