import { ValidationError } from '../../core/errors.ts';
import { plainText, type ExtractedText } from './plainText.ts';

/** Elements that start and end a block of text: each becomes a paragraph of its own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);
/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'head',
  'button',
]);
/** The page's furniture, left out even where Readability keeps it (it keeps everything of a short page). */
const FURNITURE = new Set(['nav', 'footer', 'aside', 'form']);
/** Pages with more elements than this are not given to Readability (its search is quadratic in places). */
const MAX_ELEMENTS = 20_000;

/** A DOM node as far as this module reads it (linkedom's nodes have no shipped types). */
interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** The document as far as this module reads it. */
interface DomDocument {
  readonly title: string | null;
  readonly body: DomNode | null;
  querySelectorAll(selector: string): { readonly length: number };
}

type ParseHtml = (html: string) => unknown;

/** A DOM for `html` (a fragment is put in a page's body first). */
const asDocument = (parseHTML: ParseHtml, html: string): DomDocument =>
  (
    parseHTML(
      /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
    ) as unknown as { document: DomDocument }
  ).document;

/**
 * The article of an HTML page as text: its body as `@mozilla/readability` finds it (run on a
 * `linkedom` DOM, no script ever runs), preceded by its headline and byline when the body does not
 * already start with them. Paragraphs, headings, list items, table rows and block quotes become
 * paragraphs (a blank line between them); `<br>` a line break inside one. Whitespace is collapsed as
 * a browser would; navigation, footers, asides and forms are left out. When Readability finds no
 * article (or the page has more than 20,000 elements, too many for it), the text of the whole page is kept,
 * and a warning says so. Both libraries are loaded at the first page read, not with the program.
 */
export async function htmlText(html: string, field: string): Promise<ExtractedText> {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const warnings: string[] = [];
  const document = asDocument(parseHTML, html);
  const skipped = new Set([...HIDDEN, ...FURNITURE]);
  let article: { title?: string | null; byline?: string | null; content?: string | null } | null = null;
  // Readability's own bound counts getElementsByTagName('*'), which linkedom answers with 0.
  if (document.querySelectorAll('*').length <= MAX_ELEMENTS) {
    try {
      article = new Readability(asDocument(parseHTML, html) as never).parse();
    } catch {
      article = null;
    }
  }
  let blocks = article?.content ? blocksOf(asDocument(parseHTML, article.content).body, skipped) : [];
  if (blocks.length === 0) {
    blocks = blocksOf(document.body, skipped);
    if (blocks.length > 0)
      warnings.push('no article body was found in the page, so the text of the whole page is kept');
  }
  if (blocks.length === 0) throw ValidationError.at(field, 'has no text: the page shows no words a reader could quote');
  const title = (article?.title ?? '').trim() || (document.title ?? '').trim();
  const lead = [title, (article?.byline ?? '').trim()].filter((t) => t !== '' && !blocks.slice(0, 3).includes(t));
  const { text, warnings: more } = plainText([...lead, ...blocks].join('\n\n'), field);
  return { text, ...(title ? { title } : {}), warnings: [...warnings, ...more] };
}

/** The blocks of text under `root`, in document order, each with its whitespace collapsed. */
function blocksOf(root: DomNode | null, skipped: ReadonlySet<string>): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current
      .replace(/[ \t\r\f]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (block !== '') blocks.push(block);
    current = '';
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      current += pre ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.localName ?? '';
    if (skipped.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === 'td' || name === 'th') current += ' ';
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'pre');
    if (block) flush();
  };
  if (root) walk(root, false);
  flush();
  return blocks;
}
