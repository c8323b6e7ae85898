/**
 * The canary token must never show up anywhere but in the Authorization header of a request to
 * the API host the user chose: not in stdout, stderr, any child's argv, any file, or any other
 * request or host.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TOKENS } from '../../fake-coze/tokens.ts';
import type { FakeCoze } from '../../fake-coze/types.ts';
import { CHILD_TIMEOUT, childArgvs, fakeHosts, run, tempDir, type CliRun } from './helpers.ts';

const CANARY = TOKENS.canary;
/** The distinctive middle of the canary: catches a token that was cut or re-encoded, not only the whole one. */
const MARK = 'CANARYcanaryCANARYcanary';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every place in a logged request the canary appears, as `header:<name>`, `url` or `body`. */
function whereInRequests(fake: FakeCoze): string[] {
  return fake.requests.flatMap((r) => [
    ...Object.entries(r.headers).flatMap(([name, value]) =>
      value.includes(MARK) ? [`header:${name}=${value === `Bearer ${CANARY}` ? 'exact' : 'other'}`] : [],
    ),
    ...(r.url.includes(MARK) ? ['url'] : []),
    ...(r.body.includes(MARK) ? ['body'] : []),
  ]);
}

const clean = (result: CliRun) => {
  expect(result.stdout).not.toContain(MARK);
  expect(result.stderr).not.toContain(MARK);
};

describe('the canary token', { timeout: CHILD_TIMEOUT * 2 }, () => {
  test('goes only into the Authorization header of the chosen host, and nowhere else', async () => {
    const { cn, com, env } = await fakeHosts();
    const home = tempDir();
    const opts = { cwd: home, env: { ...env, HOME: home, TMPDIR: home, COZE_API_TOKEN: CANARY } };

    // Chosen host cn: cn sees it in Authorization only; com sees nothing at all.
    clean(await run(['check', '--host', 'cn'], opts));
    clean(await run(['check', '--host', 'cn', '--json'], opts));
    clean(await run(['check', '--host', 'cn', '--json', '--lang', 'zh-CN'], { cwd: home, env: { ...env, HOME: home }, stdin: CANARY }));
    expect(com.requests).toEqual([]);
    expect(new Set(whereInRequests(cn))).toEqual(new Set(['header:authorization=exact']));

    // A failure path: the token refused on com (the chosen host) still stays out of every output.
    clean(await run(['check', '--host', 'com', '--json'], opts));
    expect(new Set(whereInRequests(com))).toEqual(new Set(['header:authorization=exact']));

    // auto: both hosts were chosen; each gets it only in Authorization.
    clean(await run(['check', '--app-host', 'com'], opts));
    expect(new Set([...whereInRequests(cn), ...whereInRequests(com)])).toEqual(new Set(['header:authorization=exact']));

    // Other doors refuse it without sending it anywhere, and without echoing it.
    const before = cn.requests.length + com.requests.length;
    clean(
      await run(['refresh', '--client-id', '10000000000000000000000000000002.app.coze', '--host', 'cn', '--yes', '--json'], {
        ...opts,
        env: { ...opts.env, COZE_REFRESH_TOKEN: CANARY },
      }),
    );
    clean(await run(['jwt', '--host', 'cn', '--exchange', '--json'], { ...opts, stdin: CANARY }));
    clean(await run(['check', CANARY], opts));
    clean(await run(['lookup', `Bearer ${CANARY}`], opts));
    expect(cn.requests.length + com.requests.length).toBe(before);

    // No child ever had it in its argv except the two runs that tested the refusal itself.
    const withCanary = childArgvs.filter((argv) => argv.some((a) => a.includes(MARK)));
    expect(withCanary.map((argv) => argv.slice(2))).toEqual([
      ['check', CANARY],
      ['lookup', `Bearer ${CANARY}`],
    ]);

    // No file anywhere the CLI could write to without being asked (its cwd, HOME and TMPDIR).
    for (const file of filesUnder(home)) expect(readFileSync(file, 'utf8')).not.toContain(MARK);
  });
});
