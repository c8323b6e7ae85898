/**
 * Nothing a visitor pastes can break a page: for arbitrary JWTs, token pastes and error bodies, every
 * tool's parse, classify and render path returns a message instead of throwing.
 */
import fc from 'fast-check';
import { h, type ComponentType } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { cspDirectives } from '~/config/csp.mjs';
import { explainTarget, problemMessage } from '~/islands/tools/format';
import { Decoded } from '~/islands/tools/jwt/Decoded';
import { Findings } from '~/islands/tools/jwt/Findings';
import { toolLabels } from '~/islands/tools/labels';
import { RequestPreview } from '~/islands/tools/RequestPreview';
import { IssuedToken } from '~/islands/tools/IssuedToken';
import { InputFeedback } from '~/islands/tools/token-check/InputFeedback';
import { draftOf } from '~/islands/tools/token-form/draft';
import { VerdictView } from '~/islands/tools/VerdictView';
import { classify, classifyPasted, explainVerdict, inspectJwt, lookupError, normalizeToken } from '~/probes';
import { expiresAtFrom } from '~/probes/token-response';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import { LOCALES, type Locale } from '~/site/locale';

const RUNS = { numRuns: 200 };
// Rendering is CPU-bound and the machine is shared: a generous budget, never a flaky one.
const SLOW = 60_000;
const PAGE = { policy: cspDirectives({}).join('; '), origin: 'https://doctor.example' };
const NOW = new Date('2026-01-01T00:00:00Z');
const render = <P>(component: ComponentType<P>, props: P) => renderToString(h(component as ComponentType<object>, props as object));
const base = (locale: Locale) => ({ locale, common: toolLabels[locale].common, copy: VERDICT_COPY[locale], titles: {} });

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const jwtOf = (header: unknown, claims: unknown) => `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.c2ln`;

/** Claim values people really paste: huge, negative, fractional, strings, milliseconds, nested. */
const oddTime = fc.oneof(
  fc.constantFrom(1e300, -1e300, 8.64e12, 1.7e12, 0, -1, 0.5, Number.MAX_SAFE_INTEGER, 1e21),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.string(),
  fc.jsonValue(),
);
const header = fc.record(
  { alg: fc.oneof(fc.constantFrom('RS256', 'none', 'HS256', ''), fc.jsonValue()), typ: fc.jsonValue(), kid: fc.jsonValue() },
  { requiredKeys: [] },
);
const claims = fc.record(
  {
    iss: fc.jsonValue(),
    aud: fc.oneof(fc.constantFrom('api.coze.cn', 'https://api.coze.com'), fc.array(fc.jsonValue()), fc.jsonValue()),
    iat: oddTime,
    exp: oddTime,
    jti: fc.jsonValue(),
    session_name: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

function renderInspection(jwt: string, locale: Locale, host: 'cn' | 'com' | 'custom', baseUrl: string) {
  const inspection = inspectJwt(jwt, { host, ...(host === 'custom' ? { baseUrl } : {}), now: NOW });
  const labels = toolLabels[locale].jwt;
  return render(Findings, { inspection, expected: 'api.coze.cn', now: NOW, locale, labels }) + render(Decoded, { inspection, labels });
}

describe('the JWT inspector', { timeout: SLOW }, () => {
  test('renders a finding, not a RangeError, for exp 1e300', () => {
    const html = renderInspection(jwtOf({ alg: 'RS256', typ: 'JWT', kid: 'k' }, { exp: 1e300, iat: 1 }), 'en', 'cn', '');
    expect(html).toContain(toolLabels.en.jwt.notADate);
    expect(html).toContain('data-finding="window-too-long"');
  });

  test.each(LOCALES)('renders any header and claims without throwing (%s)', (locale) => {
    fc.assert(
      fc.property(header, claims, fc.constantFrom('cn', 'com', 'custom') as fc.Arbitrary<'cn' | 'com' | 'custom'>, fc.string(), (hd, cl, host, baseUrl) => {
        expect(typeof renderInspection(jwtOf(hd, cl), locale, host, baseUrl)).toBe('string');
      }),
      RUNS,
    );
  });

  test('reads any pasted text as a finding, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.array(fc.string(), { maxLength: 4 }).map((p) => p.join('.')),
        ),
        (text) => {
          expect(inspectJwt(text, { host: 'cn', now: NOW }).findings.length).toBeGreaterThanOrEqual(0);
          renderInspection(text, 'zh-CN', 'cn', '');
        },
      ),
      RUNS,
    );
  });
});

describe('the token form', { timeout: SLOW }, () => {
  test.each(LOCALES)('turns any paste into a message or a preview (%s)', (locale) => {
    const l = toolLabels[locale];
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        fc.constantFrom('cn', 'com', 'auto', 'custom') as fc.Arbitrary<'cn' | 'com' | 'auto' | 'custom'>,
        fc.string(),
        (token, host, baseUrl) => {
          const draft = draftOf({ token, host, baseUrl, appHost: 'com' }, PAGE);
          const normalized = normalizeToken(token);
          if (!normalized.ok) expect(problemMessage(normalized.problem, VERDICT_COPY[locale])).not.toBe('');
          if (draft.baseUrlProblem) expect(problemMessage(draft.baseUrlProblem, VERDICT_COPY[locale])).not.toBe('');
          render(InputFeedback, { id: 'x', normalized: draft.normalized, labels: l.tokenCheck, common: l.common, copy: VERDICT_COPY[locale] });
          render(RequestPreview, { idPrefix: 'x', requests: draft.described.ok ? draft.described.requests : null, labels: l.common });
          expect(JSON.stringify(draft.described)).not.toContain(token.length >= 12 && normalized.ok ? normalized.token : '\u0000never');
        },
      ),
      RUNS,
    );
  });
});

/** Error bodies as people paste them: Coze JSON with odd field types, OAuth errors, HTML, logs, junk. */
const errorBody = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ code: fc.jsonValue(), msg: fc.jsonValue(), detail: fc.jsonValue() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.record({ error_code: fc.jsonValue(), error_message: fc.jsonValue(), error: fc.jsonValue() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.tuple(fc.integer({ min: 100, max: 599 }), fc.string()).map(([status, body]) => `HTTP/1.1 ${status} X\r\ncontent-type: application/json\r\n\r\n${body}`),
  fc.string().map((s) => `cozepy.exception.CozeAPIError: code: 4100, msg: ${s}, logid: ${s}`),
);

describe('reading error bodies', { timeout: SLOW }, () => {
  test('reads a code that is an object with its own toString', () => {
    expect(classify({ status: null, body: '{"code":{"toString":[]}}' }).verdict).toBe('unexpected-response');
  });

  test.each(LOCALES)('classifies, looks up and renders any body without throwing (%s)', (locale) => {
    fc.assert(
      fc.property(errorBody, fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }), (body, status) => {
        const live = classify({ status, headers: {}, body });
        const pasted = classifyPasted(body);
        const found = lookupError(body);
        for (const match of found.matched ? [found.best, ...found.others] : []) {
          explainTarget({ guide: match.guide }, locale, {});
          if (match.step) explainTarget(match.step, locale, {});
        }
        for (const c of [live, ...(pasted.ok ? [pasted] : [])]) {
          const html = render(VerdictView, {
            base: base(locale),
            source: 'pasted' as const,
            verdict: c.verdict,
            uncertain: c.uncertain,
            explain: explainVerdict(c.verdict),
            evidence: [c.facts],
            notes: c.notes,
          });
          expect(html).toContain(`data-verdict="${c.verdict}"`);
        }
      }),
      RUNS,
    );
  });
});

describe('an issued token', { timeout: SLOW }, () => {
  test.each(LOCALES)('shows any expires_in as a date or not at all (%s)', (locale) => {
    fc.assert(
      fc.property(oddTime, (expiresIn) => {
        const expiresAt = expiresAtFrom(expiresIn, NOW);
        if (expiresAt) expect(Number.isFinite(expiresAt.getTime())).toBe(true);
        const html = render(IssuedToken, { id: 'x', label: 'x', token: 'czu_x', fingerprint: null, expiresAt, locale, labels: toolLabels[locale].common });
        expect(html).not.toContain('NaN');
      }),
      RUNS,
    );
  });
});
