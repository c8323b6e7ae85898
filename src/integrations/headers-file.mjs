// @ts-check
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, MAX_HEADER_LENGTH, metaPolicyOf } from '../config/headers-file.mjs';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Writes `dist/_headers` after the build (see src/config/headers-file.mjs). A page without a CSP
 * `<meta>` fails the build: it would be a page the policy does not protect.
 * @returns {import('astro').AstroIntegration}
 */
export default function headersFileIntegration() {
  return {
    name: 'coze-auth-doctor:headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = htmlFiles(outDir).map((file) => {
          const policy = metaPolicyOf(readFileSync(file, 'utf8'));
          if (policy === null) throw new Error(`${file} has no CSP <meta>, so _headers cannot cover it`);
          return policy;
        });
        const text = headersFile(policies);
        const longest = Math.max(...text.split('\n').map((line) => line.length));
        if (longest > MAX_HEADER_LENGTH) {
          logger.warn(`_headers has a ${longest}-character line; Cloudflare Pages drops lines over ${MAX_HEADER_LENGTH}`);
        }
        writeFileSync(join(outDir, '_headers'), text);
        logger.info(`_headers written for ${policies.length} pages`);
      },
    },
  };
}
