/**
 * `npm pack` (of the bundle the global setup just built; `--ignore-scripts` so no rebuild races the other
 * test files) → install the tarball into an empty folder, offline → run the installed
 * `coze-auth-doctor` through its shebang on the machine's own Node (20 here): the package has no
 * runtime dependencies, so the install needs nothing from the registry.
 */
import { execFile } from 'node:child_process';
import { join, dirname } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { TOKENS } from '../../fake-coze/tokens.ts';
import { fakeHosts, NODE, ROOT, tempDir } from './helpers.ts';

const exec = promisify(execFile);

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

describe('the npm package', () => {
  test('installs from its tarball into an empty folder and runs --help and a check on the system Node', { timeout: 120_000 }, async () => {
    const packDir = tempDir();
    const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT });
    const [pack] = JSON.parse(stdout) as PackResult[];
    const files = (pack?.files ?? []).map((f) => f.path);
    expect(files).toContain('dist-cli/coze-auth-doctor.mjs');
    // Only the bundle and the package's own metadata: no sources, tests or site.
    expect(files.filter((f) => !f.startsWith('dist-cli/') && !['package.json', 'README.md'].includes(f))).toEqual([]);

    const app = tempDir();
    await exec('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(packDir, pack?.filename ?? '')], { cwd: app });
    const bin = join(app, 'node_modules', '.bin', 'coze-auth-doctor');
    // PATH with the system Node first, so the shebang (`env node`) picks Node 20, not npm's Node 24.
    const env = { PATH: `${dirname(NODE)}:/usr/bin:/bin`, HOME: app, LANG: 'en_US.UTF-8' };
    const { stdout: version } = await exec(NODE, ['--version']);
    const help = await exec(bin, ['--help'], { env, cwd: app });
    expect(help.stdout).toContain('Usage: coze-auth-doctor <command>');

    const { cn } = await fakeHosts();
    const check = await exec(bin, ['check', '--host', cn.baseUrl, '--json'], { env: { ...env, COZE_API_TOKEN: TOKENS.patValidCn }, cwd: app });
    expect(JSON.parse(check.stdout)).toMatchObject({ verdict: 'valid', exitCode: 0 });
    expect(version.trim()).toMatch(/^v\d+\./);
  });
});
