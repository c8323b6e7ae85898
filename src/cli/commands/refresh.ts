/** `coze-auth-doctor refresh`: the refresh test (the same probe as /tools/refresh-test/). */
import { confirm, isCancel } from '@clack/prompts';
import { normalizeClientId, refreshToken, type RefreshResult } from '~/probes';
import { refreshExplain } from '~/islands/tools/refresh/explain';
import type { CliContext } from '~/cli/context';
import { EXIT, UsageError } from '~/cli/exit-codes';
import { originOf, parseHost } from '~/cli/hosts';
import { fill } from '~/site/fill';
import { createOutFile, type OutFile } from '~/cli/out-file';
import { printReport } from '~/cli/report';
import { readSecret } from '~/cli/secret-input';

export interface RefreshFlags {
  readonly host?: string | undefined;
  readonly 'client-id'?: string | undefined;
  readonly yes?: boolean | undefined;
  readonly out?: string | undefined;
}

/** Asks before a single-use refresh token is spent; `--yes` answers for scripts. */
async function mayspend(ctx: CliContext, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!ctx.term.interactive) throw new UsageError('refreshNeedsYes');
  ctx.term.err(ctx.t.refreshWarn);
  const answer = await confirm({ message: ctx.t.refreshConfirm, initialValue: false, output: process.stderr });
  return !isCancel(answer) && answer;
}

export async function runRefresh(ctx: CliContext, flags: RefreshFlags): Promise<number> {
  const pick = parseHost(flags.host, null, false, ctx.locale);
  if (pick === null) throw new UsageError('hostNeeded', { command: 'refresh' });
  const clientId = normalizeClientId(flags['client-id'] ?? '');
  if (!clientId.ok) throw new UsageError('clientIdNeeded');
  const secret = await readSecret(
    { env: 'COZE_REFRESH_TOKEN', prompt: ctx.t.promptRefreshToken, what: ctx.locale === 'en' ? 'refresh token' : '刷新令牌', command: 'refresh' },
    ctx.env,
  );
  if ('cancelled' in secret) {
    ctx.term.err(ctx.t.promptCancelled);
    return EXIT.usage;
  }
  const out: OutFile | null = flags.out === undefined ? null : await createOutFile(flags.out);
  if (!(await mayspend(ctx, flags.yes === true))) {
    await out?.discard();
    ctx.term.err(ctx.t.refreshDeclined);
    return EXIT.usage;
  }
  const clientSecret = ctx.env['COZE_CLIENT_SECRET'];
  const stop = ctx.term.progress(fill(ctx.t.progressAsking, { hosts: pick.baseUrl ?? originOf(pick.host as 'cn' | 'com', ctx.probe) }));
  const result: RefreshResult = await refreshToken(
    {
      clientId: clientId.clientId,
      refreshToken: secret.value,
      host: pick.host as 'cn' | 'com' | 'custom',
      ...(pick.baseUrl ? { baseUrl: pick.baseUrl } : {}),
      ...(clientSecret ? { clientSecret } : {}),
    },
    ctx.signal,
    ctx.probe,
  ).finally(stop);
  const newToken = result.newRefreshToken;
  if (out) {
    if (newToken) await out.write(newToken);
    else await out.discard();
  }
  const step = refreshExplain(result.verdict, result.evidence[0]?.errorCode ?? null);
  const report = {
    ...result,
    step,
    kind: null,
    fingerprint: result.refreshTokenFingerprint,
  };
  const fingerprintOfNew = newToken ? `…${newToken.slice(-4)}` : null;
  const expires = result.expiresAt ? result.expiresAt.toLocaleString(ctx.locale) : null;
  const extra: [string, string][] = [];
  if (fingerprintOfNew) extra.push([ctx.t.newRefreshToken, fingerprintOfNew]);
  if (result.accessTokenFingerprint) extra.push([ctx.t.newAccessToken, result.accessTokenFingerprint]);
  if (expires) extra.push([ctx.t.expires, expires]);
  const keepInJson = ctx.json && out === null;
  const code = printReport(
    ctx,
    'refresh',
    report,
    {
      newRefreshTokenFingerprint: fingerprintOfNew,
      accessTokenFingerprint: result.accessTokenFingerprint,
      expiresAt: result.expiresAt?.toISOString() ?? null,
      outFile: out && newToken ? out.path : null,
      // The user asked for the new secrets in the JSON; with --out they are in the file instead.
      ...(keepInJson ? { newRefreshToken: newToken, accessToken: result.accessToken } : {}),
    },
    extra,
  );
  if (newToken && out) ctx.term.err(fill(ctx.t.outWritten, { file: out.path }));
  else if (newToken && !keepInJson) ctx.term.err(ctx.t.refreshNotKept);
  return code;
}
