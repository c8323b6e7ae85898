/**
 * Where a secret comes from, in this order: its environment variable; standard input when it is a
 * pipe or a file (`… < token.txt`); a hidden prompt when a person sits at a terminal. Never an
 * argument (argv-guard.ts). The prompt goes to stderr, so stdout stays the result alone.
 */
import { isCancel, password } from '@clack/prompts';
import { UsageError } from '~/cli/exit-codes';

/** Far above any credential or error body; stdin beyond this is refused, not read on forever. */
const MAX_STDIN_CHARS = 64 * 1024;

export async function readStdin(max = MAX_STDIN_CHARS): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > max * 4) break; // UTF-8 is at most 4 bytes a character: sure to be too long
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length > max) throw new UsageError('stdinTooLong', { max });
  return text;
}

export interface SecretSource {
  /** The environment variable that holds it, e.g. `COZE_API_TOKEN`; null when there is none. */
  readonly env: string | null;
  readonly prompt: string;
  /** Words for the "no token" message, e.g. "access token". */
  readonly what: string;
  readonly command: string;
}

export type SecretResult = { readonly value: string } | { readonly cancelled: true };

export async function readSecret(source: SecretSource, env: Readonly<Record<string, string | undefined>>): Promise<SecretResult> {
  const fromEnv = source.env === null ? undefined : env[source.env];
  if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv };
  // A terminal on stdin always gets the hidden prompt, even with stderr redirected: reading it
  // plainly would echo the token as it is typed.
  if (process.stdin.isTTY !== true) {
    const piped = await readStdin();
    if (piped.trim() === '') throw new UsageError('noSecret', { what: source.what, env: source.env ?? 'stdin', command: source.command });
    return { value: piped };
  }
  const typed = await password({ message: source.prompt, mask: '•', output: process.stderr });
  if (isCancel(typed)) return { cancelled: true };
  if (typed.trim() === '') throw new UsageError('noSecret', { what: source.what, env: source.env ?? 'stdin', command: source.command });
  return { value: typed };
}
