#!/usr/bin/env node
// Bundles the command line (src/cli/bin.ts) into plain JavaScript for Node 20+: one ESM file with
// every dependency inside (zero runtime dependencies, so installing the package is trivial), plus a
// chunk for undici that is loaded only when a proxy is configured. Runs on `npm install` (prepare),
// before the CLI tests (tests/unit/cli/global-setup.ts) and by `npm run build:cli`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { siteUrl } from '../src/config/site.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const CLI_OUT_DIR = join(root, 'dist-cli');

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: { 'coze-auth-doctor': 'src/cli/bin.ts' },
    outdir: CLI_OUT_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // The oldest Node the command line supports; checked by the packaging test on the machine's Node 20.
    target: 'node20',
    minify: true,
    legalComments: 'none',
    // Links point where the site is deployed: the same SITE_URL the site's own build reads.
    define: { __CLI_VERSION__: JSON.stringify(version), __CLI_SITE__: JSON.stringify(siteUrl()) },
    // undici is CommonJS and calls require() for node: built-ins, which an ES module lacks.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __cliRequire } from 'node:module';\nconst require = __cliRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
