import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { preferredCoding, VendorAssets, type ContentCoding } from '../../src/http/vendorAssets.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

const require = createRequire(import.meta.url);
const VIS_VERSION = (require('vis-timeline/package.json') as { version: string }).version;
/** The exact file served: the export map would resolve the `.min.js` path to the CommonJS build. */
const VIS_JS = readFileSync(
  join(require.resolve('vis-timeline/package.json'), '..', 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
);

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A request over node:http, which (unlike fetch) neither asks for nor undoes a Content-Encoding. */
function rawGet(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

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
    expect(res.text).to.match(/<script type="module" src="\/assets\/bundle\/app-[\w-]+\.js"><\/script>/);
  });

  it('send the page’s modules as one bundle, kept for a year under a name that changes with it, and its styles inline', async () => {
    const page = await f.request('GET', '/');
    const entry = /src="(\/assets\/bundle\/app-[\w-]+\.js)"/.exec(page.text)![1]!;
    expect(page.text, 'no module is fetched one by one').not.to.match(/"\/assets\/(app|js\/\w+)\.js"/);
    expect(page.text, 'no stylesheet stands before the first paint').not.to.match(/<link rel="stylesheet"/);
    expect(page.text).to.match(/<style>[^<]*\.app-header\{[^<]*<\/style>/);

    const bundle = await rawGet(`${f.url}${entry}`);
    expect(bundle.status).to.equal(200);
    expect(bundle.headers['content-type']).to.match(/javascript/);
    expect(bundle.headers['cache-control']).to.equal('public, max-age=31536000, immutable');
    const code = bundle.body.toString();
    expect(code, 'the live feed is in it').to.include('/api/updates');
    const statics = [...code.matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => m[1]!);
    for (const chunk of statics)
      expect(page.text, 'the chunks it imports are asked for with it').to.include(
        `<link rel="modulepreload" href="/assets/bundle/${chunk}" />`,
      );
    const onDemand = [...code.matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map((m) => m[1]!);
    expect(onDemand, 'the edit form and the capture desk load on demand').to.have.length(2);
    for (const chunk of onDemand) {
      const res = await f.request('GET', `/assets/bundle/${chunk}`);
      expect(res.status, chunk).to.equal(200);
      expect(res.text, 'htm and Preact bundled in, not fetched apart').not.to.include('htm-preact.js');
    }
    expect((await f.request('GET', '/assets/bundle/app-nope.js')).status).to.equal(404);
  });

  it('paint the sign-in form with the page when tokens are set and the request holds no session, and only then', async () => {
    const token = 'webroutes-reader-token-0123456789';
    const guarded = await startTestServer({ demo: false, tokens: `reader:rita:${token}` });
    try {
      const signedOut = await guarded.request('GET', '/');
      expect(signedOut.text).to.include('<body data-auth="signed-out">');
      expect(signedOut.text).to.include('<main id="sign-in-view" class="sign-in-view">');
      expect(signedOut.headers.get('vary')).to.include('Cookie');
      const known = await guarded.request('GET', '/', { headers: { Authorization: `Bearer ${token}` } });
      expect(known.text).to.include('<body>');
      expect(known.text).to.include('<main id="sign-in-view" class="sign-in-view" hidden>');
    } finally {
      await guarded.close();
    }
    const open = await f.request('GET', '/');
    expect(open.text, 'no tokens: the timeline').to.include('<main id="sign-in-view" class="sign-in-view" hidden>');
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

  for (const method of ['GET', 'HEAD']) {
    it(`answer ${method} of a vendor name that is an Object.prototype property with a 404 problem, not a 500`, async () => {
      for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
        for (const path of [`/assets/vendor/${name}`, `/assets/vendor/vis-timeline-${VIS_VERSION}/${name}`]) {
          const res = await rawGet(`${f.url}${path}`, {}, method);
          expect(res.status, `${method} ${path}`).to.equal(404);
          expect(res.headers['content-type'], `${method} ${path}`).to.match(/^application\/problem\+json/);
          expect(res.headers['cache-control'], `${method} ${path}`).to.equal(undefined);
          if (method === 'GET') expect(JSON.parse(res.body.toString()), path).to.include({ status: 404 });
        }
      }
    });
  }

  it('send the policy, frame-ancestors included, with every HTML response, also the page under /assets', async () => {
    for (const path of ['/', '/assets/index.html']) {
      const res = await f.request('GET', path);
      expect(res.status, path).to.equal(200);
      expect(res.headers.get('content-type'), path).to.match(/^text\/html/);
      expect(res.headers.get('content-security-policy'), path)
        .to.include("default-src 'self'")
        .and.include("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), path).to.equal('DENY');
    }
  });

  it('serve an icon at /favicon.ico: an ICO file with 16 and 32 pixel images', async () => {
    const res = await rawGet(`${f.url}/favicon.ico`);
    expect(res.status).to.equal(200);
    expect(res.headers['content-type']).to.equal('image/x-icon');
    const ico = res.body;
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).to.deep.equal([0, 1, 2]);
    for (const [i, size] of [16, 32].entries()) {
      const entry = 6 + 16 * i;
      expect([ico[entry], ico[entry + 1], ico.readUInt16LE(entry + 6)]).to.deep.equal([size, size, 32]);
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      expect(offset + length).to.be.at.most(ico.length);
      expect(ico.readInt32LE(offset + 4), 'the bitmap width').to.equal(size);
      // Not blank: some pixels are opaque and some transparent (the rounded corners).
      const alphas = new Set<number>();
      for (let p = 0; p < size * size; p++) alphas.add(ico[offset + 40 + p * 4 + 3]!);
      expect([...alphas].sort((a, b) => a - b)).to.deep.equal([0, 255]);
    }
  });

  describe('the vendored library', () => {
    const versioned = (name: string) => `/assets/vendor/vis-timeline-${VIS_VERSION}/${name}`;

    it('is linked from the page at URLs that name its version', async () => {
      const page = await f.request('GET', '/');
      expect(page.text).to.include(`data-library-script="${versioned('vis-timeline-graph2d.min.js')}"`);
      expect(page.text).to.include(`data-library-styles="${versioned('vis-timeline-graph2d.min.css')}"`);
      expect(page.text, 'not asked for before the chart is used').not.to.include('rel="preload"');
      expect(page.text).not.to.match(/"\/assets\/vendor\/vis-timeline-graph2d/);
    });

    it('is cached for a year as immutable at the versioned URL, and revalidated at the plain one', async () => {
      const immutable = await rawGet(`${f.url}${versioned('vis-timeline-graph2d.min.js')}`);
      expect(immutable.status).to.equal(200);
      expect(immutable.headers['cache-control']).to.equal('public, max-age=31536000, immutable');
      expect(immutable.body.equals(VIS_JS)).to.equal(true);
      const plain = await rawGet(`${f.url}/assets/vendor/vis-timeline-graph2d.min.js`);
      expect(plain.headers['cache-control']).to.equal('no-cache');
      expect(plain.headers.etag).to.equal(immutable.headers.etag);
      const again = await rawGet(`${f.url}/assets/vendor/vis-timeline-graph2d.min.js`, {
        'If-None-Match': String(plain.headers.etag),
      });
      expect(again.status).to.equal(304);
      expect(again.body.length).to.equal(0);
    });

    const codings: [string, ContentCoding | undefined, (b: Buffer) => Buffer][] = [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
      ['identity', undefined, (b) => b],
      ['', undefined, (b) => b],
    ];
    for (const [accept, coding, decode] of codings) {
      it(`answers Accept-Encoding "${accept}" with ${coding ?? 'the bytes as they are'}`, async () => {
        const res = await rawGet(`${f.url}${versioned('vis-timeline-graph2d.min.js')}`, { 'Accept-Encoding': accept });
        expect(res.status).to.equal(200);
        expect(res.headers['content-encoding']).to.equal(coding);
        expect(res.headers.vary).to.equal('Accept-Encoding');
        expect(res.headers['content-type']).to.match(/^text\/javascript/);
        expect(Number(res.headers['content-length'])).to.equal(res.body.length);
        if (coding) expect(res.body.length).to.be.below(VIS_JS.length / 3);
        expect(decode(res.body).equals(VIS_JS)).to.equal(true);
      });
    }

    it('gives each coding its own ETag, and answers a matching If-None-Match with 304', async () => {
      const url = `${f.url}${versioned('vis-timeline-graph2d.min.css')}`;
      const br = await rawGet(url, { 'Accept-Encoding': 'br' });
      const gzip = await rawGet(url, { 'Accept-Encoding': 'gzip' });
      const identity = await rawGet(url);
      expect(new Set([br.headers.etag, gzip.headers.etag, identity.headers.etag]).size).to.equal(3);
      const cached = await rawGet(url, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
      expect(cached.status).to.equal(304);
    });
  });

  it('keep the page’s own modules on a revalidating cache', async () => {
    const res = await rawGet(`${f.url}/assets/app.js`);
    expect(res.headers['cache-control']).to.equal('no-cache');
    expect(res.headers.etag).to.be.a('string');
    expect((await rawGet(`${f.url}/assets/app.js`, { 'If-None-Match': res.headers.etag! })).status).to.equal(304);
  });

  it('send the page and its own scripts and styles compressed when the client accepts it, each coding its own ETag', async () => {
    for (const [path, file] of [
      ['/assets/app.js', 'app.js'],
      ['/assets/js/chart.js', 'js/chart.js'],
      ['/assets/css/base.css', 'css/base.css'],
    ] as const) {
      const bytes = readFileSync(join(WEB, file));
      const br = await rawGet(`${f.url}${path}`, { 'Accept-Encoding': 'br, gzip' });
      expect(br.headers['content-encoding'], path).to.equal('br');
      expect(br.headers.vary).to.equal('Accept-Encoding');
      expect(brotliDecompressSync(br.body).equals(bytes), path).to.equal(true);
      const gz = await rawGet(`${f.url}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(gunzipSync(gz.body).equals(bytes), path).to.equal(true);
      const plain = await rawGet(`${f.url}${path}`);
      expect(plain.headers['content-encoding'], path).to.equal(undefined);
      expect(plain.body.equals(bytes), path).to.equal(true);
      expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).to.equal(3);
      expect(
        (await rawGet(`${f.url}${path}`, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! })).status,
      ).to.equal(304);
    }
    const page = await rawGet(`${f.url}/`, { 'Accept-Encoding': 'br' });
    expect(page.headers['content-encoding']).to.equal('br');
    expect(brotliDecompressSync(page.body).toString('utf8')).to.match(/^<!doctype html>/);
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

describe('VendorAssets', () => {
  it('compresses a file once per coding, however many requests ask at once, and keeps the bytes', async () => {
    const calls: string[] = [];
    const assets = new VendorAssets(async (bytes, coding) => {
      calls.push(coding);
      return Buffer.from(`${coding}:${bytes.length}`);
    });
    const file = assets.file('vis-timeline-graph2d.min.css')!;
    const first = await Promise.all([
      assets.encoded(file, 'br'),
      assets.encoded(file, 'br'),
      assets.encoded(file, 'gzip'),
    ]);
    const later = await assets.encoded(file, 'br');
    expect(calls.sort()).to.deep.equal(['br', 'gzip']);
    expect(later).to.equal(first[0]);
  });

  it('knows no file by the name of an Object.prototype property', () => {
    const assets = new VendorAssets();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(assets.file(name), name).to.equal(undefined);
  });
});

describe('preferredCoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and the wildcard', () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).to.equal('br');
    expect(preferredCoding('gzip;q=1, br;q=0.8')).to.equal('gzip');
    expect(preferredCoding('*')).to.equal('br');
    expect(preferredCoding('*;q=0.5, br;q=0')).to.equal('gzip');
    expect(preferredCoding('deflate')).to.equal('identity');
    expect(preferredCoding(undefined)).to.equal('identity');
  });
});
