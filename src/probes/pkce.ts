/**
 * PKCE (RFC 7636) and the Coze authorize URL, for the OAuth playground. Pure: Web Crypto only, the
 * same in Node and the browser; nothing here sends a request.
 * Facts (coze-auth-facts.md §1, §3): the authorize page is the API host with `api` swapped for `www`
 * (`https://www.coze.cn/api/permission/oauth2/authorize`); for a custom base URL coze-py uses the
 * base URL itself, and so do we. coze-js defaults to S256, which is the only method offered here.
 */
import type { ResolvedBaseUrl } from '~/probes/base-url';
import { COZE_API_ORIGINS, COZE_WEB_ORIGINS } from '~/site/origins.mjs';

const AUTHORIZE_PATH = 'api/permission/oauth2/authorize';

/** RFC 4648 §5 base64url without padding. */
function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

/** 32 random bytes as base64url: 43 characters from the unreserved set, as RFC 7636 §4.1 asks. */
export function randomVerifier(): string {
  return base64Url(randomBytes(32));
}

/** An unguessable `state` (128 bits), checked when the browser comes back. */
export function randomState(): string {
  return base64Url(randomBytes(16));
}

/** RFC 7636 §4.1: 43–128 characters of `[A-Za-z0-9-._~]`. */
export function isValidVerifier(verifier: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
}

/** `BASE64URL(SHA256(ASCII(verifier)))`, the S256 `code_challenge`. */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

type Target = Extract<ResolvedBaseUrl, { ok: true }>;

/**
 * Where the authorize page lives for a target: `www.coze.cn` / `www.coze.com` for the official
 * hosts, else the base URL itself (a self-hosted Coze Studio, or a test server standing in for a region).
 */
function authorizeBaseFor(target: Target): string {
  if (target.region !== 'custom' && target.baseUrl === `${COZE_API_ORIGINS[target.region]}/`) return `${COZE_WEB_ORIGINS[target.region]}/`;
  return target.baseUrl;
}

export interface AuthorizeUrlInput {
  readonly target: Target;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly codeChallenge: string;
}

/** The authorize URL the visitor opens (`response_type=code`, S256 challenge). */
export function authorizeUrl(input: AuthorizeUrlInput): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    state: input.state,
    code_challenge: input.codeChallenge,
    code_challenge_method: 'S256',
  });
  return `${new URL(AUTHORIZE_PATH, authorizeBaseFor(input.target)).href}?${params.toString()}`;
}

/**
 * The `redirect_uri` to register: the page's own address without query or fragment, so the same
 * value is sent in the authorize request and in the exchange (the docs require them to match).
 */
export function redirectUriFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}`;
}
