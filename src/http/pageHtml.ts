import type { PageBundle } from './pageBundle.ts';
import type { VendorAssets } from './vendorAssets.ts';

/** How `/` is sent: what the server knows before the page's scripts run. */
interface PageHtmlOptions {
  /** The page's modules and styles in one file each; absent: the sources, one file each. */
  readonly bundle?: PageBundle;
  /** Tokens are configured and the request holds no session: the sign-in form is the first paint. */
  readonly signedOut: boolean;
}

const STYLESHEET = /[ \t]*<link rel="stylesheet" href="\/assets\/(css\/[\w-]+\.css)" \/>\n/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" href="[^"]+" \/>\n/g;
const APP_SCRIPT = '<script type="module" src="/assets/app.js"></script>';

/** The stylesheets of the page's own (`css/base.css`, …), in the order `html` links them. */
export function pageStylesheets(html: string): string[] {
  return [...html.matchAll(STYLESHEET)].map((m) => m[1]!);
}

/**
 * The page (`web/index.html`) as sent:
 * - its links to the vendored files pointed at their versioned URLs, which caches keep for a year;
 * - with a bundle, its own styles inline (no request stands before the first paint) and its
 *   modules one script instead of 40-odd;
 * - signed out, the sign-in form shown and the rest hidden as the page's script would, so the form
 *   is painted with the HTML.
 * The chart library is not asked for here: the page runs it only when its chart is first used
 * (web/js/chartView.js) and fetches it once it has painted what it shows.
 */
export function renderPageHtml(html: string, assets: VendorAssets, options: PageHtmlOptions): string {
  let page = html.replace(/\/assets\/vendor\/([\w.-]+)/g, (link: string, name: string) =>
    assets.file(name)?.versioned ? `${assets.versionedPrefix}${name}` : link,
  );
  const { bundle } = options;
  if (bundle) {
    let inlined = false;
    page = page.replace(STYLESHEET, () => {
      if (inlined) return '';
      inlined = true;
      return `    <style>${bundle.styles}</style>\n`;
    });
    const preload = bundle.preload.map((url) => `\n    <link rel="modulepreload" href="${url}" />`).join('');
    page = page
      .replace(MODULE_PRELOAD, '')
      .replace(APP_SCRIPT, `<script type="module" src="${bundle.entry}"></script>${preload}`);
  }
  if (options.signedOut)
    page = page
      .replace('<body>', '<body data-auth="signed-out">')
      .replace('<main id="sign-in-view" class="sign-in-view" hidden>', '<main id="sign-in-view" class="sign-in-view">');
  return page;
}
