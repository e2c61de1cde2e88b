/** Removes any of `chars` from both ends of `text` (a linear-time stand-in for /^[…]+|[…]+$/g). */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text.charAt(start))) start++;
  while (end > start && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Removes any of `chars` from the end of `text`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

export const WHITESPACE = ' \t\n\r\f\v\u00A0';
