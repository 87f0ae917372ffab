import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { chromiumPath, launchBrowser } from '../support/browser.ts';

describe('the Chromium the browser tests drive', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
  const installed = join(dir, 'chromium');
  writeFileSync(installed, '');
  const absent = join(dir, 'no-such-chromium');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is the one CHROMIUM_PATH names, before the system one', async () => {
    expect(await chromiumPath({ env: { CHROMIUM_PATH: installed }, systemPath: '/usr/bin/true' })).to.equal(installed);
  });

  it('refuses a CHROMIUM_PATH that names no file, saying which', async () => {
    const chosen = chromiumPath({ env: { CHROMIUM_PATH: absent }, systemPath: installed });
    await chosen.then(
      () => expect.fail('expected an error'),
      (error: Error) => expect(error.message).to.equal(`CHROMIUM_PATH names no file: ${absent}`),
    );
  });

  it("is the system's where it is installed and CHROMIUM_PATH is not set", async () => {
    expect(await chromiumPath({ env: {}, systemPath: installed })).to.equal(installed);
  });

  it('falls back to the Chromium inside @sparticuz/chromium on a machine without one, and that one runs a page', async () => {
    const packaged = await chromiumPath({ env: {}, systemPath: absent });
    expect(packaged).to.not.equal(absent);
    const browser = await launchBrowser(packaged);
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="said">packaged</p>');
      expect(await page.textContent('#said')).to.equal('packaged');
    } finally {
      await browser.close();
    }
  });
});
