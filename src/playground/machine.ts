/**
 * The OAuth playground's steps. PKCE: setup → preparing → authorize → (the visitor leaves for the
 * authorize page and comes back) → returned → exchange → tokens. Device: setup → device (requesting,
 * then waiting / polling at the server's interval) → tokens. Any failure → failed, with a diagnosis.
 * Nothing is sent without a `user.*` event; the device polls follow from the visitor's one click.
 */
import { and, not } from 'xstate';
import { initialContext } from '~/playground/context';
import { hostOf } from '~/playground/form';
import { playgroundSetup } from '~/playground/machine-setup';
import type { StepId } from '~/playground/types';

export const playgroundMachine = playgroundSetup.createMachine({
  id: 'oauthPlayground',
  context: ({ input }) => initialContext(input),
  initial: 'start',
  on: {
    'user.restart': { target: '.setup', actions: ['clearSession', 'resetFlow'] },
  },
  states: {
    start: {
      always: [{ guard: 'hasCallback', target: 'returned' }, { guard: 'isSharedAuthorizeStep', target: 'preparing' }, { target: 'setup' }],
    },
    setup: {
      meta: { step: 'setup' },
      // A verifier left from an earlier visit that never came back is of no use to anyone.
      entry: 'clearSession',
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
    authorize: {
      meta: { step: 'authorize' },
      on: {
        'user.openAuthorize': { actions: 'markHandedOff' },
        // Leaving by any other way than the authorize link leaves the flow: drop the verifier.
        'user.leave': { guard: not('isHandedOff'), actions: 'clearSession' },
      },
    },
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
      on: { 'user.leave': { actions: 'clearSession' } },
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
