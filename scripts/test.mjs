#!/usr/bin/env node
// The one test command (`npm test`). Written for any Node ≥ 18 so it can run before `npm ci`
// has put Node 24 (the `node` devDependency) on the PATH: it installs what is missing, then runs
// type checks, vitest and Playwright, and ends with `tests: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';
import { summarize } from './summarize-results.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` };

// Each phase prints its wall time, so a slow CI run says where the minutes went.
function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  console.log(`◀ ${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return status === 0;
}

if (!existsSync(join(root, 'node_modules', '.bin', 'astro'))) {
  if (!run('npm ci', 'npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}
const chromium = ensureChromium();
if (!chromium) process.exit(1);
env.CHROMIUM_PATH = chromium;
// Stale reports from an earlier run must not be counted as this run's results.
rmSync(join(root, 'test-results'), { recursive: true, force: true });
mkdirSync(join(root, 'test-results'), { recursive: true });

const steps = [
  ['lint and format (biome)', 'biome', ['check', '.']],
  // `astro check` generates Astro's types itself and type-checks every .ts, .tsx, .mjs and .astro
  // file under tsconfig.json: a separate `astro sync` + `tsc` pass would repeat its work.
  ['type check (astro check)', 'astro', ['check']],
  // Layering rules (issue 10): no import cycles, probes/ stands alone, components import no island.
  ['dependency rules (dependency-cruiser)', 'depcruise', ['--config', '.dependency-cruiser.cjs', 'src', 'tests', 'bench', 'scripts']],
  // No unused file, export or dependency (issue 10): dead code and undeclared packages fail the run.
  ['unused code and dependencies (knip)', 'knip', []],
  ['unit tests (vitest)', 'vitest', ['run', '--config', 'tests/vitest.config.ts']],
  ['build', 'astro', ['build']],
  ['end-to-end tests (Playwright)', 'playwright', ['test', '--config', 'tests/playwright.config.ts']],
];
let ok = true;
for (const [label, command, args] of steps) {
  const passed = run(label, command, args);
  ok &&= passed;
  // Without a build there is nothing for Playwright to test; report what ran so far.
  if (!passed && label === 'build') break;
}
const { passed, failed } = summarize(join(root, 'test-results'));
const line = `tests: ${passed} passed, ${failed} failed`;
writeFileSync(join(root, 'test-results', 'summary.txt'), `${line}\n`);
console.log(`\n${line}`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
