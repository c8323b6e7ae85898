/** What `coze-auth-doctor jwt` prints for an inspection: the findings, in words, or as JSON. */
import { audienceFor, explainVerdict, fingerprintOf, resolveBaseUrl, type ExplainRef, type JwtInspection } from '~/probes';
import { jwtExplain } from '~/islands/tools/jwt/explain';
import { findingsEn, findingsZh } from '~/islands/tools/labels/jwt-findings';
import type { CliContext } from '~/cli/context';
import { EXIT } from '~/cli/exit-codes';
import type { HostPick } from '~/cli/hosts';
import { fill } from '~/site/fill';
import { stepUrl } from '~/cli/site-links';
import { paint } from '~/cli/terminal';

export type ConcreteHost = HostPick & { host: 'cn' | 'com' | 'custom' };

function expectedAudience(pick: ConcreteHost, ctx: CliContext): string {
  const resolved = resolveBaseUrl(pick.host, pick.baseUrl, ctx.probe.hostBaseUrls);
  if (!resolved.ok) return '?';
  return audienceFor(resolved);
}

function inspectionStep(inspection: JwtInspection): ExplainRef | null {
  if (inspection.ok) return null;
  if (inspection.findings.some((f) => f.code === 'not-a-jwt')) return explainVerdict('not-a-token');
  if (inspection.findings.some((f) => f.code === 'aud-wrong-region')) return jwtExplain('wrong-region', null);
  return { guide: 'guides/oauth-jwt' };
}

export function printInspection(
  ctx: CliContext,
  jwt: string,
  pick: ConcreteHost,
  inspection: JwtInspection,
  guessed: boolean,
  alsoExchanging: boolean,
): number {
  const labels = ctx.locale === 'en' ? findingsEn : findingsZh;
  const expected = expectedAudience(pick, ctx);
  const verdict = inspection.ok ? 'valid' : inspection.findings.some((f) => f.code === 'not-a-jwt') ? 'not-a-token' : 'malformed';
  const step = inspectionStep(inspection);
  const findings = inspection.findings.map((f) => ({ ...f, text: fill(labels[f.code], { expected }) }));
  const exitCode = inspection.ok ? EXIT.ok : EXIT.problem;
  if (ctx.json && !alsoExchanging) {
    ctx.term.out(
      JSON.stringify(
        {
          command: 'jwt',
          verdict,
          exitCode,
          region: pick.host,
          fingerprint: inspection.header ? fingerprintOf(jwt.trim(), 'jwt') : null,
          evidence: [],
          step: stepUrl(step, ctx.locale, ctx.site),
          audience: expected,
          header: inspection.header,
          claims: inspection.claims,
          findings,
        },
        null,
        2,
      ),
    );
    return exitCode;
  }
  if (ctx.json) return exitCode;
  const c = ctx.term.color;
  const lines = [paint(c, inspection.ok ? 'green' : 'red', `${inspection.ok ? '✔' : '✖'} ${inspection.ok ? ctx.t.jwtOk : ctx.t.jwtNotOk}`)];
  if (guessed) lines.push(`  ${fill(ctx.t.jwtHostGuess, { host: expected })}`);
  if (inspection.header && inspection.claims) {
    const h = inspection.header;
    const claims = inspection.claims;
    lines.push(`  alg=${String(h['alg'])} typ=${String(h['typ'])} kid=${String(h['kid'])}`);
    lines.push(`  iss=${String(claims['iss'])} aud=${JSON.stringify(claims['aud'])} exp=${String(claims['exp'])}`);
  }
  lines.push('', `  ${paint(c, 'bold', ctx.t.jwtFindings)}`);
  if (findings.length === 0) lines.push(`  ${ctx.t.jwtNoFindings}`);
  for (const f of findings) {
    const style = f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'dim';
    lines.push(`  - ${paint(c, style, ctx.t.severity[f.severity])} ${f.field}: ${f.text}`);
  }
  const url = stepUrl(step, ctx.locale, ctx.site);
  if (url) lines.push('', `  ${paint(c, 'bold', ctx.t.step)}${ctx.t.colon}${paint(c, 'cyan', url)}`);
  ctx.term.out(lines.join('\n'));
  return exitCode;
}
