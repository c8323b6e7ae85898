/** `coze-auth-doctor check`: the token check (the same probe as /tools/token-check/). */
import { checkToken, describeRequests, type CozeWorkspace, type TokenCheckInput } from '~/probes';
import type { CliContext } from '~/cli/context';
import { EXIT } from '~/cli/exit-codes';
import { appHostInput, parseAppHost, parseHost } from '~/cli/hosts';
import { fill } from '~/site/fill';
import { printReport } from '~/cli/report';
import { readSecret } from '~/cli/secret-input';

export interface CheckFlags {
  readonly host?: string | undefined;
  readonly 'app-host'?: string | undefined;
}

function describeWorkspaces(list: readonly CozeWorkspace[]): string {
  return list.map((w) => `${w.name} (${w.workspace_type}, ${w.role_type})`).join('; ');
}

export async function runCheck(ctx: CliContext, flags: CheckFlags): Promise<number> {
  const pick = parseHost(flags.host, 'auto', true, ctx.locale);
  const appHost = parseAppHost(flags['app-host']);
  if (pick === null) return EXIT.usage; // unreachable: check falls back to auto
  const secret = await readSecret(
    { env: 'COZE_API_TOKEN', prompt: ctx.t.promptToken, what: ctx.locale === 'en' ? 'access token' : '访问令牌', command: 'check' },
    ctx.env,
  );
  if ('cancelled' in secret) {
    ctx.term.err(ctx.t.promptCancelled);
    return EXIT.usage;
  }
  const input: TokenCheckInput = {
    token: secret.value,
    host: pick.host,
    ...(pick.baseUrl ? { baseUrl: pick.baseUrl } : {}),
    ...appHostInput(appHost),
  };
  // The progress line names exactly the hosts the probe plans to ask.
  const plan = describeRequests({ probe: 'token-check', ...input }, ctx.probe);
  const hosts = plan.ok ? [...new Set(plan.requests.map((r) => new URL(r.url).origin))] : [];
  const stop = hosts.length > 0 ? ctx.term.progress(fill(ctx.t.progressAsking, { hosts: hosts.join(', ') })) : () => {};
  const result = await checkToken(input, ctx.signal, ctx.probe).finally(stop);
  const extra: [string, string][] = [];
  if (result.user) extra.push([ctx.t.account, `${result.user.nick_name || result.user.user_name} (${result.user.user_id})`]);
  if (result.workspaces) extra.push([ctx.t.workspaces, describeWorkspaces(result.workspaces)]);
  return printReport(ctx, 'check', result, { user: result.user, workspaces: result.workspaces, suggestOtherRegion: result.suggestOtherRegion }, extra);
}
