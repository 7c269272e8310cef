import type { WhoAmIStrings } from '../../WhoAmIStrings.js';

/** 「私のユーザーIDは」: IDはカードだけに、声では言いません。 */
export const whoAmIJaJP: WhoAmIStrings = {
  speech:
    'あなたのAlexaユーザーIDと、データベースフリートを使えるようにするコマンドを、Alexaアプリのカードに表示しました。',
  cardTitle: 'あなたのAlexa ID',
  card: ({ userId, personId, allowAccount, allowVoice }) =>
    [
      `AlexaユーザーID（このAmazonアカウント）：\n${userId}`,
      personId
        ? `パーソンID（認識されたあなたの声）：\n${personId}`
        : 'パーソンIDはありません。Alexaがあなたの声を認識しませんでした。',
      ...(allowVoice ? [`あなたの声だけを許可するには、管理者が次を実行します：\n${allowVoice}`] : []),
      `このAmazonアカウントの全員を許可するには、管理者が次を実行します：\n${allowAccount}`,
    ].join('\n\n'),
};
