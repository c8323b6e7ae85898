/**
 * The OAuth playground's steps. PKCE: setup → preparing → authorize → (the visitor leaves for the
 * authorize page and comes back) → returned → exchange → tokens. Device: setup → device (requesting,
 * then waiting / polling at the server's interval) → tokens. Any failure → failed, with a diagnosis.
 * Nothing is sent without a `user.*` event; the device polls follow from the visitor's one click.
 */
import { and, assertEvent, assign, setup } from 'xstate';
import type { DevicePoll, DeviceCodeResult, OAuthTokensResult, RefreshResult, TokenCheckResult } from '~/probes';
import { playgroundActors } from './actors';
import { afterRefresh, initialContext, tokenSetFrom } from './context';
import { diagnoseAnswer, diagnoseDeviceTimeout, diagnoseRedirectError, diagnoseRefresh, diagnoseState } from './diagnose';
import { hostOf, isFormReady } from './form';
import type { PlaygroundContext, PlaygroundEvent, PlaygroundInput, StepId } from './types';
import { slowedInterval } from '~/probes';

const TRANSPORT = new Set(['network-error', 'cors-blocked', 'timeout']);
const out = <T>(event: unknown) => (event as { output: T }).output;

export const playgroundMachine = setup({
  types: {
    context: {} as PlaygroundContext,
    events: {} as PlaygroundEvent,
    input: {} as PlaygroundInput,
    meta: {} as { step: StepId },
  },
  actors: playgroundActors,
  guards: {
    isPkce: ({ context }) => context.flow === 'pkce',
    isDevice: ({ context }) => context.flow === 'device',
    isFormReady: ({ context }) => isFormReady(context),
    hasCallback: ({ context }) => context.callback !== null,
    isSharedAuthorizeStep: ({ context }) => context.notice === 'link-restored' && context.flow === 'pkce' && context.host !== 'custom' && isFormReady(context),
    isSessionMissing: ({ context }) => context.pkce === null,
    isStateMismatch: ({ context }) => context.callback?.state !== context.pkce?.state,
    isCallbackError: ({ context }) => context.callback?.error != null || !context.callback?.code,
    hasRefreshToken: ({ context }) => Boolean(context.tokens?.refreshToken),
    isTokenIssued: ({ event }) => tokenSetFrom(out<OAuthTokensResult>(event)) !== null,
    isDeviceCodeIssued: ({ event }) => out<DeviceCodeResult>(event).deviceCode !== null,
    isPollPending: ({ event }) => out<DevicePoll>(event).status === 'pending',
    isPollSlowDown: ({ event }) => out<DevicePoll>(event).status === 'slow-down',
    isPollDone: ({ event }) => out<DevicePoll>(event).status === 'done',
  },
  actions: {
    setField: assign(({ event }) => {
      if (event.type === 'user.setHost') return { host: event.host };
      if (event.type === 'user.setBaseUrl') return { baseUrl: event.baseUrl };
      if (event.type === 'user.setClientId') return { clientId: event.clientId };
      return {};
    }),
    setFlow: assign(({ event }) => {
      assertEvent(event, 'user.setFlow');
      return { flow: event.flow, attempted: false };
    }),
    markAttempted: assign({ attempted: true }),
    saveSession: ({ context }) => {
      if (context.pkce) context.store.save({ verifier: context.pkce.verifier, state: context.pkce.state, clientId: context.clientId.trim(), ...hostOf(context) });
    },
    clearSession: ({ context }) => context.store.clear(),
    storePkce: assign({ pkce: ({ event }) => out<NonNullable<PlaygroundContext['pkce']>>(event) }),
    // Back to the form: everything issued is dropped from memory, the form values stay.
    resetFlow: assign({ pkce: null, callback: null, exchange: null, tokens: null, check: null, refresh: null, device: null, failure: null, attempted: false, notice: null }),
    noteCancelled: assign({ notice: 'cancelled' }),
    failSessionLost: assign({ failure: () => diagnoseState('session-lost') }),
    failStateMismatch: assign({ failure: () => diagnoseState('state-mismatch'), callback: null }),
    failRedirectError: assign({
      failure: ({ context }) => diagnoseRedirectError(context.callback?.error ?? 'invalid_request', context.callback?.errorDescription ?? (context.callback?.error ? null : 'invalid request: code'), 'pkce'),
      callback: null,
    }),
    storeTokens: assign(({ event }) => {
      const result = out<OAuthTokensResult>(event);
      return { exchange: result, tokens: tokenSetFrom(result), callback: null };
    }),
    failExchange: assign(({ event }) => ({ failure: diagnoseAnswer(out<OAuthTokensResult>(event), 'pkce'), callback: null })),
    storeCheck: assign({ check: ({ event }) => out<TokenCheckResult>(event) }),
    storeRefresh: assign(({ context, event }) => {
      const result = out<RefreshResult>(event);
      const diagnosis = result.verdict === 'valid' ? null : diagnoseRefresh(result);
      const tokens = context.tokens ? afterRefresh(context.tokens, result, TRANSPORT.has(result.verdict)) : null;
      return { refresh: { result, diagnosis }, tokens, check: null };
    }),
    storeDevice: assign({
      device: ({ event }) => {
        const r = out<DeviceCodeResult>(event);
        return { ...r, deviceCode: r.deviceCode ?? '', expiresAt: r.expiresAt?.getTime() ?? Date.now(), nextPollAt: null, polls: 0, slowDowns: 0 };
      },
    }),
    failDeviceCode: assign({ failure: ({ event }) => diagnoseAnswer(out<DeviceCodeResult>(event), 'device') }),
    scheduleNextPoll: assign({ device: ({ context }) => context.device && { ...context.device, nextPollAt: Date.now() + context.device.intervalSeconds * 1000 } }),
    countPoll: assign({ device: ({ context }) => context.device && { ...context.device, polls: context.device.polls + 1 } }),
    slowDown: assign({
      device: ({ context }) => context.device && { ...context.device, polls: context.device.polls + 1, slowDowns: context.device.slowDowns + 1, intervalSeconds: slowedInterval(context.device.intervalSeconds) },
    }),
    storeDeviceTokens: assign(({ event }) => {
      const poll = out<DevicePoll>(event);
      const result = poll.status === 'done' ? poll.result : null;
      return { exchange: result, tokens: result && tokenSetFrom(result), device: null };
    }),
    failDevicePoll: assign(({ event }) => {
      const poll = out<DevicePoll>(event);
      return { failure: poll.status === 'failed' ? diagnoseAnswer(poll.result, 'device') : null, device: null };
    }),
    failDeviceTimeout: assign({ failure: () => diagnoseDeviceTimeout(), device: null }),
  },
  delays: {
    pollDelay: ({ context }) => (context.device?.intervalSeconds ?? 5) * 1000,
    deviceExpiry: ({ context }) => Math.max(0, (context.device?.expiresAt ?? 0) - Date.now()),
  },
}).createMachine({
  id: 'oauthPlayground',
  context: ({ input }) => initialContext(input),
  initial: 'start',
  on: {
    'user.restart': { target: '.setup', actions: ['clearSession', 'resetFlow'] },
  },
  states: {
    start: {
      always: [
        { guard: 'hasCallback', target: 'returned' },
        { guard: 'isSharedAuthorizeStep', target: 'preparing' },
        { target: 'setup' },
      ],
    },
    setup: {
      meta: { step: 'setup' },
      on: {
        'user.setFlow': { actions: ['clearSession', 'resetFlow', 'setFlow'] },
        'user.setHost': { actions: 'setField' },
        'user.setBaseUrl': { actions: 'setField' },
        'user.setClientId': { actions: 'setField' },
        'user.prepare': [{ guard: and(['isPkce', 'isFormReady']), target: 'preparing' }, { actions: 'markAttempted' }],
        'user.startDevice': [{ guard: and(['isDevice', 'isFormReady']), target: 'device' }, { actions: 'markAttempted' }],
      },
    },
    preparing: {
      meta: { step: 'authorize' },
      invoke: {
        src: 'probePrepare',
        input: ({ context }) => ({ clientId: context.clientId, ...hostOf(context), redirectUri: context.redirectUri }),
        onDone: { target: 'authorize', actions: ['storePkce', 'saveSession'] },
        onError: { target: 'setup' },
      },
    },
    authorize: { meta: { step: 'authorize' } },
    returned: {
      always: [
        { guard: 'isSessionMissing', target: 'failed', actions: 'failSessionLost' },
        // A possible CSRF: the code is dropped unused, and so is the stored verifier.
        { guard: 'isStateMismatch', target: 'failed', actions: ['clearSession', 'failStateMismatch'] },
        { guard: 'isCallbackError', target: 'failed', actions: ['clearSession', 'failRedirectError'] },
        { target: 'exchange' },
      ],
    },
    exchange: {
      meta: { step: 'exchange' },
      initial: 'ready',
      states: {
        ready: { on: { 'user.exchange': 'sending' } },
        sending: {
          on: { 'user.cancel': 'ready' },
          invoke: {
            src: 'probeExchange',
            input: ({ context }) => ({
              clientId: context.clientId,
              ...hostOf(context),
              redirectUri: context.redirectUri,
              code: context.callback?.code ?? '',
              codeVerifier: context.pkce?.verifier ?? '',
            }),
            // The stored verifier has done its job the moment the token endpoint answers, whatever it says.
            onDone: [
              { guard: 'isTokenIssued', target: '#oauthPlayground.tokens', actions: ['clearSession', 'storeTokens'] },
              { target: '#oauthPlayground.failed', actions: ['clearSession', 'failExchange'] },
            ],
            onError: { target: 'ready' },
          },
        },
      },
    },
    tokens: {
      meta: { step: 'tokens' },
      initial: 'idle',
      states: {
        idle: {
          on: {
            'user.checkToken': 'checking',
            'user.refresh': { guard: 'hasRefreshToken', target: 'refreshing' },
          },
        },
        checking: {
          on: { 'user.cancel': 'idle' },
          invoke: {
            src: 'probeCheck',
            input: ({ context }) => ({ token: context.tokens?.accessToken ?? '', ...hostOf(context) }),
            onDone: { target: 'idle', actions: 'storeCheck' },
            onError: { target: 'idle' },
          },
        },
        refreshing: {
          on: { 'user.cancel': 'idle' },
          invoke: {
            src: 'probeRefresh',
            input: ({ context }) => ({ clientId: context.clientId, refreshToken: context.tokens?.refreshToken ?? '', ...hostOf(context) }),
            onDone: { target: 'idle', actions: 'storeRefresh' },
            onError: { target: 'idle' },
          },
        },
      },
    },
    device: {
      meta: { step: 'device' },
      initial: 'requesting',
      on: { 'user.cancel': { target: 'setup', actions: ['resetFlow', 'noteCancelled'] } },
      states: {
        requesting: {
          invoke: {
            src: 'probeDeviceCode',
            input: ({ context }) => ({ clientId: context.clientId, ...hostOf(context) }),
            onDone: [
              { guard: 'isDeviceCodeIssued', target: 'active', actions: 'storeDevice' },
              { target: '#oauthPlayground.failed', actions: 'failDeviceCode' },
            ],
            onError: { target: '#oauthPlayground.setup' },
          },
        },
        active: {
          initial: 'waiting',
          after: { deviceExpiry: { target: '#oauthPlayground.failed', actions: 'failDeviceTimeout' } },
          states: {
            waiting: {
              entry: 'scheduleNextPoll',
              after: { pollDelay: 'polling' },
            },
            polling: {
              invoke: {
                src: 'probeDevicePoll',
                input: ({ context }) => ({ clientId: context.clientId, deviceCode: context.device?.deviceCode ?? '', ...hostOf(context) }),
                onDone: [
                  { guard: 'isPollPending', target: 'waiting', actions: 'countPoll' },
                  { guard: 'isPollSlowDown', target: 'waiting', actions: 'slowDown' },
                  { guard: 'isPollDone', target: '#oauthPlayground.tokens', actions: 'storeDeviceTokens' },
                  { target: '#oauthPlayground.failed', actions: 'failDevicePoll' },
                ],
                onError: { target: '#oauthPlayground.setup' },
              },
            },
          },
        },
      },
    },
    failed: { meta: { step: 'failed' } },
  },
});

/** The step the island shows for a snapshot (from the states' typed meta). */
export function stepOf(snapshot: { getMeta(): Record<string, { step: StepId } | undefined> }): StepId {
  const metas = Object.values(snapshot.getMeta()).filter((m): m is { step: StepId } => m !== undefined);
  return metas.at(-1)?.step ?? 'setup';
}
