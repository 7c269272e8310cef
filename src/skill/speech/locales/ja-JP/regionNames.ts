import { regionSpokenName } from '../../../domain/fleet/regions.js';

/**
 * Region names as Japanese say them (the AWS console's Japanese names, shortened the way people talk). The
 * ja-JP model template lists the same names first under `regions:` (a test keeps the two together).
 */
export const REGION_NAMES_JA: Readonly<Record<string, string>> = {
  'us-east-1': '北バージニア',
  'us-east-2': 'オハイオ',
  'us-west-1': '北カリフォルニア',
  'us-west-2': 'オレゴン',
  'af-south-1': 'ケープタウン',
  'ap-east-1': '香港',
  'ap-east-2': '台北',
  'ap-south-1': 'ムンバイ',
  'ap-south-2': 'ハイデラバード',
  'ap-southeast-1': 'シンガポール',
  'ap-southeast-2': 'シドニー',
  'ap-southeast-3': 'ジャカルタ',
  'ap-southeast-4': 'メルボルン',
  'ap-southeast-5': 'マレーシア',
  'ap-southeast-6': 'ニュージーランド',
  'ap-southeast-7': 'タイ',
  'ap-northeast-1': '東京',
  'ap-northeast-2': 'ソウル',
  'ap-northeast-3': '大阪',
  'ca-central-1': 'カナダ中部',
  'ca-west-1': 'カルガリー',
  'eu-central-1': 'フランクフルト',
  'eu-central-2': 'チューリッヒ',
  'eu-west-1': 'アイルランド',
  'eu-west-2': 'ロンドン',
  'eu-west-3': 'パリ',
  'eu-south-1': 'ミラノ',
  'eu-south-2': 'スペイン',
  'eu-north-1': 'ストックホルム',
  'il-central-1': 'テルアビブ',
  'me-south-1': 'バーレーン',
  'me-central-1': 'アラブ首長国連邦',
  'mx-central-1': 'メキシコ',
  'sa-east-1': 'サンパウロ',
};

/** A Region code in Japanese; a Region added to AWS after this table is named as regions.ts names it. */
export function regionNameJa(code: string): string {
  return REGION_NAMES_JA[code] ?? regionSpokenName(code);
}
