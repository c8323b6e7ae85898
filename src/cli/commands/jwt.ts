/**
 * `coze-auth-doctor jwt`: inspect a JWT assertion against Coze's rules (offline), and exchange it
 * for a `czs_` service token with `--exchange`; or sign one from a private key and exchange it.
 * The same probes as /tools/jwt-inspector/.
 */
import { readFile } from 'node:fs/promises';
import {
  audienceFor,
  exchangeJwt,
  explainVerdict,
  fingerprintOf,
  inspectJwt,
  isJwtSignError,
  resolveBaseUrl,
  signJwt,
  type ExplainRef,
  type JwtInspection,
} from '~/probes';
import { jwtExplain } from '~/islands/tools/jwt/explain';
import { findingsEn, findingsZh } from '~/islands/tools/labels/jwt-findings';
import type { CliContext } from '../context';
import { EXIT, UsageError } from '../exit-codes';
import type { HostPick } from '../hosts';
import { originOf, parseHost } from '../hosts';
import { fill } from '../messages';
import { createOutFile } from '../out-file';
import { printReport } from '../report';
import { readSecret } from '../secret-input';
import { stepUrl } from '../site-links';
import { paint } from '../terminal';

export interface JwtFlags {
  readonly host?: string | undefined;
  readonly 'private-key'?: string | undefined;
  readonly 'app-id'?: string | undefined;
  readonly kid?: string | undefined;
  readonly exchange?: boolean | undefined;
  readonly duration?: string | undefined;
  readonly out?: string | undefined;
}

type ConcreteHost = HostPick & { host: 'cn' | 'com' | 'custom' };

function inspect(jwt: string, pick: ConcreteHost | null) {
  const run = (p: ConcreteHost) =>
    inspectJwt(jwt, p.host === 'custom' ? { host: 'custom', baseUrl: p.baseUrl ?? '' } : { host: p.host });
  if (pick) return { pick, inspection: run(pick) };
  // No host given: check aud against both Coze hosts and keep the better fit.
  const [cn, com] = [run({ host: 'cn' }), run({ host: 'com' })];
  const errors = (i: JwtInspection) => i.findings.filter((f) => f.severity === 'error').length;
  const better: ConcreteHost = errors(com) < errors(cn) ? { host: 'com' } : { host: 'cn' };
  return { pick: better, inspection: better.host === 'com' ? com : cn, guessed: true };
}

function expectedAudience(pick: ConcreteHost, ctx: CliContext): string {
  const resolved = resolveBaseUrl(pick.host, pick.baseUrl, ctx.probe.hostBaseUrls);
  if (!resolved.ok) return '?';
  return pick.host === 'custom' ? audienceFor(resolved) : pick.host === 'cn' ? 'api.coze.cn' : 'api.coze.com';
}

function inspectionStep(inspection: JwtInspection): ExplainRef | null {
  if (inspection.ok) return null;
  if (inspection.findings.some((f) => f.code === 'not-a-jwt')) return explainVerdict('not-a-token');
  if (inspection.findings.some((f) => f.code === 'aud-wrong-region')) return jwtExplain('wrong-region', null);
  return { guide: 'guides/oauth-jwt' };
}

function printInspection(ctx: CliContext, jwt: string, pick: ConcreteHost, inspection: JwtInspection, guessed: boolean, alsoExchanging: boolean): number {
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

async function signFromFlags(flags: JwtFlags, pick: ConcreteHost): Promise<string> {
  if (!flags['app-id'] || !flags.kid || !flags['private-key']) throw new UsageError('jwtSignNeeds');
  if (pick.host === 'custom') throw new UsageError('jwtSignHost');
  let pem: string;
  try {
    pem = await readFile(flags['private-key'], 'utf8');
  } catch {
    throw new UsageError('jwtKeyUnreadable', { file: flags['private-key'] });
  }
  try {
    return await signJwt({ privateKeyPem: pem, kid: flags.kid, appId: flags['app-id'], host: pick.host });
  } catch (error) {
    if (isJwtSignError(error)) throw new UsageError(error.code === 'bad-key' ? 'jwtBadKey' : 'jwtSignNeeds');
    throw error;
  }
}

export async function runJwt(ctx: CliContext, flags: JwtFlags): Promise<number> {
  const signing = flags['private-key'] !== undefined || flags['app-id'] !== undefined || flags.kid !== undefined;
  const exchanging = signing || flags.exchange === true;
  const parsed = parseHost(flags.host, null, false, ctx.locale) as ConcreteHost | null;
  if (exchanging && parsed === null) throw new UsageError('hostNeeded', { command: 'jwt' });
  const duration = flags.duration === undefined ? undefined : Number(flags.duration);
  if (duration !== undefined && !(Number.isInteger(duration) && duration > 0)) throw new UsageError('badOption', { detail: '--duration' });
  let jwt: string;
  if (signing) {
    jwt = await signFromFlags(flags, parsed as ConcreteHost);
    ctx.term.err(fill(ctx.t.jwtSigned, { fingerprint: fingerprintOf(jwt, 'jwt') }));
  } else {
    const secret = await readSecret({ env: null, prompt: ctx.t.promptJwt, what: 'JWT', command: 'jwt' }, ctx.env, ctx.term.interactive);
    if ('cancelled' in secret) {
      ctx.term.err(ctx.t.promptCancelled);
      return EXIT.usage;
    }
    jwt = secret.value;
  }
  const { pick, inspection, guessed } = { guessed: false, ...inspect(jwt, parsed) };
  const inspected = printInspection(ctx, jwt, pick, inspection, guessed, exchanging);
  if (!exchanging) return inspected;
  if (!inspection.ok) {
    ctx.term.err(ctx.t.jwtExchangeSkipped);
    if (ctx.json) printInspection(ctx, jwt, pick, inspection, guessed, false);
    return EXIT.problem;
  }
  const out = flags.out === undefined ? null : await createOutFile(flags.out);
  const stop = ctx.term.progress(fill(ctx.t.progressAsking, { hosts: pick.baseUrl ?? originOf(pick.host as 'cn' | 'com', ctx.probe) }));
  const result = await exchangeJwt(
    { jwt, host: pick.host, ...(pick.baseUrl ? { baseUrl: pick.baseUrl } : {}), ...(duration ? { durationSeconds: duration } : {}) },
    ctx.signal,
    ctx.probe,
  ).finally(stop);
  if (out) {
    if (result.accessToken) await out.write(result.accessToken);
    else await out.discard();
  }
  const keepInJson = ctx.json && out === null;
  if (!ctx.json) ctx.term.out('');
  const extra: [string, string][] = [];
  if (result.accessTokenFingerprint) extra.push([ctx.t.newAccessToken, result.accessTokenFingerprint]);
  if (result.expiresAt) extra.push([ctx.t.expires, result.expiresAt.toLocaleString(ctx.locale)]);
  return printReport(
    ctx,
    'jwt',
    { ...result, step: jwtExplain(result.verdict, result.evidence[0]?.errorCode ?? null), kind: 'jwt', fingerprint: fingerprintOf(jwt.trim().replace(/^bearer\s+/i, ''), 'jwt') },
    {
      accessTokenFingerprint: result.accessTokenFingerprint,
      expiresAt: result.expiresAt?.toISOString() ?? null,
      outFile: out && result.accessToken ? out.path : null,
      findings: inspection.findings,
      ...(keepInJson ? { accessToken: result.accessToken } : {}),
    },
    extra,
  );
}
