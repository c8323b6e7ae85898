/** Builds the command-line bundle once before any test runs: the CLI tests run the real bundle. */
import { buildCli } from '../../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
