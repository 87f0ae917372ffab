import { expect } from 'chai';
import { storeIdOf } from '../../src/commands/storeIdentity.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';
import { apiValidator } from '../support/openapiValidator.ts';

describe('timeline exports over HTTP', () => {
  let f: HttpFixture;
  before(async () => {
    f = await startTestServer();
  });
  after(async () => f.close());

  /** The body's bytes as sent (fetch's text() would drop a byte order mark), checked against the document. */
  const bytesOf = async (path: string) => {
    const res = await fetch(`${f.url}${path}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    apiValidator().check({
      method: 'GET',
      path,
      status: res.status,
      headers: res.headers,
      text: bytes.toString('utf8'),
    });
    return bytes;
  };

  it('start CSV with a UTF-8 byte order mark, and leave it out with bom=false', async () => {
    const excel = await bytesOf('/api/timelines/actors/sedena?format=csv');
    const plain = await bytesOf('/api/timelines/actors/sedena?format=csv&bom=false');
    expect([...excel.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(plain.toString('utf8')).to.match(/^factId,date,edtf,/);
    expect(excel.subarray(3).equals(plain)).to.equal(true);
    expect((await f.request('GET', '/api/timelines?format=csv&bom=maybe')).json.issues[0]).to.deep.include({
      in: 'query',
      parameter: 'bom',
    });
  });

  it('leave control characters out of CSV and Markdown', async () => {
    const created = await f.request('POST', '/api/facts', {
      body: {
        id: 'bell',
        summary: 'Bell\u0007 and \u001b[2Jescape\r\nnext line',
        when: '2022-05',
        actors: [{ id: 'sedena' }],
      },
    });
    expect(created.status).to.equal(201);
    for (const format of ['csv', 'md']) {
      const res = await f.request('GET', `/api/timelines/actors/sedena?format=${format}`);
      expect(res.text, format).to.include('Bell and ').and.include('2Jescape');
      // eslint-disable-next-line no-control-regex -- control characters are what must not be there
      expect(res.text, format).not.to.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('give iCalendar events the UID <factId>@<store id>, the same in every export of this store', async () => {
    const storeId = await storeIdOf(f.chronicle.write);
    const uids = async () =>
      [...(await f.request('GET', '/api/timelines/actors/sedena?format=ics')).text.matchAll(/\r\nUID:([^\r]+)/g)].map(
        (m) => m[1],
      );
    const first = await uids();
    expect(first.length).to.be.greaterThan(2);
    for (const uid of first) expect(uid).to.match(new RegExp(`^[a-z0-9-]+@${storeId}$`));
    expect(await uids()).to.deep.equal(first);
  });
});
