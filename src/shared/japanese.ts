// Telling Japanese text from Latin text by its script, for the search page and the pages that feed its index.

/** A character of Japanese writing: kana, kanji, the prolonged sound mark and Japanese punctuation. */
export const JAPANESE_CHAR =
  /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}\u3000-\u303F\u30FB\u30FC\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;

/**
 * Whether a text contains Japanese writing (one character is enough: a Japanese title may quote Latin names).
 * @example hasJapanese('ゼレンスキー氏、NATOに言及') // true
 * @example hasJapanese('Zelensky speaks to NATO') // false
 */
export const hasJapanese = (text: string): boolean => JAPANESE_CHAR.test(text);
