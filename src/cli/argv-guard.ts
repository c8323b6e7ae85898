/**
 * Tokens never come from arguments: the shell keeps them in its history and every user of the
 * machine sees them in `ps`. This looks at every argument before anything else happens and refuses
 * one that has the shape of a credential, saying why (exit 2). It cannot undo the exposure, so the
 * message also says to treat the token as leaked.
 */
import { detectKind, type TokenKind } from '~/probes';
import { UsageError } from '~/cli/exit-codes';

/** Options that would invite a secret on the command line; they do not exist on purpose. */
const SECRET_FLAGS = ['--token', '--access-token', '--refresh-token', '--client-secret', '--secret', '--jwt', '--password'];

const CREDENTIAL_KINDS: ReadonlySet<TokenKind> = new Set(['pat', 'sat', 'oauth-user', 'oauth-service', 'cztei', 'jwt', 'maybe-refresh-token']);

/** Values that are identifiers, not secrets, and may be long runs of letters and digits. */
const ID_FLAGS = new Set(['--kid', '--app-id', '--client-id']);

function credentialKind(word: string, isIdValue: boolean): TokenKind | null {
  const bare = word
    .trim()
    .replace(/^bearer\s+/i, '')
    .replace(/^["'`]|["'`]$/g, '');
  const kind = detectKind(bare);
  if (!CREDENTIAL_KINDS.has(kind)) return null;
  return isIdValue && kind === 'maybe-refresh-token' ? null : kind;
}

/**
 * Throws {@link UsageError} for a secret-inviting flag or a credential-shaped argument.
 * `env` names where the secret should come from instead, for the message.
 */
export function refuseSecretsInArgv(args: readonly string[], env: string): void {
  args.forEach((arg, i) => {
    const flag = arg.startsWith('--') ? (arg.split('=')[0] ?? arg) : null;
    if (flag !== null && SECRET_FLAGS.includes(flag.toLowerCase())) throw new UsageError('secretFlag', { flag, env });
    const value = flag !== null && arg.includes('=') ? arg.slice(flag.length + 1) : arg;
    const previous = i > 0 ? args[i - 1] : undefined;
    const isIdValue = (flag !== null && ID_FLAGS.has(flag)) || (previous !== undefined && ID_FLAGS.has(previous));
    // Free text (an error message for `lookup`) is looked at word by word.
    for (const word of value.split(/[\s,;:=]+/)) {
      const kind = credentialKind(word, isIdValue);
      if (kind) throw new UsageError('tokenInArgv', { index: i + 1, kind, env });
    }
  });
}
