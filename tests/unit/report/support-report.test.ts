import { describe, expect, test } from 'vitest';
import { browserName, buildSupportReport, scrubReport, stripUserinfo } from '~/report/support-report';
import { reportLabels } from '~/report/labels';
import { wizardReport } from '~/islands/wizard/report';
import { VERDICT_COPY } from '~/probes/verdict-copy';
import { getWizard } from '~/wizards/registry';
import { LOCALES } from '~/site/locale';

const CANARY = `pat_${'CANARY'.repeat(10)}Qq77`;
const REFRESH = `${'r3fr35h'.repeat(8)}CANARY`;
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('buildSupportReport', () => {
  for (const locale of LOCALES) {
    test(`names the link, answers, check facts, language, date and browser but never a secret (${locale})`, () => {
      const text = buildSupportReport(
        {
          locale,
          subject: 'Token check',
          link: `https://user:${CANARY}@coze-auth-doctor.example/tools/token-check/`,
          result: 'invalid-token',
          answers: [{ question: 'Which code?', answer: '4100', verdict: 'invalid-token' }],
          checks: [
            {
              what: 'identity',
              host: `https://me:${CANARY}@studio.internal:8888`,
              httpStatus: 401,
              code: 4100,
              logid: '20250101000000ABCDEF',
              message: `token ${CANARY} rejected`,
            },
            { what: 'refresh', host: 'https://api.coze.cn', httpStatus: 400, code: 'invalid_grant', logid: null, message: `refresh_token ${REFRESH} used` },
          ],
          extra: [`echo Bearer ${CANARY}`],
          date: new Date('2026-11-29T08:00:00Z'),
          userAgent: CHROME,
          secrets: [CANARY],
        },
        reportLabels[locale],
      );
      expect(text).not.toContain('CANARY');
      expect(text).not.toContain('user:');
      expect(text).toContain('https://coze-auth-doctor.example/tools/token-check/');
      expect(text).toContain('https://studio.internal:8888');
      expect(text).toContain('HTTP 401');
      expect(text).toContain('code 4100');
      expect(text).toContain('logid 20250101000000ABCDEF');
      expect(text).toContain('Which code? → 4100');
      expect(text).toContain(locale);
      expect(text).toContain('2026-11-29T08:00:00.000Z');
      expect(text).toContain('Chrome 131 (Linux)');
      expect(text.split('\n')[0]).toBe(reportLabels[locale].reportTitle);
    });
  }
});

describe('wizardReport', () => {
  test('puts every answer in words, the step id and the check verdict in the report, without the token', () => {
    const wizard = getWizard('token-invalid')!;
    const text = wizardReport(
      {
        locale: 'en',
        copy: wizard.copy.en,
        step: 'wrong-region',
        answers: [
          { step: 'error-code', answer: 'code-4100' },
          { step: 'code-4100', answer: 'every-call' },
          { step: 'token-check', answer: 'other-region', verdict: 'wrong-region' },
        ],
        evidence: {
          answer: 'other-region',
          verdict: 'wrong-region',
          details: { status: '401', code: '4100', logid: 'LOG123', msg: `bad ${CANARY}`, token: 'pat_…Qq77' },
        },
        verdicts: VERDICT_COPY.en.verdicts,
        link: 'https://coze-auth-doctor.example/en/wizards/token-invalid/?a=x#wrong-region',
        checkLabel: 'Live check',
        date: new Date('2026-11-29T08:00:00Z'),
        userAgent: CHROME,
      },
      reportLabels.en,
    );
    expect(text).not.toContain('CANARY');
    expect(text).toContain('#wrong-region');
    expect(text).toContain(`${wizard.copy.en.steps['error-code']!.title} → `);
    expect(text).toMatch(/verdict wrong-region, HTTP 401, code 4100, logid LOG123/);
  });
});

describe('report helpers', () => {
  test('stripUserinfo drops user and password from every URL', () => {
    expect(stripUserinfo('see https://a:b@x.test/p and http://c@y.test')).toBe('see https://x.test/p and http://y.test');
  });

  test('scrubReport replaces token shapes even when the page did not know them', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln';
    expect(scrubReport(`a ${CANARY} b ${jwt} c czs_abcdefghij`)).toBe('a [redacted] b [redacted] c [redacted]');
  });

  test('browserName keeps the browser, its major version and the system', () => {
    expect(browserName(CHROME)).toBe('Chrome 131 (Linux)');
    expect(browserName('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe(
      'Safari 17 (macOS)',
    );
  });
});
