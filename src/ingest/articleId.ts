import { hashString } from '../text/hashString.js';

/**
 * The id of an article: the one given, or the outlet's name as a slug followed by a hash of the text, so that the
 * same input always gets the same id and a report can be joined back to the texts it came from.
 */
export function articleId(input: { id?: string | undefined; outlet: string; text: string }): string {
  if (input.id !== undefined) return input.id;
  const slug =
    input.outlet
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'article';
  return `${slug}-${hashString(input.text)}`;
}
