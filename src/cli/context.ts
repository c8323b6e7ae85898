/** What every command receives: the parsed global flags, the locale's words and the terminal. */
import type { ProbeOptions } from '~/probes';
import type { Locale } from '~/site/locale';
import type { CliMessages } from '~/cli/messages';
import type { Terminal } from '~/cli/terminal';

export interface CliContext {
  readonly locale: Locale;
  readonly t: CliMessages;
  readonly json: boolean;
  /** Site origin (and path prefix) the wizard-step links point to; `--site` overrides it. */
  readonly site: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly term: Terminal;
  readonly probe: ProbeOptions;
  /** Aborts every request on Ctrl-C. */
  readonly signal: AbortSignal;
}
