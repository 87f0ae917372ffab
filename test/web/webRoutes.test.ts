import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

/** Every file of the page, as path → text. */
function pageFiles(dir = WEB): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [p, t] of pageFiles(path)) files.set(p, t);
    else files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}

describe('The web routes', () => {
  let f: HttpFixture;
  before(async () => {
    f = await startTestServer({ demo: false });
  });
  after(async () => {
    await f?.close();
  });

  it('serve the page at / with a policy that keeps every load on this origin', async () => {
    const res = await f.request('GET', '/');

    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/html/);
    expect(res.headers.get('content-security-policy'))
      .to.include("default-src 'self'")
      .and.include("script-src 'self'")
      .and.include("connect-src 'self'");
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.text).to.include('<script type="module" src="/assets/app.js">');
  });

  it('serve the page’s scripts and styles, and the timeline library straight from its npm package', async () => {
    for (const [path, type] of [
      ['/assets/app.js', /javascript/],
      ['/assets/js/chart.js', /javascript/],
      ['/assets/css/base.css', /css/],
      ['/assets/css/panel.css', /css/],
      ['/assets/vendor/vis-timeline-graph2d.min.js', /javascript/],
      ['/assets/vendor/vis-timeline-graph2d.min.css', /css/],
    ] as const) {
      const res = await f.request('GET', path);
      expect(res.status, path).to.equal(200);
      expect(res.headers.get('content-type'), path).to.match(type);
    }
    const vendor = await f.request('GET', '/assets/vendor/vis-timeline-graph2d.min.js');
    expect(vendor.text).to.include('vis-timeline and vis-graph2d');
  });

  it('serve htm and Preact in one ES module from htm’s package, for the edit forms', async () => {
    const res = await f.request('GET', '/assets/vendor/htm-preact.js');

    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/javascript/);
    expect(res.text).to.match(/export\s*\{[^}]*\bas html\b/);
  });

  it('answer an unknown asset with a problem document, and serve nothing outside web/', async () => {
    for (const path of [
      '/assets/nope.js',
      '/assets/vendor/package.json',
      '/assets/../package.json',
      '/assets/%2e%2e/package.json',
    ]) {
      const res = await f.request('GET', path);
      expect(res.status, path).to.equal(404);
      expect(res.text, path).not.to.include('"dependencies"');
    }
  });

  it('leave the API as it was', async () => {
    expect((await f.request('GET', '/api/timelines')).status).to.equal(200);
    expect((await f.request('GET', '/api/nothing')).json.status).to.equal(404);
  });

  it('are built of files that name no other host and never write API text as markup', () => {
    for (const [path, text] of pageFiles()) {
      expect(text, path).not.to.match(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
      expect(text, path).not.to.match(/@import\s+url\(\s*["']?(https?:)?\/\//i);
      expect(text, path).not.to.match(/\bfrom\s+["']https?:/);
      expect(text, path).not.to.match(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
    }
  });
});
