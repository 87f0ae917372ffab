/**
 * User text made safe to print or store as plain text: line breaks become `\n`, and the control
 * characters that no text format needs — C0 but tab and newline, DEL, and C1 (U+0080–U+009F) —
 * are removed. On a terminal these would move the cursor, change colours or retitle the window
 * (ESC, CSI); in a spreadsheet or a Markdown renderer they are invisible or break lines.
 *
 * @example
 * stripControlCharacters('a\u001b[31mred\r\nb\u0000') //=> 'a[31mred\nb'
 */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
