/**
 * The commands and the shape of one locale's help pages. Its own module so help.ts and the
 * per-locale help files both import it without importing each other.
 */

export const COMMANDS = ['check', 'refresh', 'jwt', 'lookup', 'reach'] as const;
export type Command = (typeof COMMANDS)[number];

interface HelpPage {
  readonly usage: string;
  readonly summary: string;
  readonly options: readonly (readonly [string, string])[];
  readonly examples: readonly (readonly [string, string])[];
  readonly footer: string;
}

export type HelpTable = Readonly<Record<Command | 'main', HelpPage>>;
