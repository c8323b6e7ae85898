import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor, type SnapshotFrom } from 'xstate';
import {
  checkToken,
  exchangeCode,
  pollDeviceToken,
  refreshToken,
  requestDeviceCode,
  type DeviceCodeResult,
  type DevicePoll,
  type OAuthTokensResult,
} from '~/probes';
import { preparePkce } from '~/playground/actors';
import type { Callback } from '~/playground/callback';
import { playgroundMachine, stepOf } from '~/playground/machine';
import { memorySessionStore } from '~/playground/session';
import type { PlaygroundInput } from '~/playground/types';
import { OAUTH_APPS } from '../../fake-coze/tokens.ts';
import type { FakeCoze } from '../../fake-coze/types.ts';
import { fake, FAST, sent } from '../probes/helpers';

const REDIRECT = 'http://127.0.0.1:4321/tools/oauth-playground/';
const PKCE = OAUTH_APPS.cn.pkce.clientId;
const DEVICE = OAUTH_APPS.cn.device.clientId;

/** The machine with the real probes, pointed at the fake with short timings. */
function realMachine() {
  return playgroundMachine.provide({
    actors: {
      probePrepare: fromPromise(({ input }) => preparePkce(input)),
      probeExchange: fromPromise(({ input, signal }) => exchangeCode(input, signal, FAST)),
      probeCheck: fromPromise(({ input, signal }) => checkToken(input, signal, FAST)),
      probeRefresh: fromPromise(({ input, signal }) => refreshToken(input, signal, FAST)),
      probeDeviceCode: fromPromise(({ input, signal }) => requestDeviceCode(input, signal, FAST)),
      probeDevicePoll: fromPromise(({ input, signal }) => pollDeviceToken(input, signal, FAST)),
    },
  });
}

function start(input: Partial<PlaygroundInput> & { store?: PlaygroundInput['store'] }, machine = realMachine(), clock?: SimulatedClock) {
  const store = input.store ?? memorySessionStore();
  return createActor(machine, { input: { redirectUri: REDIRECT, ...input, store }, ...(clock ? { clock } : {}) }).start();
}

type Snap = SnapshotFrom<typeof playgroundMachine>;
const step = (actor: { getSnapshot(): Snap }) => stepOf(actor.getSnapshot());

/** Answers the fake's consent page like the visitor; returns the callback the page would read. */
async function consent(authorizeUrl: string, decision: 'allow' | 'deny'): Promise<Callback> {
  const first = await fetch(authorizeUrl, { redirect: 'manual' });
  let back = new URL(first.headers.get('location')!, authorizeUrl);
  if (back.pathname === '/oauth/consent') {
    back.searchParams.set('decision', decision);
    back = new URL((await fetch(back, { redirect: 'manual' })).headers.get('location')!);
  }
  const q = back.searchParams;
  return { code: q.get('code'), state: q.get('state'), error: q.get('error'), errorDescription: q.get('error_description') };
}

/** Fills the form for `clientId` on the fake and builds the authorize URL. */
async function prepared(cn: FakeCoze, clientId: string = PKCE) {
  const store = memorySessionStore();
  const actor = start({ store });
  actor.send({ type: 'user.setClientId', clientId });
  actor.send({ type: 'user.setHost', host: 'custom' });
  actor.send({ type: 'user.setBaseUrl', baseUrl: cn.baseUrl });
  actor.send({ type: 'user.prepare' });
  await waitFor(actor, (s) => s.matches('authorize'));
  return { actor, store, url: actor.getSnapshot().context.pkce!.authorizeUrl };
}

describe('the PKCE flow', () => {
  test('goes from a client id to a tested, refreshed token, storing only the verifier, state, client id and region', async () => {
    const cn = await fake();
    const { actor, store, url } = await prepared(cn);
    expect(step(actor)).toBe('authorize');
    expect(sent(cn)).toEqual([]); // building the URL sends nothing
    const saved = JSON.parse(store.text!);
    expect(Object.keys(saved).sort()).toEqual(['baseUrl', 'clientId', 'host', 'state', 'verifier']);
    expect(new URL(url).searchParams.get('state')).toBe(saved.state);
    actor.stop();

    // The visitor consents; the page loads again with ?code&state and the same tab's storage.
    const back = start({ store, callback: await consent(url, 'allow') });
    expect(back.getSnapshot().matches({ exchange: 'ready' })).toBe(true);
    expect(sent(cn, '/api/permission/oauth2/token')).toEqual([]); // nothing before the click
    back.send({ type: 'user.exchange' });
    await waitFor(back, (s) => s.matches('tokens'));
    const { tokens, exchange } = back.getSnapshot().context;
    expect(exchange?.verdict).toBe('valid');
    expect(tokens?.accessToken).toMatch(/^czu_/);
    expect(store.text).toBeNull(); // deleted as soon as the exchange answered

    back.send({ type: 'user.checkToken' });
    await waitFor(back, (s) => s.matches({ tokens: 'idle' }) && s.context.check !== null);
    expect(back.getSnapshot().context.check?.verdict).toBe('valid');

    const firstRefresh = tokens!.refreshTokenFingerprint!;
    back.send({ type: 'user.refresh' });
    await waitFor(back, (s) => s.matches({ tokens: 'idle' }) && s.context.refresh !== null);
    const after = back.getSnapshot().context;
    expect(after.refresh?.result.verdict).toBe('valid');
    expect(after.tokens?.refreshToken).toBe(after.refresh?.result.newRefreshToken);
    expect(after.tokens?.spent).toEqual([firstRefresh]);
    expect(after.tokens?.accessToken).not.toBe(tokens?.accessToken);
  });

  test('a state that differs from the one sent stops before any exchange (possible CSRF)', async () => {
    const cn = await fake();
    const { store, url } = await prepared(cn);
    const callback = await consent(url, 'allow');
    const actor = start({ store, callback: { ...callback, state: 'someoneElsesState0000' } });
    const { failure } = actor.getSnapshot().context;
    expect(step(actor)).toBe('failed');
    expect([failure?.cause, failure?.verdict, failure?.step]).toEqual([
      'state-mismatch',
      'unexpected-response',
      { wizard: 'token-invalid', step: 'oauth-state-mismatch' },
    ]);
    expect(store.text).toBeNull();
    expect(sent(cn, '/api/permission/oauth2/token')).toEqual([]);
  });

  test('a return with nothing stored in this tab is a lost session', () => {
    const actor = start({ callback: { code: 'code_x', state: 'abc', error: null, errorDescription: null } });
    const { failure } = actor.getSnapshot().context;
    expect([failure?.cause, failure?.step]).toEqual(['session-lost', { wizard: 'token-invalid', step: 'oauth-session-lost' }]);
  });

  test('a declined consent is access_denied, read by the shared classifier', async () => {
    const cn = await fake();
    const { store, url } = await prepared(cn);
    const actor = start({ store, callback: await consent(url, 'deny') });
    const { failure } = actor.getSnapshot().context;
    expect([failure?.cause, failure?.verdict, failure?.errorCode, failure?.step]).toEqual([
      'access-denied',
      'unexpected-response',
      'access_denied',
      { wizard: 'token-invalid', step: 'oauth-consent-declined' },
    ]);
    expect(store.text).toBeNull();
  });

  test('a device app on the authorize page is the wrong app type', async () => {
    const cn = await fake();
    const { store, url } = await prepared(cn, DEVICE);
    const actor = start({ store, callback: await consent(url, 'allow') });
    const { failure } = actor.getSnapshot().context;
    expect([failure?.cause, failure?.step, failure?.also]).toEqual([
      'wrong-app-type',
      { wizard: 'token-invalid', step: 'oauth-app-type' },
      [{ wizard: 'choose-auth', step: 'use-oauth-pkce' }],
    ]);
  });

  test('a code used twice is diagnosed as spent, with the single-use step', async () => {
    const cn = await fake();
    const { store, url } = await prepared(cn);
    const callback = await consent(url, 'allow');
    const saved = store.text;
    const first = start({ store, callback });
    first.send({ type: 'user.exchange' });
    await waitFor(first, (s) => s.matches('tokens'));
    store.text = saved; // the same return opened again (a reload, a second tab)
    const second = start({ store, callback });
    second.send({ type: 'user.exchange' });
    await waitFor(second, (s) => s.matches('failed'));
    const { failure } = second.getSnapshot().context;
    expect([failure?.cause, failure?.verdict, failure?.step]).toEqual([
      'code-spent',
      'unexpected-response',
      { wizard: 'token-invalid', step: 'oauth-code-spent' },
    ]);
    expect(failure?.evidence[0]?.errorMessage).toBe('invalid request: code');
  });

  const tokenAnswer = (partial: Partial<OAuthTokensResult>): OAuthTokensResult => ({
    verdict: 'invalid-token',
    accessToken: null,
    accessTokenFingerprint: null,
    expiresAt: null,
    region: 'cn',
    evidence: [],
    step: null,
    notes: [],
    problem: null,
    uncertain: false,
    refreshToken: null,
    refreshTokenFingerprint: null,
    refreshExpiresAt: null,
    errorCode: null,
    errorMessage: null,
    ...partial,
  });

  test.each([
    [
      'an unknown client id',
      { verdict: 'invalid-token', errorCode: 'invalid_client', errorMessage: 'invalid client' },
      'client-unknown',
      { wizard: 'token-invalid', step: 'oauth-client-unknown' },
    ],
    [
      'a redirect_uri unlike the authorize one',
      { verdict: 'unexpected-response', errorCode: 'invalid_request', errorMessage: 'invalid request: redirect_uri' },
      'redirect-mismatch',
      { wizard: 'expired-refresh', step: 'redirect-uri-mismatch' },
    ],
    [
      'a verifier that does not match',
      { verdict: 'unexpected-response', errorCode: 'invalid_request', errorMessage: 'invalid request: code_verifier' },
      'verifier-mismatch',
      { wizard: 'token-invalid', step: 'oauth-invalid-request' },
    ],
    ['a browser that blocks the answer (CORS)', { verdict: 'cors-blocked' }, 'cors-blocked', { guide: 'guides/browser-calls' }],
    ['a host that cannot be reached', { verdict: 'network-error' }, 'unreachable', { wizard: 'token-invalid', step: 'network-unreachable' }],
  ] as const)('an exchange refused for %s names its cause and step', async (_name, answer, cause, stepRef) => {
    const machine = playgroundMachine.provide({ actors: { probeExchange: fromPromise(async () => tokenAnswer(answer)) } });
    const store = memorySessionStore();
    store.save({ verifier: 'v'.repeat(43), state: 'stateStateState0001', clientId: PKCE, host: 'cn' });
    const actor = start({ store, callback: { code: 'code_abc', state: 'stateStateState0001', error: null, errorDescription: null } }, machine);
    actor.send({ type: 'user.exchange' });
    await waitFor(actor, (s) => s.matches('failed'));
    const { failure } = actor.getSnapshot().context;
    expect([failure?.verdict, failure?.cause, failure?.step]).toEqual([answer.verdict, cause, stepRef]);
    if (cause === 'client-unknown') expect(failure?.also).toEqual([{ wizard: 'expired-refresh', step: 'oauth-wrong-region' }]);
    expect(store.text).toBeNull();
  });

  test('a refresh with a spent refresh token marks it spent and links the refresh-history step', async () => {
    const cn = await fake();
    const { store, url } = await prepared(cn);
    const actor = start({ store, callback: await consent(url, 'allow') });
    actor.send({ type: 'user.exchange' });
    await waitFor(actor, (s) => s.matches('tokens'));
    const refresh = actor.getSnapshot().context.tokens!.refreshToken!;
    await refreshToken({ clientId: PKCE, refreshToken: refresh, host: 'custom', baseUrl: cn.baseUrl }, new AbortController().signal, FAST); // spent elsewhere
    actor.send({ type: 'user.refresh' });
    await waitFor(actor, (s) => s.matches({ tokens: 'idle' }) && s.context.refresh !== null);
    const { refresh: r, tokens } = actor.getSnapshot().context;
    expect([r?.diagnosis?.cause, r?.diagnosis?.verdict, r?.diagnosis?.step]).toEqual([
      'refresh-failed',
      'invalid-token',
      { wizard: 'expired-refresh', step: 'refresh-token-history' },
    ]);
    expect(tokens?.refreshToken).toBeNull();
    expect(tokens?.spent).toHaveLength(1);
    expect(actor.getSnapshot().can({ type: 'user.refresh' })).toBe(false);
  });

  test('the stored session survives only a trip through the authorize link', async () => {
    const cn = await fake();
    const followed = await prepared(cn);
    followed.actor.send({ type: 'user.openAuthorize' });
    followed.actor.send({ type: 'user.leave' });
    expect(followed.store.text).not.toBeNull();
    const wandered = await prepared(cn);
    wandered.actor.send({ type: 'user.leave' });
    expect(wandered.store.text).toBeNull();
    // A plain visit later (no ?code) finds nothing left over from a flow that never came back.
    const stale = memorySessionStore();
    stale.text = followed.store.text;
    start({ store: stale });
    expect(stale.text).toBeNull();
  });

  test('an incomplete form refuses to start and asks for the fields', () => {
    const actor = start({});
    actor.send({ type: 'user.setClientId', clientId: 'not-a-client-id' });
    actor.send({ type: 'user.prepare' });
    expect(actor.getSnapshot().matches('setup')).toBe(true);
    expect(actor.getSnapshot().context.attempted).toBe(true);
  });

  test('a share link reopens the authorize step without sending anything; a bad one opens the form with a notice', async () => {
    const actor = start({ shared: { flow: 'pkce', host: 'com', clientId: PKCE, step: 'authorize' } });
    await waitFor(actor, (s) => s.matches('authorize'));
    expect(actor.getSnapshot().context.pkce?.authorizeUrl).toMatch(/^https:\/\/www\.coze\.com\/api\/permission\/oauth2\/authorize\?/);
    const bad = start({ shared: 'invalid' });
    expect([step(bad), bad.getSnapshot().context.notice]).toEqual(['setup', 'link-invalid']);
  });
});

describe('the device flow', () => {
  const codeAnswer: DeviceCodeResult = {
    verdict: 'valid',
    deviceCode: 'dev0000000000000000000000000000000000001',
    userCode: 'ABCD-EFGH',
    verificationUri: 'https://www.coze.cn/oauth/device',
    verificationUrl: 'https://www.coze.cn/oauth/device?user_code=ABCD-EFGH',
    expiresAt: new Date(Date.now() + 300_000),
    intervalSeconds: 5,
    evidence: [],
    step: null,
    problem: null,
    uncertain: false,
    errorCode: null,
    errorMessage: null,
  };

  /** A device machine on a simulated clock whose polls answer from `answers` in order. */
  function scripted(answers: DevicePoll[], code: DeviceCodeResult = codeAnswer) {
    const polls: number[] = [];
    const clock = new SimulatedClock();
    const machine = playgroundMachine.provide({
      actors: {
        probeDeviceCode: fromPromise(async () => code),
        probeDevicePoll: fromPromise(async () => {
          polls.push(clock.now());
          return answers.shift() ?? { status: 'pending' };
        }),
      },
    });
    const actor = start({}, machine, clock);
    actor.send({ type: 'user.setFlow', flow: 'device' });
    actor.send({ type: 'user.setClientId', clientId: DEVICE });
    actor.send({ type: 'user.startDevice' });
    return { actor, clock, polls };
  }

  const done = (): DevicePoll => ({
    status: 'done',
    result: {
      ...({} as OAuthTokensResult),
      verdict: 'valid',
      accessToken: 'czu_' + 'a'.repeat(64),
      accessTokenFingerprint: 'czu_…aaaa',
      expiresAt: null,
      refreshToken: 'r'.repeat(72),
      refreshTokenFingerprint: '…rrrr',
      refreshExpiresAt: null,
      evidence: [],
      errorCode: null,
      errorMessage: null,
    },
  });

  test('polls at the interval, adds five seconds on slow_down, and stops with tokens', async () => {
    const { actor, clock, polls } = scripted([{ status: 'pending' }, { status: 'slow-down' }, done()]);
    await waitFor(actor, (s) => s.matches({ device: { active: 'waiting' } }));
    clock.increment(4999);
    expect(polls).toEqual([]); // never before the interval
    clock.increment(1);
    await waitFor(actor, (s) => s.context.device?.polls === 1);
    clock.increment(5000);
    await waitFor(actor, (s) => s.context.device?.slowDowns === 1);
    expect(actor.getSnapshot().context.device?.intervalSeconds).toBe(10);
    clock.increment(9999);
    expect(polls).toHaveLength(2);
    clock.increment(1);
    await waitFor(actor, (s) => s.matches('tokens'));
    expect(polls).toEqual([5000, 10000, 20000]);
    expect(actor.getSnapshot().context.tokens?.accessToken).toMatch(/^czu_/);
  });

  test.each([
    ['expired_token', { verdict: 'expired', errorCode: 'expired_token' }, 'device-expired', { wizard: 'token-invalid', step: 'device-code-expired' }],
    [
      'access_denied',
      { verdict: 'unexpected-response', errorCode: 'access_denied' },
      'access-denied',
      { wizard: 'token-invalid', step: 'device-access-denied' },
    ],
  ] as const)('stops polling on %s with its diagnosis', async (_name, answer, cause, stepRef) => {
    const failed: DevicePoll = { status: 'failed', result: { ...({} as OAuthTokensResult), evidence: [], uncertain: false, errorMessage: null, ...answer } };
    const { actor, clock, polls } = scripted([failed]);
    await waitFor(actor, (s) => s.matches({ device: { active: 'waiting' } }));
    clock.increment(5000);
    await waitFor(actor, (s) => s.matches('failed'));
    expect([actor.getSnapshot().context.failure?.cause, actor.getSnapshot().context.failure?.step]).toEqual([cause, stepRef]);
    clock.increment(60_000);
    expect(polls).toHaveLength(1);
  });

  test('stops on its own when the code runs out, and on Cancel, without polling again', async () => {
    const short = { ...codeAnswer, expiresAt: new Date(Date.now() + 12_000) };
    const { actor, clock, polls } = scripted([], short);
    await waitFor(actor, (s) => s.matches({ device: { active: 'waiting' } }));
    clock.increment(12_000);
    await waitFor(actor, (s) => s.matches('failed'));
    expect(actor.getSnapshot().context.failure?.cause).toBe('device-expired');
    expect(polls.length).toBeLessThanOrEqual(2);

    const second = scripted([]);
    await waitFor(second.actor, (s) => s.matches({ device: { active: 'waiting' } }));
    second.actor.send({ type: 'user.cancel' });
    expect([step(second.actor), second.actor.getSnapshot().context.notice, second.actor.getSnapshot().context.device]).toEqual(['setup', 'cancelled', null]);
    second.clock.increment(60_000);
    expect(second.polls).toEqual([]);
  });

  test('a PKCE app asking for a device code is the wrong app type (real probes, fake server)', async () => {
    const cn = await fake();
    const actor = start({});
    actor.send({ type: 'user.setFlow', flow: 'device' });
    actor.send({ type: 'user.setClientId', clientId: PKCE });
    actor.send({ type: 'user.setHost', host: 'custom' });
    actor.send({ type: 'user.setBaseUrl', baseUrl: cn.baseUrl });
    actor.send({ type: 'user.startDevice' });
    await waitFor(actor, (s) => s.matches('failed'));
    expect([actor.getSnapshot().context.failure?.cause, actor.getSnapshot().context.failure?.also]).toEqual([
      'wrong-app-type',
      [{ wizard: 'choose-auth', step: 'use-oauth-device' }],
    ]);
  });

  test('runs end to end against the fake: pending until the visitor approves, then tokens', async () => {
    const cn = await fake();
    const actor = start({});
    actor.send({ type: 'user.setFlow', flow: 'device' });
    actor.send({ type: 'user.setClientId', clientId: DEVICE });
    actor.send({ type: 'user.setHost', host: 'custom' });
    actor.send({ type: 'user.setBaseUrl', baseUrl: cn.baseUrl });
    actor.send({ type: 'user.startDevice' });
    await waitFor(actor, (s) => s.context.device !== null);
    const page = new URL(actor.getSnapshot().context.device!.verificationUrl!);
    await waitFor(actor, (s) => (s.context.device?.polls ?? 0) >= 1, { timeout: 4000 });
    page.searchParams.set('decision', 'allow');
    await fetch(page);
    await waitFor(actor, (s) => s.matches('tokens'), { timeout: 4000 });
    expect(sent(cn, '/api/permission/oauth2/token').map((r) => JSON.parse(r.body).grant_type)).toContain('urn:ietf:params:oauth:grant-type:device_code');
    expect(actor.getSnapshot().context.tokens?.accessToken).toMatch(/^czu_/);
  });
});
