import { expect } from 'chai';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';
import { statusLinesIn, untilClosed } from '../support/rawSocket.ts';

/** A chunked body whose second chunk-size line is not hexadecimal: the connection's framing is lost there. */
const MALFORMED_CHUNKS = '5\r\nhello\r\nZZZ\r\n';

describe('HTTP framing', () => {
  let f: HttpFixture;
  before(async () => {
    f = await startTestServer({ demo: false });
  });
  after(async () => f.close());

  for (const [path, status] of [
    ['/api/nothing', '404 Not Found'],
    ['/nothing', '404 Not Found'],
    ['/api/timelines', '405 Method Not Allowed'],
  ] as const) {
    it(`answers a malformed chunked body sent to ${path} once: the routed ${status.slice(0, 3)}, then the close, never a second, unasked-for 400`, async () => {
      const text = await untilClosed(
        f.url,
        `POST ${path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n${MALFORMED_CHUNKS}`,
      );
      expect(statusLinesIn(text)).to.deep.equal([`HTTP/1.1 ${status}`]);
    });
  }

  it('answers a malformed chunked body sent with GET /favicon.ico once: the icon, written before the body is read, then the close', async () => {
    const text = await untilClosed(
      f.url,
      `GET /favicon.ico HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${MALFORMED_CHUNKS}`,
    );
    expect(statusLinesIn(text)).to.deep.equal(['HTTP/1.1 200 OK']);
  });

  for (const path of ['/', '/assets/js/app.js']) {
    it(`answers a malformed chunked body sent with GET ${path} once, whichever comes first: the file or the 400`, async () => {
      const text = await untilClosed(
        f.url,
        `GET ${path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${MALFORMED_CHUNKS}`,
      );
      expect(statusLinesIn(text)).to.have.length(1);
    });
  }

  it('never writes a problem document into a live-feed stream whose request body turns out malformed', async () => {
    const text = await untilClosed(
      f.url,
      `GET /api/updates HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${MALFORMED_CHUNKS}`,
    );
    expect(statusLinesIn(text)).to.deep.equal(['HTTP/1.1 200 OK']);
    expect(text).to.include('text/event-stream');
    expect(text).not.to.include('problem+json');
  });

  it('still answers a request head it cannot parse with a 400 problem, when nothing was answered on the connection yet', async () => {
    const text = await untilClosed(f.url, 'GET /api/timelines HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(statusLinesIn(text)).to.deep.equal(['HTTP/1.1 400 Bad Request']);
    expect(text).to.include('application/problem+json');
  });

  it('answers a malformed head that follows a finished exchange on a kept-alive connection with its own 400', async () => {
    const text = await untilClosed(f.url, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n', {
      then: 'GET /api/timelines HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
    });
    expect(statusLinesIn(text)).to.deep.equal(['HTTP/1.1 200 OK', 'HTTP/1.1 400 Bad Request']);
  });
});
