import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import type { PageFile } from './pageAssets.ts';

/** Where the bundle's files are served; their names carry a hash of their content. */
export const BUNDLE_PREFIX = '/assets/bundle/';

/** The page's modules and styles as the server sends them when it could bundle them. */
export interface PageBundle {
  /** The URL of the entry module (`/assets/bundle/app-<hash>.js`). */
  readonly entry: string;
  /** The URLs of the chunks the entry imports statically, for `modulepreload`: asked for with it, not after it. */
  readonly preload: readonly string[];
  /** Every file of the bundle (the entry and the chunks loaded on demand) by name under `BUNDLE_PREFIX`. */
  readonly files: ReadonlyMap<string, PageFile>;
  /** The page's stylesheets, minified and joined in the order given, for a `<style>` element. */
  readonly styles: string;
}

const JS = 'text/javascript; charset=utf-8';
const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url').slice(0, 22);

/**
 * htm + Preact, which the modules import from `../vendor/htm-preact.js` (served from htm's package,
 * see vendorAssets.ts), is bundled from that package too, into the chunks of the edit forms.
 */
function vendorModules(): Plugin {
  const require = createRequire(import.meta.url);
  const htmPreact = join(dirname(require.resolve('htm')), '..', 'preact', 'standalone.module.js');
  return {
    name: 'chronicle-vendor',
    setup(build) {
      build.onResolve({ filter: /\/vendor\/htm-preact\.js$/ }, () => ({ path: htmPreact }));
    },
  };
}

/**
 * Bundles the page (`web/app.js` and every module it imports) into one ES module with esbuild,
 * minified, the modules it imports on demand (the edit forms, the capture desk) split into chunks
 * of their own; and minifies `stylesheets` (paths under `webDir`) into one. Over HTTP/1.1 on a slow
 * network each of the page's 40-odd modules, served one by one, is a round trip before the first paint: the bundle
 * is one. The sources in `web/` are served as they are besides, and the page works from them
 * when bundling fails.
 */
export async function bundlePage(webDir: string, stylesheets: readonly string[]): Promise<PageBundle> {
  const esbuild = await import('esbuild');
  const outdir = join(webDir, 'bundle');
  const result = await esbuild.build({
    entryPoints: [join(webDir, 'app.js')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    plugins: [vendorModules()],
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map<string, PageFile>();
  for (const out of result.outputFiles) {
    const bytes = Buffer.from(out.contents);
    files.set(basename(out.path), { type: JS, bytes, digest: digestOf(bytes) });
  }
  const [entryPath, entryOutput] =
    Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined) ?? [];
  if (!entryPath || !entryOutput) throw new Error('the page bundle has no entry module');
  const entry = basename(entryPath);
  const preload = entryOutput.imports
    .filter((i) => i.kind === 'import-statement')
    .map((i) => `${BUNDLE_PREFIX}${basename(i.path)}`);
  const sources = await Promise.all(stylesheets.map((path) => readFile(join(webDir, path), 'utf8')));
  const styles = await esbuild.transform(sources.join('\n'), { loader: 'css', minify: true, logLevel: 'silent' });
  return { entry: `${BUNDLE_PREFIX}${entry}`, preload, files, styles: styles.code.trim() };
}
