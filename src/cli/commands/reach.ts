/** `coze-auth-doctor reach`: can this machine reach api.coze.cn and api.coze.com? No token needed. */
import { explainVerdict, type Verdict } from '~/probes';
import type { CliContext } from '~/cli/context';
import { EXIT, UsageError } from '~/cli/exit-codes';
import { originOf } from '~/cli/hosts';
import { fill } from '~/site/fill';
import { probeHost, type HostReach, type StepResult } from '~/cli/reach/probe-host';
import { proxyFor } from '~/cli/proxy-env';
import { stepUrl } from '~/cli/site-links';
import { paint } from '~/cli/terminal';

export interface ReachFlags {
  readonly host?: string | undefined;
}

function verdictOf(hosts: readonly HostReach[]): Verdict {
  if (hosts.every((h) => h.reachable)) return 'valid';
  const failed = hosts.find((h) => !h.reachable);
  if (failed?.http?.ok) return 'unexpected-response';
  if (failed?.http?.error === 'timeout' || failed?.tcp?.error === 'timeout' || failed?.tls?.error === 'timeout') return 'timeout';
  return 'network-error';
}

function stepText(ctx: CliContext, s: StepResult | null): string {
  if (s === null) return ctx.t.reachSkipped;
  const c = ctx.term.color;
  const head = s.ok ? paint(c, 'green', ctx.t.reachOk) : paint(c, 'red', `${ctx.t.reachFailed} (${s.error})`);
  return `${head}${s.ms === null ? '' : `  ${s.ms} ms`}${s.detail ? `  ${s.detail}` : ''}`;
}

export async function runReach(ctx: CliContext, flags: ReachFlags): Promise<number> {
  const wanted = flags.host ?? 'auto';
  if (!['cn', 'com', 'auto'].includes(wanted)) throw new UsageError('badHost');
  const regions = wanted === 'auto' ? (['cn', 'com'] as const) : ([wanted] as ['cn' | 'com']);
  const timeoutMs = ctx.probe.timeoutMs ?? 10_000;
  const targets = regions.map((region) => ({ region, origin: originOf(region, ctx.probe) }));
  const stop = ctx.term.progress(fill(ctx.t.progressAsking, { hosts: targets.map((t) => t.origin).join(', ') }));
  const hosts = await Promise.all(targets.map((t) => probeHost(t.region, t.origin, timeoutMs, proxyFor(t.origin, ctx.env) !== null))).finally(stop);
  const verdict = verdictOf(hosts);
  const exitCode = verdict === 'valid' ? EXIT.ok : EXIT.unreachable;
  const step = stepUrl(explainVerdict(verdict), ctx.locale, ctx.site);
  if (ctx.json) {
    const region = hosts.filter((h) => h.reachable).map((h) => h.region);
    ctx.term.out(JSON.stringify({ command: 'reach', verdict, exitCode, region: region.length === 1 ? region[0] : null, evidence: hosts, step }, null, 2));
    return exitCode;
  }
  const c = ctx.term.color;
  const lines = [paint(c, 'bold', ctx.t.reachHeading)];
  for (const h of hosts) {
    const proxy = proxyFor(h.origin, ctx.env);
    lines.push('', `${paint(c, h.reachable ? 'green' : 'red', h.reachable ? '✔' : '✖')} ${paint(c, 'bold', h.origin)}`);
    if (proxy) lines.push(`  ${fill(ctx.t.reachProxy, { proxy })}`);
    lines.push(`  ${ctx.t.reachDns.padEnd(5)}${stepText(ctx, h.dns)}`);
    if (h.tcp) lines.push(`  ${ctx.t.reachTcp.padEnd(5)}${stepText(ctx, h.tcp)}`);
    if (h.tcp?.ok) lines.push(`  ${ctx.t.reachTls.padEnd(5)}${stepText(ctx, h.tls)}`);
    if (h.http) {
      const extra = h.http.ok ? `  code=${h.http.code ?? '–'} logid=${h.http.logid ?? '–'}` : '';
      lines.push(`  ${ctx.t.reachHttp.padEnd(5)}${stepText(ctx, h.http)}${extra}`);
    }
  }
  lines.push('', verdict === 'valid' ? paint(c, 'green', ctx.t.reachAllOk) : paint(c, 'red', ctx.t.reachSomeFailed));
  if (step) lines.push(`${paint(c, 'bold', ctx.t.step)}${ctx.t.colon}${paint(c, 'cyan', step)}`);
  ctx.term.out(lines.join('\n'));
  return exitCode;
}
