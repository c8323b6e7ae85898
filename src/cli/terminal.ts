/**
 * Where output goes: results on stdout (plain text, or one JSON object with --json), everything
 * else (progress, warnings, prompts) on stderr, so `--json | jq` and `> report.txt` stay clean.
 * Colours only when stdout is a terminal and NO_COLOR is unset (https://no-color.org).
 */
export interface Terminal {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  /** True when stdin and stderr are terminals, so a prompt can be shown and answered. */
  readonly interactive: boolean;
  /** A spinner on a terminal, a single line otherwise; returns the function that ends it. */
  readonly progress: (text: string) => () => void;
}

type Env = Readonly<Record<string, string | undefined>>;

function wantsColor(stream: { isTTY?: boolean }, env: Env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createTerminal(env: Env, quiet: boolean): Terminal {
  const stderrTty = process.stderr.isTTY === true;
  const err = (text: string) => void process.stderr.write(`${text}\n`);
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    err,
    color: wantsColor(process.stdout, env),
    interactive: process.stdin.isTTY === true && stderrTty,
    progress(text) {
      if (quiet) return () => {};
      if (!stderrTty) {
        err(text);
        return () => {};
      }
      let frame = 0;
      const draw = () => process.stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${text}`);
      draw();
      const timer = setInterval(draw, 80);
      return () => {
        clearInterval(timer);
        process.stderr.write('\r\x1b[2K');
      };
    },
  };
}

const CODES = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;
export type Style = keyof typeof CODES;

/** Wraps text in an ANSI style when colours are on. */
export function paint(on: boolean, style: Style, text: string): string {
  return on ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text;
}
