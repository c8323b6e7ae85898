/** The `coze-auth-doctor` executable (bundled to dist/cli/coze-auth-doctor.mjs by scripts/build-cli.mjs). */
import { main } from '~/cli/main';

declare const __CLI_VERSION__: string;

const code = await main(process.argv.slice(2), process.env, typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0');
// Let stdout drain before exiting: a piped `--json` must never be cut short.
process.stdout.write('', () => process.exit(code));
