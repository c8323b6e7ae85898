/** English copy for verdicts, input problems and notes. `{column}` and `{codePoint}` are filled in by problemCopy. */
import type { CopyTable } from '~/probes/verdict-copy-table';

export const en: CopyTable = {
  verdicts: {
    valid: { title: 'The token works', text: 'The Coze API accepted this token and returned the account it belongs to.' },
    malformed: { title: 'The input is not usable as typed', text: 'Something in the pasted text cannot be part of a token, so nothing was sent.' },
    'not-a-token': {
      title: 'This is not an access token',
      text: 'What you pasted is another kind of credential, so it cannot go in an Authorization header as is.',
    },
    'invalid-token': {
      title: 'The API does not accept this token',
      text: 'The API answered that the token is wrong, revoked, expired or unknown on this host; it does not say which.',
    },
    expired: { title: 'The token or refresh token has expired', text: 'The answer points to an expired or already used credential; get a new one.' },
    'wrong-region': {
      title: 'The token belongs to the other region',
      text: 'The token works on the other Coze host, so your code is calling the wrong base URL.',
    },
    'missing-permission': {
      title: 'The token lacks a permission',
      text: 'The API knows the token but it is not allowed to do this; check its permission points and workspaces.',
    },
    'rate-limited': { title: 'Too many requests', text: 'The API asked to slow down; wait a moment before trying again.' },
    'network-error': { title: 'The API could not be reached', text: 'No answer came back from the host, because of the network, DNS, a proxy or a firewall.' },
    'cors-blocked': {
      title: 'The browser blocked the request',
      text: 'The host is reachable but the browser refused to let this page read the answer; run the command below instead.',
    },
    timeout: { title: 'The API did not answer in time', text: 'The request got no answer within the time limit; the host may be slow or unreachable.' },
    'server-error': {
      title: 'The API had an internal error',
      text: 'The host answered with a server error, which is not caused by your token; try again later.',
    },
    'unexpected-response': {
      title: 'An answer we cannot read',
      text: 'The host answered with something other than a Coze API response, such as a proxy page or an empty body.',
    },
  },
  problems: {
    empty: { title: 'Nothing to check', text: 'Paste a token into the box first.' },
    'too-long': { title: 'Too long for a token', text: 'This is far longer than any Coze credential; paste only the token itself.' },
    'inner-whitespace': { title: 'A space inside the token', text: 'Character {column} is a space; tokens never contain spaces.' },
    'line-break': { title: 'A line break inside the token', text: 'Character {column} is a line break, often added when a chat app wraps a long line.' },
    'full-width': {
      title: 'A full-width character',
      text: 'Character {column} is a full-width character ({codePoint}), usually typed by a Chinese input method; retype it in half-width mode.',
    },
    'non-ascii': {
      title: 'A character that cannot be in a token',
      text: 'Character {column} is {codePoint}, which is not a plain ASCII letter, digit or symbol.',
    },
    'invisible-character': {
      title: 'An invisible character',
      text: 'Character {column} is an invisible character ({codePoint}) that came along with the copy.',
    },
    'control-character': { title: 'A control character', text: 'Character {column} is a control character ({codePoint}) that cannot be part of a token.' },
    'jwt-assertion': { title: 'This is a JWT, not a token', text: 'A signed JWT is exchanged for an access token first; check it with the JWT inspector.' },
    'client-id': { title: 'This is an OAuth client ID', text: 'A client ID names your app; it is not a token and cannot authorise API calls.' },
    'app-id': { title: 'This is an app ID', text: 'A numeric app ID is the issuer of a JWT; it is not a token.' },
    'auth-code': { title: 'This is an authorization code', text: 'An authorization code must be exchanged for an access token before it can be used.' },
    'access-token-in-refresh-box': { title: 'This is an access token', text: 'This box needs the refresh token that came with it, not the access token.' },
    'client-id-shape': { title: 'Not a client ID', text: 'An OAuth client ID looks like digits followed by .app.coze.' },
    'not-a-jwt': { title: 'Not a JWT', text: 'A JWT has three parts separated by dots and a readable header.' },
    'base-url-invalid': {
      title: 'Not a valid base URL',
      text: 'Type a full URL with its scheme, such as http://127.0.0.1:8888 for a Coze Studio running on this computer.',
    },
    'base-url-insecure': {
      title: 'The base URL must use https',
      text: 'Plain http is allowed only for 127.0.0.1 and localhost (e.g. http://127.0.0.1:8888), so a token never travels unencrypted.',
    },
    'base-url-credentials': { title: 'No user name or password in the URL', text: 'Remove the user:password part; the token is the only credential sent.' },
    'base-url-query': { title: 'No query or fragment in the base URL', text: 'Remove everything from ? or # onwards.' },
  },
  notes: {
    trimmed: { title: 'Spaces removed', text: 'Spaces or blank lines around the token were removed.' },
    'stripped-bearer': { title: '“Bearer” removed', text: 'The Bearer prefix was removed; the check adds it itself.' },
    'stripped-quotes': { title: 'Quotes removed', text: 'Quotes around the token were removed.' },
    'stripped-authorization-label': { title: '“Authorization:” removed', text: 'The header name was removed; only the token is kept.' },
    'unusual-length': { title: 'Unusual length', text: 'Tokens of this kind normally have 64 characters after the prefix; part may be missing.' },
    'maybe-refresh-token': { title: 'This may be a refresh token', text: 'It has the shape of an OAuth refresh token, which cannot be used to call the API.' },
    'cztei-uncertain': { title: 'A cztei_ token', text: 'This kind is not in the official docs; what it may be used for is not confirmed.' },
    'region-suspect': {
      title: 'Possibly the wrong region',
      text: 'This rejection is also what the API says when a token from the other region is used; try auto-detect.',
    },
    'expired-uncertain': {
      title: 'Expiry not confirmed',
      text: 'The API does not document what an expired or reused refresh token returns, so this reading is a best guess.',
    },
    'workspaces-missing-permission': {
      title: 'Workspaces not listed',
      text: 'The token works, but it may not list workspaces (the listWorkspace permission point is missing).',
    },
    'workspaces-unavailable': { title: 'Workspaces not available', text: 'The token works, but the workspace list could not be fetched.' },
    'other-host-unreachable': {
      title: 'The other region did not answer',
      text: 'One Coze host could not be reached, so the region could not be fully checked.',
    },
    'refresh-token-rotated': {
      title: 'Save the new refresh token now',
      text: 'The old refresh token no longer works; only the new one below can be used next time.',
    },
    'redirect-refused': {
      title: 'Redirect not followed',
      text: 'The host answered with a redirect, which the check does not follow so the token stays on this host.',
    },
    'self-hosted-session': {
      title: 'Self-hosted Coze Studio',
      text: 'This message comes from Coze Studio, which expects its own login session rather than a token.',
    },
  },
};
