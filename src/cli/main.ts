/**
 * `coze-auth-doctor`: the site's probes on the command line. Parses the arguments (node:util
 * parseArgs), refuses secrets in them, picks the locale, and runs one command. Returns the exit
 * code (exit-codes.ts); bin.ts turns it into the process's exit status.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isProbeCancelled } from '~/probes';
import { refuseSecretsInArgv } from '~/cli/argv-guard';
import { runCheck } from '~/cli/commands/check';
import { runJwt } from '~/cli/commands/jwt';
import { runLookup } from '~/cli/commands/lookup';
import { runReach } from '~/cli/commands/reach';
import { runRefresh } from '~/cli/commands/refresh';
import type { CliContext } from '~/cli/context';
import { EXIT, isUsageError, UsageError } from '~/cli/exit-codes';
import { COMMANDS, helpText, type Command } from '~/cli/help';
import { probeOptions } from '~/cli/hosts';
import { pickLocale } from '~/cli/locale';
import { CLI_MESSAGES } from '~/cli/messages';
import { fill } from '~/site/fill';
import type { Locale } from '~/site/locale';
import { installEnvProxy } from '~/cli/proxy-env';
import { parseSite } from '~/cli/site-links';
import { createTerminal, type Terminal } from '~/cli/terminal';
import { installFetchTiming } from '~/cli/timing';

type Options = NonNullable<ParseArgsConfig['options']>;
type Env = Readonly<Record<string, string | undefined>>;

const COMMON: Options = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  site: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const OPTIONS: Readonly<Record<Command, Options>> = {
  check: { host: { type: 'string' }, 'app-host': { type: 'string' } },
  refresh: { host: { type: 'string' }, 'client-id': { type: 'string' }, yes: { type: 'boolean', short: 'y' }, out: { type: 'string' } },
  jwt: {
    host: { type: 'string' },
    exchange: { type: 'boolean' },
    'private-key': { type: 'string' },
    'app-id': { type: 'string' },
    kid: { type: 'string' },
    duration: { type: 'string' },
    out: { type: 'string' },
  },
  lookup: {},
  reach: { host: { type: 'string' } },
};

/** Where each command's secret should come from, for the "not as an argument" message. */
const SECRET_SOURCE: Readonly<Record<Command, string>> = {
  check: 'COZE_API_TOKEN',
  refresh: 'COZE_REFRESH_TOKEN',
  jwt: 'stdin',
  lookup: 'stdin',
  reach: 'COZE_API_TOKEN',
};

const isCommand = (word: string | undefined): word is Command => COMMANDS.includes(word as Command);

function parseTimeout(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 120) throw new UsageError('badTimeout');
  return seconds;
}

/** The value of `--name value` or `--name=value`, read before the full parse (for help and errors). */
function flagValue(args: readonly string[], name: string): string | undefined {
  const joined = args.find((a) => a.startsWith(`${name}=`));
  if (joined !== undefined) return joined.slice(name.length + 1);
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/** The locale for messages printed before (or instead of) a full parse: a bad `--lang` falls back to the environment's. */
function lenientLocale(args: readonly string[], env: Env): Locale {
  try {
    return pickLocale(flagValue(args, '--lang'), env);
  } catch {
    return pickLocale(undefined, env);
  }
}

function reportUsage(error: UsageError, env: Env, argv: readonly string[], json: boolean, term: Terminal): number {
  const command = argv[0] ?? '';
  const t = CLI_MESSAGES[lenientLocale(argv, env)];
  const message = fill(t[error.key], error.values);
  term.err(message);
  if (isCommand(command)) term.err(fill(t.usageHint, { command }));
  if (json) term.out(JSON.stringify({ command, verdict: null, exitCode: EXIT.usage, error: message }, null, 2));
  return EXIT.usage;
}

export async function main(argv: readonly string[], env: Env, version: string): Promise<number> {
  const [command, ...rest] = argv;
  const term0 = createTerminal(env, rest.includes('--quiet'));
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? term0.err : term0.out)(helpText('main', lenientLocale(argv, env), term0.color));
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    term0.out(version);
    return EXIT.ok;
  }
  try {
    refuseSecretsInArgv(argv, isCommand(command) ? SECRET_SOURCE[command] : 'COZE_API_TOKEN');
    if (!isCommand(command)) throw new UsageError('unknownCommand', { command });
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: { ...COMMON, ...OPTIONS[command] }, strict: true, allowPositionals: command === 'lookup' });
    } catch (error) {
      throw new UsageError('badOption', { detail: error instanceof Error ? error.message : String(error) });
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const locale = pickLocale(values['lang'] as string | undefined, env);
    const term = createTerminal(env, values['quiet'] === true);
    if (values['help'] === true) {
      term.out(helpText(command, locale, term.color));
      return EXIT.ok;
    }
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    const ctx: CliContext = {
      locale,
      t: CLI_MESSAGES[locale],
      json: values['json'] === true,
      site: parseSite(values['site'] as string | undefined, env),
      env,
      term,
      probe: probeOptions(env, parseTimeout(values['timeout'] as string | undefined), locale),
      signal: controller.signal,
    };
    await installEnvProxy(env);
    installFetchTiming();
    switch (command) {
      case 'check':
        return await runCheck(ctx, values);
      case 'refresh':
        return await runRefresh(ctx, values);
      case 'jwt':
        return await runJwt(ctx, values);
      case 'lookup':
        return await runLookup(ctx, parsed.positionals);
      case 'reach':
        return await runReach(ctx, values);
    }
  } catch (error) {
    if (isUsageError(error)) return reportUsage(error, env, argv, rest.includes('--json'), term0);
    if (isProbeCancelled(error)) return 130;
    // Never print the error object: a runtime message can quote a URL, and nothing here may leak.
    term0.err(`coze-auth-doctor: ${error instanceof Error ? error.name : 'error'}`);
    return EXIT.unreachable;
  }
}
