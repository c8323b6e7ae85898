import type { QuestionCopy, WizardCopy } from '~/wizards/engine/types';
import accessOutcomes from '~/wizards/token-invalid/outcomes/access.en';
import serviceOutcomes from '~/wizards/token-invalid/outcomes/service.en';
import oauthOutcomes from '~/wizards/token-invalid/outcomes/oauth.en';
import tokenOutcomes from '~/wizards/token-invalid/outcomes/token.en';
import surfaceOutcomes from '~/wizards/token-invalid/outcomes/surface.en';
import sdkSetupOutcomes from '~/wizards/token-invalid/outcomes/sdk-setup.en';
import authorizeOutcomes from '~/wizards/token-invalid/outcomes/authorize.en';

// Labels of check answers must read as a human answer too: the visitor may click them instead of running the probe.
const questions = {
  'error-code': {
    title: 'Which error code did the call return?',
    body: 'Look at the `code` field of the response body (streaming errors may put it in `error_code`). If none of these codes is there, or you only have an HTTP status, pick the last answer.',
    answers: {
      'code-4100': '`4100`: `authentication is invalid`',
      'code-4101': '`4101`: the token lacks permission, or `The token you entered is incorrect`',
      'code-700012006': '`700012006`: `access token invalid`',
      'rate-limit': '`4013`, `4020` or HTTP 429: too many requests',
      'code-4015': '`4015`: the bot is not published to this channel',
      'something-else': 'Another code, or only an HTTP status',
    },
  },
  'http-status': {
    title: 'Then which of these is it?',
    body: 'Without one of the codes above, go by the HTTP status and what the response contains.',
    answers: {
      'code-4000': '`code` is `4000`: request parameter error',
      'http-401': 'HTTP 401 without any of the codes above (e.g. from the OAuth token endpoint or a WebSocket)',
      'http-403': 'HTTP 403 without any of the codes above',
      'http-429': 'HTTP 429',
      'oauth-endpoint': 'An error from the OAuth token endpoint: the body has `error_code` or `error` (e.g. `invalid_request`, `unsupported_grant_type`)',
      other: 'Something else: no connection, a CORS error in the browser, a 5xx, or another code',
    },
  },
  'code-4100': {
    title: '`4100`: does every call fail, or only one?',
    body: '`4100` means the token failed authentication, usually with HTTP 401: the token is wrong, has expired, or went to the other region.',
    answers: {
      'every-call': 'Every call fails, even the simplest one',
      'only-chat-retrieve': "Only coze-js `chat.retrieve` (polling a chat's status) fails while other calls work, with an OAuth token",
      'only-websocket': 'REST calls work; only WebSocket (audio, realtime chat) fails',
    },
  },
  'code-4101': {
    title: '`4101`: which message came with it?',
    body: '`4101` means one of two things: the token lacks permission for this resource, or this region does not know the token at all. Look at the exact text in the `msg` field.',
    answers: {
      'token-incorrect': '`The token you entered is incorrect. Please double-check and try again.`',
      'no-permission': '`Your token does not have permission to access resource...`, asking you to check the resource ID or token',
      'not-sure': 'I cannot see the text, or it says something else',
    },
  },
  'code-700012006': {
    title: '`700012006`: are you calling the official Coze API or your own Coze Studio?',
    body: 'On the official API it means the same as `4100`, an invalid access token (`access token invalid`), usually with HTTP 401.',
    answers: {
      'coze-cloud': 'The official API: `api.coze.cn` or `api.coze.com`',
      'self-hosted': 'My self-hosted Coze Studio, and the message mentions `missing session_key in cookie`',
    },
  },
  'http-401': {
    title: 'Which request returned HTTP 401?',
    answers: {
      'api-call': 'An ordinary API call (`/v1/...`, `/v3/...`)',
      'kid-not-registered': 'The OAuth token endpoint, saying `invalid jwt: kid not been registred`',
      'invalid-client': 'The OAuth token endpoint, with `invalid_client` and some other message',
      websocket: 'A WebSocket connection (audio, realtime chat), while REST calls work',
      'self-hosted': 'My self-hosted Coze Studio: `{"code":401,"msg":"missing session_key in cookie"}`',
    },
  },
  'http-403': {
    title: 'Where does the HTTP 403 happen?',
    body: 'The official SDKs treat HTTP 403 and `4101` as the same thing: permission denied.',
    answers: {
      'every-call': 'Every call gets 403, even the simplest one',
      'some-calls': 'Only some APIs, or some bots or workflows',
      'proxy-page': 'The 403 is not Coze JSON but a web page from a proxy, firewall or gateway',
      websocket: 'Only the WebSocket handshake (audio, realtime chat), while REST calls with the same token work',
    },
  },
  'code-4013': {
    title: 'Rate limited: what do your calls look like?',
    body: '`4013` means the model request rate limit was exceeded, `4020` the model requests-per-minute limit; HTTP 429 is a rate limit too.',
    answers: {
      bursts: 'Many requests in a short time: in parallel, in a loop, or retried at once after a failure',
      'low-volume': 'Not many requests, and still limited',
      'billing-codes': 'I also see codes such as `4008`, `4009`, `4011`, `4019`, `4027` or `4028`',
    },
  },
  'code-4015': {
    title: '`4015`: is this bot published as an API?',
    body: '`4015` means the bot is not published to the channel you call. To call a bot through the API, it must be published to the API channel (Agent As API).',
    answers: {
      'not-published': 'It is not published as an API',
      published: 'It is published as an API',
      'not-sure': 'I am not sure',
    },
  },
  'code-4000': {
    title: '`4000`: request parameter error. Which sounds more like your case?',
    body: '`4000` is usually not about the token but about the request itself. Workflow streaming returns it as `error_code: 4000`.',
    answers: {
      'json-body': 'The body may be wrong: not JSON, no `Content-Type: application/json`, or a wrong field name or type',
      ids: 'An ID (`bot_id`, `workflow_id`, `conversation_id`) may be wrong, or changed somewhere in my code',
    },
  },
  'other-error': {
    title: 'What do you see?',
    answers: {
      'no-response': 'No HTTP response at all: the connection failed (e.g. `UnknownHostException`), or the SDK threw before sending',
      'browser-blocked': 'A CORS error in the browser console, or coze-js refuses a `pat_` token in the browser',
      'server-error': 'HTTP 5xx, or `code` `5000`',
      'code-4200': '`code` `4200`: resource not found, or workflow not published',
      'connector-not-bound': '`connector app should bind connector id` when a channel app asks for a token',
      'something-else': 'None of these: test the token first',
    },
  },
  'no-response': {
    title: 'Did the request leave your machine?',
    body: 'A stack trace that names a network error (`UnknownHostException`, `ENOTFOUND`, `no such host`, a timeout) means the request was sent and got no answer. One that names a key, a class or the `base_url` means the SDK failed before sending anything.',
    answers: {
      'connection-failed': 'The connection failed: name resolution, a timeout or a reset connection',
      'sdk-threw':
        'The SDK threw before sending: a Java `NoSuchMethodError` / `NullPointerException`, a private key it cannot read, or a `base_url` it refuses',
    },
  },
  'sdk-setup': {
    title: 'Which error did the SDK throw?',
    body: 'These come from the SDK on your machine before any request is sent, so there is no Coze `code`, HTTP status or `logid`.',
    answers: {
      'jjwt-clash': 'coze-java: `java.lang.NoSuchMethodError` naming `io.jsonwebtoken` (jjwt)',
      'refresh-before-npe': 'coze-java: `NullPointerException` at `JWTOAuth.getRefreshBefore`',
      'private-key-format': '`Invalid private key format` (coze-js) or `failed to parse private key` (coze-go)',
      'ws-base-url-https': "cozepy WebSocket: `base_url must start with 'https://'`",
    },
  },
  'oauth-error': {
    title: 'Which error did the OAuth token endpoint return?',
    body: 'Look at `error_code` (or `error`) and `error_message` in the response of `POST /api/permission/oauth2/token`.',
    answers: {
      'invalid-client': '`invalid_client` with any message other than the `kid` one',
      'kid-not-registered': '`invalid jwt: kid not been registred`',
      'invalid-request': '`invalid_request`, e.g. `invalid request: {parameter}`',
      'unsupported-grant-type': '`unsupported_grant_type`',
      'access-deny': '`access_deny`: app deactivated, invalid app type, or login session invalid',
      'user-flow':
        'A user authorization flow (PKCE or device code, e.g. in the OAuth playground): a `state` problem, a refusal, a spent code, an unknown `client_id`, or a device-flow answer',
    },
  },
  'access-deny': {
    title: '`access_deny`: which message came with it?',
    answers: {
      'other-message': '`… is currently deactivated by the owner`, `login session invalid`, or another message',
      'invalid-app-type': '`invalid app type`',
    },
  },
  'user-flow-error': {
    title: 'Where did the authorization flow stop?',
    body: 'The OAuth playground names the cause on its result; in your own app, look at the redirect back from the authorize page and at the exchange response.',
    answers: {
      'state-mismatch': 'The `state` that came back differs from the one sent',
      'session-lost': "Back from the authorize page, the flow's `state` / `code_verifier` were gone (another tab, cleared storage)",
      'consent-declined': 'The redirect came back with `error=access_denied`: the consent was declined',
      'code-spent': 'The code exchange was refused: the code was already used, or is too old',
      'client-unknown': '`invalid_client` on the authorize or token request: the `client_id` is not known there',
      'device-flow': 'A device-flow answer while polling: `authorization_pending`, `slow_down`, `access_denied` or `expired_token`',
    },
  },
  'device-flow-error': {
    title: 'Which device-flow answer do you get while polling?',
    answers: {
      'authorization-pending': '`authorization_pending`',
      'slow-down': '`slow_down`',
      'access-denied': '`access_denied`',
      'expired-token': '`expired_token`',
    },
  },
  'token-check': {
    title: 'Test the token',
    body: 'Paste the token your code really sends (the part after `Authorization: Bearer `) and set the region to **auto**. The check only calls the read-only `GET /v1/users/me`, asks coze.cn and coze.com at once, and tells you whether the token is valid, which region it belongs to, and whether it is an access token at all. If you already know the answer, pick it directly.',
    answers: {
      valid: 'The tool says valid / other calls with the same token work',
      expired: 'The tool says expired / I know it has expired',
      'invalid-token': 'The tool says invalid / Coze does not know this token',
      'wrong-region': 'The tool says it belongs to the other region / my token and the host I call are on different sites',
      'not-a-token': 'The tool says this is not an access token (but a client id, refresh token, JWT or the like)',
      malformed: 'The tool says the token is malformed (spaces, line breaks, full-width characters) / I may have copied extra characters',
      'missing-permission': 'The tool says the token lacks permission (`4101`) even for the identity call',
      'rate-limited': 'The tool says rate limited (`4013` or HTTP 429)',
    },
  },
  'which-access': {
    title: 'The token itself is fine. So what fails?',
    answers: {
      'permission-point': 'An API whose permission point the token may not have (e.g. `createBot`, `chat`, `listWorkflow`)',
      workspace: 'Resources in a workspace (team space) the token may not have been granted',
      'resource-id': 'One particular bot, workflow or conversation ID',
      'not-published': 'The bot returns `4015`, or is not published as an API',
      'only-chat-retrieve': 'Only coze-js `chat.retrieve` fails, with an OAuth token',
      'only-from-code': 'It works in the tool or with curl, but fails when my code sends it',
    },
  },
} satisfies Record<string, QuestionCopy>;

export default {
  title: 'My call fails: start from the error code',
  description: 'Start from the error code or HTTP status you have, test the token, and find out why the call really fails and how to fix it.',
  steps: {
    ...questions,
    ...tokenOutcomes,
    ...accessOutcomes,
    ...serviceOutcomes,
    ...oauthOutcomes,
    ...surfaceOutcomes,
    ...sdkSetupOutcomes,
    ...authorizeOutcomes,
  },
} satisfies WizardCopy;
