import type { OutcomeCopy } from '~/wizards/engine/types';

// Failures of a user authorization flow (PKCE or device code), as the OAuth playground and people's own
// apps meet them: on the authorize page, on the way back from it, or when the code is exchanged.
const PLAYGROUND =
  "Run the flow again in this site's **OAuth playground** with the same `client_id` and region: it shows every request and names the step that fails.";

export default {
  'oauth-state-mismatch': {
    title: 'Stop: the `state` that came back is not the one you sent (possible CSRF)',
    problem:
      "The authorize page sends the visitor back with `code` and the `state` your app generated. A different `state` means this redirect was not started by this session: it may be a forged link that tries to make you sign in with someone else's code (cross-site request forgery). The code must not be exchanged.",
    steps: [
      'Do not exchange the code and do not retry with it; close the page you came back to.',
      'Start the flow again from your own app (or the playground), in the same browser tab, and finish it without opening other authorize links in between.',
      'In your own app, generate a random `state` per attempt, keep it where the callback can read it (server session or `sessionStorage`), and reject any callback whose `state` differs.',
      'If you did not start a sign-in at all, treat the link as an attack: report it to whoever sent it.',
    ],
    verify: [`${PLAYGROUND} A fresh attempt comes back with the same \`state\` and reaches the exchange step.`],
  },
  'oauth-session-lost': {
    title: 'The redirect came back, but this tab no longer knows the flow it started',
    problem:
      'To exchange the code, the client needs the `state` and the PKCE `code_verifier` it made before leaving for the authorize page. They were not found: the redirect opened in another tab or browser, the session storage was cleared, or too much time passed. Nothing was sent; without the verifier the code cannot be exchanged.',
    steps: [
      'Start again from the beginning in one tab, and open the authorize link in that same tab (not a new window or another browser).',
      'Check that the `redirect_uri` registered for the app points back to the same origin (scheme, host and port) that started the flow: `http://127.0.0.1` and `http://localhost` are different origins for storage.',
      'In your own app, store `state` and `code_verifier` where the callback page can read them, and delete them after the exchange.',
    ],
    verify: [`${PLAYGROUND} The exchange request is shown with a \`code_verifier\`.`],
  },
  'oauth-consent-declined': {
    title: 'The user declined on the authorize page (`access_denied`)',
    problem:
      "The consent page came back with `error=access_denied`: the person signing in clicked Deny, or closed the consent without allowing. No code was issued. Nothing is wrong with the app or the flow; it is the user's answer (in the device flow the same refusal arrives while polling).",
    steps: [
      'If the refusal was a mistake, start the flow again and choose Allow (授权) on the consent page.',
      'If the page showed an error instead of a choice (for example the enterprise-level permission points that only an admin may grant), read the message there: an ordinary member cannot allow such an app; see the enterprise permissions guide.',
      'In your own app, handle `access_denied` as a normal answer: tell the user nothing was shared and offer to try again.',
    ],
    verify: [`${PLAYGROUND} After Allow, the redirect carries a \`code\` and the exchange returns an \`access_token\`.`],
  },
  'oauth-app-type': {
    title: 'This app type does not allow the flow you ran (`invalid app type`)',
    problem:
      'Each OAuth app is created for one client type, and the type fixes the flow: PKCE for 移动端 / PC 桌面端 / 单页面应用 (mobile, desktop, single-page app), the device code for TV端 / 设备应用 / 类命令行程序 (TV, device, command-line), the authorization code with a client secret for a web backend, JWT for a service app. `access_deny` with `invalid app type` says the `client_id` belongs to an app of another type.',
    steps: [
      'Open the app at `https://www.coze.cn/open/oauth/apps` (coze.com: `https://www.coze.com/open/oauth/apps`) and look at its client type.',
      'Run the flow that type allows, or create a new OAuth app of the type your program needs and use its `client_id`.',
      'A web backend app needs its client secret, which must never be in a browser: run that flow from your server or the command line.',
    ],
    verify: [`${PLAYGROUND} The authorize page (PKCE) or the device code request now succeeds.`],
  },
  'oauth-code-spent': {
    title: 'The authorization code was already used, or has expired',
    problem:
      'An authorization code works for one exchange only, and only for a short time. A second exchange with the same code (a page reload, a retry, two requests racing) or a late one is refused. The first exchange may well have succeeded: its tokens are what you should keep.',
    steps: [
      'Do not retry the exchange with the same code: start the flow again to get a fresh code, and exchange it at once.',
      'Make sure your callback exchanges the code exactly once: no retry on network errors, no second request when the page reloads; remove `code` from the address bar after reading it.',
      'Send the same `redirect_uri` and `code_verifier` as on the authorize request; a mismatch is refused too (`invalid_request`).',
    ],
    verify: [`${PLAYGROUND} A fresh code is exchanged once and returns an \`access_token\` and a \`refresh_token\`.`],
    uncertain:
      'Coze does not document which `error_code` a spent or expired code returns, nor how long a code is valid; single use is the OAuth 2.0 rule and what the playground observes.',
  },
  'oauth-client-unknown': {
    title: 'The token endpoint does not know this `client_id` (or the app lives in the other region)',
    problem:
      '`invalid_client` on the authorize or token request of a PKCE or device flow means no app with this `client_id` exists on the host you called. Either the ID is mistyped or copied from another app, or the app was created in the other region: apps on coze.cn and coze.com are separate, and an app of one does not exist on the other.',
    steps: [
      'Copy the `client_id` again from the app page at `https://www.coze.cn/open/oauth/apps` (coze.com: `https://www.coze.com/open/oauth/apps`), with no spaces.',
      'Use the hosts of the region where the app lives: `www.coze.cn` / `api.coze.cn` for a 扣子 app, `www.coze.com` / `api.coze.com` for a coze.com app. The official SDKs default to `api.coze.com`.',
      'If the app was deleted, create a new one and register the `redirect_uri` again.',
    ],
    verify: [`${PLAYGROUND} Pick the region where the app lives: the authorize page or the device code request now names your app.`],
  },
} satisfies Record<string, OutcomeCopy>;
