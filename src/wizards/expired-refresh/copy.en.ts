import type { QuestionCopy, WizardCopy } from '~/wizards/engine/types';
import oauthOutcomes from '~/wizards/expired-refresh/outcomes/oauth.en';
import checkOutcomes from '~/wizards/expired-refresh/outcomes/checks.en';
import patJwtOutcomes from '~/wizards/expired-refresh/outcomes/pat-jwt.en';

// Labels of check answers must read as a human answer too: the visitor may click them instead of running the probe.
const questions = {
  'auth-method': {
    title: 'Which credential does your app really use?',
    body: 'Go by what your code and configuration contain, not by what they call it. If you are unsure, pick the last answer and we will tell by the features.',
    answers: {
      pat: 'A personal or service access token: created in the console, starting with `pat_` or `sat_`',
      jwt: 'An OAuth service app (JWT): you sign a JWT with a private key and exchange it for an access token starting with `czs_`',
      'oauth-user':
        'OAuth user authorization (web authorization code, PKCE or device code): a user logs in and consents, and you get an access token starting with `czu_` plus a `refresh_token`',
      'not-sure': 'Not sure, e.g. the code calls it "OAuth JWT" but also has a refresh token',
    },
  },
  'which-flow': {
    title: 'Tell by the features: which of these does your code or configuration have?',
    body: 'Names can mislead: some projects call their flow "OAuth JWT" while using a client secret, a redirect URI and a refresh token, which is really the web authorization code flow. Only service apps (JWT) sign with a private key, and they have no refresh token.',
    answers: {
      'private-key': 'A private key file (such as `private_key.pem`) and a public key fingerprint (the `kid` in the JWT header), but no refresh token',
      'refresh-token': 'A redirect URI and a `refresh_token`, perhaps also a client secret',
      'console-token-only': 'Just one token copied from the console, nothing else',
    },
  },
  'pat-verdict': {
    title: 'Test this token: does it still work, and in which region?',
    body: 'Personal and service access tokens cannot be refreshed. Paste the token and set the region to **auto**: the check asks both coze.cn and coze.com with `GET /v1/users/me` and tells you whether the token has expired and where it belongs. Also say which host your app calls: a token that works only in the other region is then reported as the other region. If you already know the answer, pick it directly.',
    answers: {
      expired: 'The tool says expired / I know it has expired',
      'invalid-token': 'The tool says invalid / I deleted or reset it',
      'wrong-region': 'The tool says it belongs to the other region / my token and the host I call are on different sites',
      valid: 'The tool says valid / the same token works elsewhere',
      'not-a-token': 'The tool says this is not an access token (a client id, JWT or refresh token)',
      malformed: 'The tool says the token is malformed (spaces, line breaks, full-width characters)',
      'missing-permission': 'The tool says the token lacks permission (`4101`)',
      'rate-limited': 'The tool says rate limited (`4013` or HTTP 429)',
    },
  },
  'jwt-symptom': {
    title: 'Service app (JWT): which of these do you see?',
    body: 'The JWT flow has no refresh token: each time, you sign a new JWT with the private key and exchange it at the token endpoint for an access token starting with `czs_`.',
    answers: {
      'refresh-attempt': 'My code or library tries to "refresh" the `czs_` token, or waits for a refresh token that never comes',
      'jwt-reused': 'I sign one JWT and keep reusing it, or keep using a cached access token after it expires',
      'kid-not-registered': 'The exchange returns `invalid_client`: `invalid jwt: kid not been registred`',
      'time-rejected': 'A freshly signed JWT is rejected, or the same code works on one machine and fails on another',
      'access-deny': 'It returns `access_deny`, saying the app is deactivated (`is currently deactivated by the owner`)',
    },
  },
  'oauth-token-verdict': {
    title: 'First, test the access token your app saved last',
    body: 'Paste the access token your app is using (starting with `czu_`, not the refresh token) and set the region to **auto**. The check tells you whether it has really expired or is invalid, or whether it still works and only belongs to the other region. Also say which host your app calls: a token that works only in the other region is then reported as the other region. If you already know the answer, pick it directly.',
    answers: {
      expired: 'The tool says expired / I know it has expired',
      'invalid-token': 'The tool says invalid / I do not know why it stopped working',
      valid: 'The tool says valid / but my app says it has expired',
      'wrong-region': 'The tool says it belongs to the other region',
      'not-a-token': 'The tool says this is not an access token (e.g. I pasted the refresh token) / I have no access token at hand',
      malformed: 'The tool says the token is malformed (spaces, line breaks, full-width characters)',
      'missing-permission': 'The tool says the token lacks permission (`4101`)',
      'rate-limited': 'The tool says rate limited (`4013` or HTTP 429)',
    },
  },
  'valid-token-symptom': {
    title: 'The token still works, yet your app decided it has expired. How does your app decide?',
    answers: {
      'compares-expires-in': 'It compares `expires_in` from the token response with the current time',
      'loads-saved-copy': 'It reads tokens saved earlier: `localStorage`, a file, a database or environment variables',
      'api-rejects-it': 'Its API calls really are rejected (401, `4100` or `4101`), yet the token works in the test tool',
    },
  },
  'api-rejection': {
    title: "The token checks out, yet your app's calls are refused. Which calls?",
    answers: {
      'only-chat-retrieve': 'Only coze-js `chat.retrieve` (also inside `createAndPoll`) fails with `4100`; other calls work',
      'header-format': 'Calls from my code fail, while the same token works with curl or this site',
      'other-host': 'My app calls a different host than the one the check found the token on',
      'every-call': 'Every call fails with `4100` or `4101`',
    },
  },
  'refresh-error': {
    title: 'What did the refresh request return?',
    body: 'The refresh request is `POST /api/permission/oauth2/token` with `grant_type` set to `refresh_token` in the body. OAuth errors come in the `error_code` or `error` field of the response body, not in the `code` field ordinary API calls use. The docs do not say which error an expired or already used refresh token returns, so the answers below go by what you can see.',
    answers: {
      'invalid-client': '`invalid_client`',
      'access-deny': '`access_deny`, saying the app has been deactivated by its owner',
      'refresh-token-rejected': 'Some other error about the refresh token, or `invalid_request`',
      'no-details': 'I cannot see the response; my app only says "refresh failed, please re-authorize"',
      'reauthorize-fails': 'After the refresh failed, re-authorizing fails too: the authorize page shows an error, or says "request parameter error"',
    },
  },
  'refresh-token-history': {
    title: 'Think about the refresh token your app sent. Which fits best?',
    body: 'A refresh token lasts 30 days and works only once: after a successful refresh the old one is void at once, and the response carries a new one. The docs do not say what a spent or too-old refresh token returns (some clients report `invalid_grant`, which the docs never mention), so go by its history.',
    answers: {
      'older-than-30-days': 'I got it more than 30 days ago, e.g. the app sat idle for a month',
      'used-before': 'It may have been used already: an earlier refresh succeeded, or a retry after a network timeout sent it again',
      'parallel-refresh': 'Several tabs, processes or service instances may refresh at the same time',
      'kept-in-storage': 'It is an old value read from browser storage (such as `coze_oauth_tokens` in `localStorage`), a file or a database',
      'fresh-single-use': 'It is new and was used once, from one place',
    },
  },
  'refresh-host': {
    title: 'In which region did you create the OAuth app, and which host does the refresh go to?',
    body: 'An app created on 扣子 (`www.coze.cn`) is known only to `api.coze.cn`; one created on `www.coze.com` only to `api.coze.com`. All four official SDKs default to `api.coze.com`.',
    answers: {
      'hosts-differ': 'They differ: e.g. the app is on 扣子 (coze.cn) but the request goes to `api.coze.com`, or the other way round',
      'hosts-match': 'They match: the app, the authorize page and the refresh request are all in one region',
      'not-sure': 'I am not sure where the refresh request goes',
    },
  },
} satisfies Record<string, QuestionCopy>;

export default {
  title: 'Token expired and refresh failed',
  description:
    'Your app says "Token expired and refresh failed. Please re-authorize."? Find out which auth method you really use, then why the refresh failed and how to fix it.',
  steps: { ...questions, ...patJwtOutcomes, ...oauthOutcomes, ...checkOutcomes },
} satisfies WizardCopy;
