/**
 * Compares names the way people say them: case, spaces, hyphens, underscores and dots do not matter
 * ("HR Prod" = "hr-prod" = "hrprod"), and a trailing "instance"/"database"/"cluster" is dropped because
 * people say "the reporting instance".
 */
export function normaliseName(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/\b(the|instance|database|db|cluster|application|app)\b/g, ' ')
      .replace(/[\s._\-'’]+/g, '')
      // 「レポーティングインスタンス」: the Japanese nouns people put after a name.
      .replace(/(インスタンス|データベース|アプリケーション|アプリ)$/u, '')
      .trim()
  );
}
