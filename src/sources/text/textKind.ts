import { extname } from 'node:path';
import { ValidationError } from '../../core/errors.ts';

/** The kinds of document a source's text is read from. */
export const TEXT_KINDS = ['txt', 'md', 'html', 'pdf'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

const BY_EXTENSION: Readonly<Record<string, TextKind>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

/**
 * The kind of a file, by its extension (case ignored); any other file is refused at `field`.
 *
 * @example
 * textKindOfFile('article.HTM') //=> 'html'
 */
export function textKindOfFile(file: string, field = 'file'): TextKind {
  const ext = extname(file).toLowerCase();
  const kind = BY_EXTENSION[ext];
  if (kind) return kind;
  throw ValidationError.at(
    field,
    `${ext ? `${ext} is not a kind of file` : `${JSON.stringify(file)} has no extension, so it is not a file`} Chronicle reads text from; give a ${Object.keys(
      BY_EXTENSION,
    ).join(', ')} file`,
  );
}
