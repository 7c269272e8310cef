import type { BuiltinStrings, FleetExample } from '../../SpeechStrings.js';

/** The Japanese words of launch, help, fallback, stop and the catch-all. */
const helpFor = ({ instance, region }: FleetExample) => ({
  speech: `データベースフリートについて質問できます。たとえば、「${region}にあるインスタンスの数」、「${instance}のCPU使用率」、「${instance}のアラーム」と聞いてみてください。「フリートの状況」、「一番忙しいインスタンス」、「予定されているメンテナンス」も聞けます。ほかにも、インスタンスへの接続確認、テーブルスペースの使用率、トップセッション、パラメータ、アラートログの確認、MFAコードを使った再起動とフェイルオーバー、データベースユーザーの管理、メール通知のオンとオフができます。何を調べますか？`,
  reprompt: 'データベースについて何を知りたいですか？',
});

export const builtinJaJP: BuiltinStrings = {
  skillName: 'データベースフリート',
  launch: {
    speech:
      'データベースフリートへようこそ。インスタンスやメトリクス、アラームについて質問したり、接続確認、トップセッション、テーブルスペースの使用率などのチェックを実行したりできます。詳しくは「ヘルプ」と言ってください。何を調べますか？',
    reprompt: 'たとえば、「フリートの状況を教えて」と言ってみてください。',
  },
  help: helpFor({ instance: 'レポーティング', region: 'オレゴン' }),
  helpFor,
  goodbye: 'さようなら。',
  fallback: {
    speech:
      'すみません、それはデータベースフリートではお手伝いできません。インスタンス、アプリケーション、メトリクス、アラーム、イベント、ログ、セッションについて聞くか、「ヘルプ」と言ってください。何を調べますか？',
    reprompt: '「フリートの状況を教えて」と言ってみてください。',
  },
  reprompt: 'ほかに何かありますか？',
  comingSoon: (feature: string) =>
    `${feature}は、このバージョンのデータベースフリートではまだ使えません。インスタンス、アプリケーション、プロパティ、メトリクス、アラーム、イベントについて聞くことができます。`,
  features: {},
};
