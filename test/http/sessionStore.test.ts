import { expect } from 'chai';
import { SessionStore, sessionIdOf } from '../../src/http/sessions.ts';

describe('SessionStore', () => {
  const alice = { role: 'editor', label: 'alice' } as const;

  it('finds a session by its id until it expires, then forgets it', () => {
    let now = 1_000;
    const store = new SessionStore({ ttlMs: 100, now: () => now });
    const { id, session } = store.open(alice);
    expect(session).to.deep.equal({ role: 'editor', label: 'alice', expiresAt: 1_100 });
    now = 1_099;
    expect(store.find(id)).to.deep.equal(session);
    now = 1_100;
    expect(store.find(id)).to.equal(undefined);
    expect(store.size).to.equal(0);
  });

  it('ends a session, and an unknown id finds nothing', () => {
    const store = new SessionStore();
    const { id } = store.open(alice);
    store.end(id);
    expect(store.find(id)).to.equal(undefined);
    expect(store.find('no-such-session')).to.equal(undefined);
  });

  it('drops expired sessions as new ones open, so memory stays bounded', () => {
    let now = 0;
    const store = new SessionStore({ ttlMs: 10, now: () => now });
    for (let i = 0; i < 5; i++) store.open({ role: 'reader', label: `r${i}` });
    now = 10;
    store.open(alice);
    expect(store.size).to.equal(1);
  });

  it('keeps at most maxPerLabel sessions per token, ending its oldest', () => {
    const store = new SessionStore({ maxPerLabel: 2 });
    const first = store.open(alice).id;
    const second = store.open(alice).id;
    const bob = store.open({ role: 'reader', label: 'bob' }).id;
    const third = store.open(alice).id;
    expect([first, second, third, bob].map((id) => store.find(id) !== undefined)).to.deep.equal([
      false,
      true,
      true,
      true,
    ]);
  });

  it('keeps ids only as digests', () => {
    const store = new SessionStore();
    const { id } = store.open(alice);
    expect(JSON.stringify([...(store as unknown as { sessions: Map<string, unknown> }).sessions])).to.not.contain(id);
  });
});

describe('sessionIdOf', () => {
  it('reads the session cookie among others, and nothing else', () => {
    expect(sessionIdOf('a=1; chronicle_session=abc_DEF-123; b=2')).to.equal('abc_DEF-123');
    expect(sessionIdOf('chronicle_session_x=abc')).to.equal(undefined);
    expect(sessionIdOf('chronicle_session=a;b')).to.equal('a');
    expect(sessionIdOf('chronicle_session="quoted"')).to.equal(undefined);
    expect(sessionIdOf(undefined)).to.equal(undefined);
  });
});
