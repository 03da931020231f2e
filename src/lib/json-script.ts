/**
 * JSON for a data `<script>` element (`type="application/ld+json"` or `"application/json"`). `<` becomes
 * `\u003c`, still the same JSON string, so no text in it can end the element (`</script>`) or open a comment
 * (`<!--`). The browser never runs such an element, so a strict Content-Security-Policy does not block it.
 * @example jsonForScript({ headline: '</script>' }) // '{"headline":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
