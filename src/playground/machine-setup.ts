/**
 * The playground machine's vocabulary: events, guards (as questions), actions and delays. The
 * states are in machine.ts; the live work is in actors.ts.
 */
import { assertEvent, assign, setup } from 'xstate';
import { slowedInterval, type DevicePoll, type DeviceCodeResult, type OAuthTokensResult, type RefreshResult, type TokenCheckResult } from '~/probes';
import { playgroundActors } from '~/playground/actors';
import { afterRefresh, tokenSetFrom } from '~/playground/context';
import { diagnoseAnswer, diagnoseDeviceTimeout, diagnoseRedirectError, diagnoseRefresh, diagnoseState } from '~/playground/diagnose';
import { hostOf, isFormReady } from '~/playground/form';
import type { PlaygroundContext, PlaygroundEvent, PlaygroundInput, StepId } from '~/playground/types';
import { NO_ANSWER } from '~/site/verdicts';

const out = <T>(event: unknown) => (event as { output: T }).output;

export const playgroundSetup = setup({
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
    isHandedOff: ({ context }) => context.handedOff,
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
    markHandedOff: assign({ handedOff: true }),
    saveSession: ({ context }) => {
      if (context.pkce)
        context.store.save({ verifier: context.pkce.verifier, state: context.pkce.state, clientId: context.clientId.trim(), ...hostOf(context) });
    },
    clearSession: ({ context }) => context.store.clear(),
    storePkce: assign({ pkce: ({ event }) => out<NonNullable<PlaygroundContext['pkce']>>(event) }),
    // Back to the form: everything issued is dropped from memory, the form values stay.
    resetFlow: assign({
      handedOff: false,
      pkce: null,
      callback: null,
      exchange: null,
      tokens: null,
      check: null,
      refresh: null,
      device: null,
      failure: null,
      attempted: false,
      notice: null,
    }),
    noteCancelled: assign({ notice: 'cancelled' }),
    failSessionLost: assign({ failure: () => diagnoseState('session-lost') }),
    failStateMismatch: assign({ failure: () => diagnoseState('state-mismatch'), callback: null }),
    failRedirectError: assign({
      failure: ({ context }) =>
        diagnoseRedirectError(
          context.callback?.error ?? 'invalid_request',
          context.callback?.errorDescription ?? (context.callback?.error ? null : 'invalid request: code'),
          'pkce',
        ),
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
      const tokens = context.tokens ? afterRefresh(context.tokens, result, NO_ANSWER.has(result.verdict)) : null;
      return { refresh: { result, diagnosis }, tokens, check: null };
    }),
    storeDevice: assign({
      device: ({ event }) => {
        const r = out<DeviceCodeResult>(event);
        return { ...r, deviceCode: r.deviceCode ?? '', expiresAt: r.expiresAt?.getTime() ?? Date.now(), nextPollAt: null, polls: 0, slowDowns: 0 };
      },
    }),
    failDeviceCode: assign({ failure: ({ event }) => diagnoseAnswer(out<DeviceCodeResult>(event), 'device') }),
    scheduleNextPoll: assign({
      device: ({ context }) => context.device && { ...context.device, nextPollAt: Date.now() + context.device.intervalSeconds * 1000 },
    }),
    countPoll: assign({ device: ({ context }) => context.device && { ...context.device, polls: context.device.polls + 1 } }),
    slowDown: assign({
      device: ({ context }) =>
        context.device && {
          ...context.device,
          polls: context.device.polls + 1,
          slowDowns: context.device.slowDowns + 1,
          intervalSeconds: slowedInterval(context.device.intervalSeconds),
        },
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
});
