/**
 * What Alexa's own training maps to the standard built-in intents, beyond any samples the model adds.
 * Only intents the model declares are used. "exit" is not here: on a device it ends the session with a
 * SessionEndedRequest instead (see exitPhrases).
 */
export const builtInIntentPhrases: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': [
    'help',
    'help me',
    'i need help',
    'what can i say',
    'what are my options',
    'how do i use this',
  ],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it', 'abort'],
  'AMAZON.StopIntent': ['stop', 'stop it', 'shut up', 'be quiet', 'enough', "that's all", 'goodbye', 'bye'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'correct', "that's right"],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to home', 'go back home', 'main menu'],
};

/**
 * The same for a Japanese model (ja-JP): what Alexa's Japanese training maps to the built-ins. Written
 * without spaces; the matcher aligns Japanese by character, so spacing does not matter.
 */
export const builtInIntentPhrasesJa: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': [
    'ヘルプ',
    '助けて',
    '使い方を教えて',
    '何ができるの',
    '何て言えばいいの',
    'どう使うの',
  ],
  'AMAZON.CancelIntent': ['キャンセル', 'キャンセルして', 'やめて', 'やっぱりいい', '取り消して', '取り消し'],
  'AMAZON.StopIntent': ['ストップ', '止めて', '止まって', 'もういい', 'さようなら', 'バイバイ', 'おしまい'],
  'AMAZON.YesIntent': ['はい', 'うん', 'そう', 'そうです', 'お願いします', 'いいよ', 'オッケー'],
  'AMAZON.NoIntent': ['いいえ', 'いや', 'ううん', '違う', '違います', 'いらない', '結構です'],
  'AMAZON.NavigateHomeIntent': ['ホーム', 'ホームに戻って', 'ホーム画面', 'メインメニュー'],
};
