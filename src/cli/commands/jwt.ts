/**
 * `coze-auth-doctor jwt`: inspect a JWT assertion against Coze's rules (offline), and exchange it
 * for a `czs_` service token with `--exchange`; or sign one from a private key and exchange it.
 * The same probes as /tools/jwt-inspector/.
 */
import { readFile } from 'node:fs/promises';
import { exchangeJwt, fingerprintOf, inspectJwt, isJwtSignError, signJwt, type JwtInspection } from '~/probes';
import { jwtExplain } from '~/islands/tools/jwt/explain';
import type { CliContext } from '~/cli/context';
import { EXIT, UsageError } from '~/cli/exit-codes';
import { originOf, parseHost } from '~/cli/hosts';
import { fill } from '~/site/fill';
import { createOutFile } from '~/cli/out-file';
import { printReport } from '~/cli/report';
import { readSecret } from '~/cli/secret-input';
import { printInspection, type ConcreteHost } from '~/cli/commands/jwt-inspection';

export interface JwtFlags {
  readonly host?: string | undefined;
  readonly 'private-key'?: string | undefined;
  readonly 'app-id'?: string | undefined;
  readonly kid?: string | undefined;
  readonly exchange?: boolean | undefined;
  readonly duration?: string | undefined;
  readonly out?: string | undefined;
}

function inspect(jwt: string, pick: ConcreteHost | null) {
  const run = (p: ConcreteHost) => inspectJwt(jwt, p.host === 'custom' ? { host: 'custom', baseUrl: p.baseUrl ?? '' } : { host: p.host });
  if (pick) return { pick, inspection: run(pick) };
  // No host given: check aud against both Coze hosts and keep the better fit.
  const [cn, com] = [run({ host: 'cn' }), run({ host: 'com' })];
  const errors = (i: JwtInspection) => i.findings.filter((f) => f.severity === 'error').length;
  const better: ConcreteHost = errors(com) < errors(cn) ? { host: 'com' } : { host: 'cn' };
  return { pick: better, inspection: better.host === 'com' ? com : cn, guessed: true };
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
    const secret = await readSecret({ env: null, prompt: ctx.t.promptJwt, what: 'JWT', command: 'jwt' }, ctx.env);
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
    {
      ...result,
      step: jwtExplain(result.verdict, result.evidence[0]?.errorCode ?? null),
      kind: 'jwt',
      fingerprint: fingerprintOf(jwt.trim().replace(/^bearer\s+/i, ''), 'jwt'),
    },
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
