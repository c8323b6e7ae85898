/** `coze-auth-doctor check`: the token check (the same probe as /tools/token-check/). */
import { checkToken, type CozeWorkspace } from '~/probes';
import type { CliContext } from '../context';
import { EXIT } from '../exit-codes';
import { appHostInput, originOf, parseAppHost, parseHost } from '../hosts';
import { fill } from '../messages';
import { printReport } from '../report';
import { readSecret } from '../secret-input';

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
    ctx.term.interactive,
  );
  if ('cancelled' in secret) {
    ctx.term.err(ctx.t.promptCancelled);
    return EXIT.usage;
  }
  const hosts =
    pick.host === 'auto'
      ? [originOf('cn', ctx.probe), originOf('com', ctx.probe)]
      : pick.host === 'custom'
        ? [pick.baseUrl ?? '']
        : [originOf(pick.host, ctx.probe)];
  const stop = ctx.term.progress(fill(ctx.t.progressAsking, { hosts: hosts.join(', ') }));
  const result = await checkToken(
    { token: secret.value, host: pick.host, ...(pick.baseUrl ? { baseUrl: pick.baseUrl } : {}), ...appHostInput(appHost) },
    ctx.signal,
    ctx.probe,
  ).finally(stop);
  const extra: [string, string][] = [];
  if (result.user) extra.push([ctx.t.account, `${result.user.nick_name || result.user.user_name} (${result.user.user_id})`]);
  if (result.workspaces) extra.push([ctx.t.workspaces, describeWorkspaces(result.workspaces)]);
  return printReport(
    ctx,
    'check',
    result,
    { user: result.user, workspaces: result.workspaces, suggestOtherRegion: result.suggestOtherRegion },
    extra,
  );
}
