import type { OutcomeCopy } from '~/wizards/engine/types';

// Errors of the OAuth token endpoint (`POST /api/permission/oauth2/token`), by their `error_code`.
const RETRY = 'Run the same token request again: it returns an `access_token`.';

export default {
  'jwt-kid-not-registered': {
    title: 'The token endpoint does not know your JWT key (`kid not been registred`)',
    problem:
      '`invalid jwt: kid not been registred` (their spelling) comes with HTTP 401 and `invalid_client`: the `kid` in your JWT header names no public key of this app on the host you called. Either the `kid` is not the public key fingerprint, or the JWT went to the other region, whose apps and keys are separate.',
    steps: [
      'Open the service app at `https://www.coze.cn/open/oauth/apps` (coze.com: `https://www.coze.com/open/oauth/apps`) and copy the **public key fingerprint** (公钥指纹) of the key pair you sign with; that string, not the public key itself, goes in the JWT header as `kid`.',
      "Make sure `iss` is this app's ID, the numeric one shown for the service app.",
      'Send the token request to the host of the site where the app lives: `https://api.coze.cn/api/permission/oauth2/token` for a 扣子 app, `https://api.coze.com/...` for a coze.com app, and set `aud` to the same host name. The official SDKs default to `api.coze.com`, so a 扣子 app needs the base URL set explicitly.',
      'If the key pair was deleted or regenerated, create a new one in the console (up to 3 per app), download `private_key.pem`, and sign with it.',
    ],
    verify: ['Paste the JWT into the **JWT inspector**: `kid`, `iss` and `aud` match the app and host.', RETRY],
  },
  'oauth-invalid-request': {
    title: 'The token request is missing or garbles a parameter (`invalid_request`)',
    problem:
      '`invalid_request` says the request itself is wrong; the documented message is `invalid request: {parameter}`, naming the parameter. It is not a verdict on a token: refreshing or re-authorizing will not help until the request is fixed.',
    steps: [
      'Read the parameter named after `invalid request:` in `error_message` and check that field first.',
      'Send the body as JSON with `Content-Type: application/json`; a form-encoded body does not work.',
      'If it names `refresh_token`, the refresh token itself was refused: missing, mistyped, already used once (each works only once) or older than 30 days. The API does not say which; work through this site\'s "Token expired and refresh failed" wizard.',
      'Check the fields the flow needs: authorization code `grant_type`, `client_id`, `redirect_uri`, `code`; refresh `grant_type`, `client_id`, `refresh_token`; device `grant_type`, `client_id`, `device_code`.',
      'On the authorize page, the official FAQ says "request parameter error" usually means an unescaped character in the callback URL: write `#` as `%23`, and use exactly a `redirect_uri` registered for the app.',
    ],
    verify: [RETRY],
  },
  'oauth-grant-type': {
    title: 'The token endpoint does not accept this `grant_type` (`unsupported_grant_type`)',
    problem: 'The `grant_type` in the body is misspelt, empty, or not one this endpoint accepts for your app type.',
    steps: [
      'Use exactly one of: `authorization_code` (exchange a code), `refresh_token` (refresh), `urn:ietf:params:oauth:grant-type:device_code` (device flow polling), `urn:ietf:params:oauth:grant-type:jwt-bearer` (service app with a JWT).',
      'Send the body as JSON (`Content-Type: application/json`); a form-encoded body may leave `grant_type` unread.',
      'Match the grant to the app type: a service (JWT) app has no refresh token, so `refresh_token` does not apply to it.',
    ],
    verify: [RETRY],
  },
  'app-access-deny': {
    title: 'The OAuth app may not issue tokens right now (`access_deny`)',
    problem:
      "`access_deny` comes with one of three documented messages: `app: {name} is currently deactivated by the owner` (the app is switched off), `invalid app type` (the flow does not fit this app's client type), or `login session invalid` (the signed-in session behind the request has ended). The token you hold is not the problem.",
    steps: [
      'Deactivated: the app owner opens `https://www.coze.cn/open/oauth/apps`, finds the app and enables it again. After a workspace migration, do not disable or delete the old personal OAuth app.',
      'Invalid app type: use the flow that matches the client type the app was created with: web backend → authorization code, SPA/mobile → PKCE, TV/CLI → device code, service → JWT.',
      'Login session invalid: sign in to Coze again and repeat the authorization.',
    ],
    verify: [RETRY],
  },
  'device-flow-pending': {
    title: 'The device flow is still waiting for the user (`authorization_pending` / `slow_down`)',
    problem:
      'Both are normal answers while polling the token endpoint in the device flow: `authorization_pending` means the user has not approved yet; `slow_down` means you poll too often.',
    steps: [
      'Show the user the `verification_uri` and the `user_code` (or `verification_uri?user_code=...`) and ask them to approve in the browser.',
      'Poll every `interval` seconds (default 5) with `grant_type` `urn:ietf:params:oauth:grant-type:device_code`; on `slow_down`, add 5 seconds to the interval (the official SDKs cap it at 30).',
      'Stop when the `expires_in` of the device code (a duration, 300 s by default) runs out, and start over.',
    ],
    verify: ['Once the user approves, the next poll returns an `access_token` and a `refresh_token`.'],
  },
  'device-access-denied': {
    title: 'The user declined the authorization (`access_denied`)',
    problem:
      'In the device flow, `access_denied` means the person on the approval page refused. Nothing is wrong with your app or a token; no token was issued.',
    steps: ['Stop polling with this `device_code`.', 'Request a new device code, show the new `user_code`, and ask the user to approve this time.'],
    verify: ['After approval, polling returns an `access_token`.'],
  },
  'device-code-expired': {
    title: 'The device code expired before the user approved (`expired_token`)',
    problem:
      'In the device flow, `expired_token` means the `device_code` ran out: its `expires_in` is a duration (300 s by default) counted from the device-code request. It is not about an access or refresh token, so refreshing does not help.',
    steps: [
      'Call `POST /api/permission/oauth2/device/code` with your `client_id` again for a new `device_code` and `user_code`.',
      'Show the new code at once and keep polling every `interval` seconds until approval or the new expiry.',
    ],
    verify: ['The user approves within the time, and polling returns an `access_token`.'],
  },
  'connector-not-bound': {
    title: 'The channel app is not bound to its channel (`connector app should bind connector id`)',
    problem: 'A channel (渠道) OAuth app has to be bound to the custom channel it serves before its JWT gets a token.',
    steps: [
      "In the Coze console, open the channel's settings and bind the OAuth app to the custom channel.",
      "Request the token again with the channel app's JWT.",
    ],
    verify: [RETRY],
    uncertain: 'The exact console path for binding a channel app is not in the sources this site relies on.',
  },
} satisfies Record<string, OutcomeCopy>;
