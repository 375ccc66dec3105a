import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, PASSWORD } from '../../../test/factories.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
});
afterAll(() => t.close());

const me = (cookie: string) => t.request({ method: 'GET', url: '/api/v1/auth/me', cookie });
const minutes = (n: number) => n * 60_000;

describe(`staff sign-in on ${TEST_DIALECT}`, () => {
  it('signs in, sets an httpOnly SameSite=Lax cookie and answers who I am', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'Owner', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'md_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.value.startsWith(`${chain.tenantId}.`)).toBe(true);
    const body = res.json();
    expect(body.user.username).toBe('owner');
    expect(body.permissions).toContain('roles.manage');
    expect(body.stores.map((s: { code: string }) => s.code)).toEqual(['A', 'B']);
    const session = await t.db.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', chain.users.owner.id)
      .execute();
    // Only the token's hash is stored.
    expect(session.some((s) => cookie.value.endsWith(s.id))).toBe(false);
    const audited = await t.db.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'ip'])
      .where('action', '=', 'user.sign_in')
      .execute();
    expect(audited).toEqual([{ actor_user_id: chain.users.owner.id, ip: '127.0.0.1' }]);
  });

  it('answers the same code for a wrong password, an unknown user and an unknown tenant', async () => {
    for (const body of [
      { username: 'owner', password: 'wrong-pass1' },
      { username: 'nobody', password: PASSWORD },
      { tenant: 'nope', username: 'owner', password: PASSWORD },
    ]) {
      const res = await t.request({ method: 'POST', url: '/api/v1/auth/login', body });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('refuses requests without a session', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/stores' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
    const forged = await t.request({
      method: 'GET',
      url: '/api/v1/stores',
      cookie: `md_sid=${chain.tenantId}.${'x'.repeat(43)}`,
    });
    expect(forged.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('locks a username after 5 failures, for 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'staff', password: `bad-pass-${i}1` },
      });
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
      expect(res.json().error.details.attemptsLeft).toBe(4 - i);
    }
    const locked = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'staff', password: PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('LOGIN_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    const row = await t.db.db
      .selectFrom('rate_limits')
      .selectAll()
      .where('bucket', '=', 'login:user:staff')
      .executeTakeFirstOrThrow();
    expect(row.hits).toBe(5);

    t.clock.now = new Date(t.clock.now.getTime() + minutes(15) + 1000);
    const cookie = await t.signIn('staff');
    expect((await me(cookie)).statusCode).toBe(200);
    // A success clears the username's counter.
    expect(
      await t.db.db
        .selectFrom('rate_limits')
        .selectAll()
        .where('bucket', '=', 'login:user:staff')
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('expires an idle session and refuses it afterwards', async () => {
    const cookie = await t.signIn('cashier');
    t.clock.now = new Date(t.clock.now.getTime() + minutes(11 * 60));
    expect((await me(cookie)).statusCode).toBe(200); // activity slides the expiry
    t.clock.now = new Date(t.clock.now.getTime() + minutes(11 * 60));
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + minutes(12 * 60) + 1000);
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
    expect((await me(cookie)).json().error.code).toBe('UNAUTHENTICATED'); // and it is gone
  });

  it('ends a session at its absolute maximum however active it is', async () => {
    const cookie = await t.signIn('finance');
    const end = t.clock.now.getTime() + 30 * 24 * minutes(60);
    // A request every 11 hours keeps it alive until day 30, then it ends.
    while (t.clock.now.getTime() + minutes(11 * 60) < end) {
      t.clock.now = new Date(t.clock.now.getTime() + minutes(11 * 60));
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.clock.now = new Date(end + 1000);
    expect((await me(cookie)).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('logs out one session, or every session of the user', async () => {
    const a = await t.signIn('manager');
    const b = await t.signIn('manager');
    const c = await t.signIn('manager');
    expect((await t.request({ method: 'POST', url: '/api/v1/auth/logout', cookie: a })).statusCode).toBe(200);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
    const all = await t.request({ method: 'POST', url: '/api/v1/auth/logout-everywhere', cookie: b });
    expect(all.json()).toEqual({ endedSessions: 2 });
    expect((await me(b)).statusCode).toBe(401);
    expect((await me(c)).statusCode).toBe(401);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const keep = await t.signIn('cashierb');
    const other = await t.signIn('cashierb');
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookie: keep,
      body: { currentPassword: 'nope-1234', newPassword: 'newpass123' },
    });
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    const weak = await t.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookie: keep,
      body: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const ok = await t.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookie: keep,
      body: { currentPassword: PASSWORD, newPassword: 'newpass123' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await me(keep)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    await expect(t.signIn('cashierb')).rejects.toThrow(/401/);
    await t.signIn('cashierb', undefined, 'newpass123');
  });

  it('disabling a user ends their sessions and refuses their sign-in', async () => {
    const owner = await t.signIn('owner');
    const victim = await t.signIn('staff');
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/users/${chain.users.staff.id}/disable`,
      cookie: owner,
    });
    expect(res.json().status).toBe('disabled');
    expect((await me(victim)).statusCode).toBe(401);
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'staff', password: PASSWORD },
    });
    expect(again.json().error.code).toBe('USER_DISABLED');
    await t.request({ method: 'POST', url: `/api/v1/users/${chain.users.staff.id}/enable`, cookie: owner });
    await t.signIn('staff');
  });

  it('refuses to disable yourself or the last owner', async () => {
    const owner = await t.signIn('owner');
    const self = await t.request({
      method: 'POST',
      url: `/api/v1/users/${chain.users.owner.id}/disable`,
      cookie: owner,
    });
    expect(self.json().error.code).toBe('CANNOT_DISABLE_SELF');
  });
});

describe(`CSRF defence on ${TEST_DIALECT}`, () => {
  it('refuses a cookie-authenticated write from another origin', async () => {
    const cookie = await t.signIn('owner');
    const before = await t.db.db.selectFrom('stores').select('id').execute();
    const evil = await t.request({
      method: 'POST',
      url: '/api/v1/stores',
      cookie,
      headers: { origin: 'https://evil.example' },
      body: { code: 'X1', name: 'evil' },
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('CSRF_REJECTED');
    const crossSite = await t.request({
      method: 'POST',
      url: '/api/v1/stores',
      cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
      body: { code: 'X2', name: 'evil' },
    });
    expect(crossSite.json().error.code).toBe('CSRF_REJECTED');
    expect(await t.db.db.selectFrom('stores').select('id').execute()).toHaveLength(before.length);
    const own = await t.request({
      method: 'POST',
      url: '/api/v1/stores',
      cookie,
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      body: { code: 'X3', name: 'own origin' },
    });
    expect(own.statusCode).toBe(201);
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      body: { username: 'owner', password: PASSWORD },
    });
    expect(res.json().error.code).toBe('CSRF_REJECTED');
  });
});
