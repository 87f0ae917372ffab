import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';

/** Where the page's own files live (`web/` at the project root). */
const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * The vendored browser library, served straight from its npm package (nothing copied into the
 * repository). The standalone UMD build bundles its dependencies and defines `window.vis`.
 */
function vendorFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const vis = dirname(require.resolve('vis-timeline/package.json'));
  const files: Record<string, string> = {};
  for (const name of ['vis-timeline-graph2d.min.js', 'vis-timeline-graph2d.min.js.map'])
    files[name] = join(vis, 'standalone', 'umd', name);
  for (const name of ['vis-timeline-graph2d.min.css', 'vis-timeline-graph2d.min.css.map'])
    files[name] = join(vis, 'styles', name);
  // Resolving through the package's export map fails loudly at start-up if the build moved.
  require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css');
  // htm + Preact in one ES module (the edit forms), from htm's package.
  files['htm-preact.js'] = join(dirname(require.resolve('htm')), '..', 'preact', 'standalone.module.js');
  return files;
}

/**
 * Nothing on the page may load from elsewhere: scripts, styles and connections stay on this
 * origin. Inline styles are allowed because the timeline library positions items with them.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function pageHeaders(res: Response): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
}

/** The timeline page at `/`, its scripts and styles under `/assets/`, the vendored library under `/assets/vendor/`. */
export function webRoutes(): Router {
  const router = express.Router();
  const vendor = vendorFiles();

  router.get('/', (_req: Request, res: Response) => {
    pageHeaders(res);
    res.sendFile(join(WEB_DIR, 'index.html'));
  });
  router.get('/assets/vendor/:file', (req: Request, res: Response, next) => {
    const file = vendor[String(req.params.file)];
    if (!file) {
      next();
      return;
    }
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=3600' });
    res.sendFile(file);
  });
  router.use(
    '/assets',
    express.static(WEB_DIR, {
      index: false,
      dotfiles: 'ignore',
      setHeaders: (res) => {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  return router;
}
