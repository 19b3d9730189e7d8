/**
 * Plain text as paragraphs: text from mail, PDF or a text editor separates paragraphs with a blank
 * line, and every line would otherwise become a paragraph with an empty one between each pair.
 * Runs of blank lines become one paragraph break; Windows line ends count as one.
 */
export function plainTextParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')
    .replace(/^\n+|\n+$/g, '');
}
