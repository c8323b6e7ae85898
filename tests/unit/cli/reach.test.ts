import { describe, expect, test } from 'vitest';
import { CHILD_TIMEOUT, closedPortUrl, fakeHosts, run, sent } from './helpers.ts';

interface ReachJson {
  verdict: string;
  exitCode: number;
  evidence: Array<{
    region: string;
    origin: string;
    reachable: boolean;
    dns: { ok: boolean; ms: number; detail: string };
    tcp: { ok: boolean; ms: number } | null;
    tls: unknown;
    http: { ok: boolean; status: number; code: number; logid: string; ms: number } | null;
  }>;
}

describe.concurrent('coze-auth-doctor reach', { timeout: CHILD_TIMEOUT }, () => {
  test('times DNS, TCP and HTTP for both hosts and exits 0 when both answer like the Coze API', async () => {
    const { cn, com, env } = await fakeHosts();
    const result = await run(['reach', '--json'], { env });
    expect(result.code).toBe(0);
    const json = result.json<ReachJson>();
    expect(json.verdict).toBe('valid');
    expect(json.evidence.map((h) => [h.region, h.origin])).toEqual([
      ['cn', cn.baseUrl],
      ['com', com.baseUrl],
    ]);
    for (const host of json.evidence) {
      expect(host).toMatchObject({ reachable: true, dns: { ok: true, detail: '127.0.0.1' }, tcp: { ok: true }, tls: null });
      // Without a token the API answers with its own error JSON (4100 on cn, 4101 on com in the fake).
      expect(host.http).toMatchObject({ ok: true, status: expect.any(Number), code: expect.any(Number), logid: expect.any(String) });
      expect(typeof host.http?.ms).toBe('number');
    }
    // No token: the request carries no Authorization header at all.
    expect([...sent(cn), ...sent(com)].every((r) => r.headers['authorization'] === undefined)).toBe(true);
  });

  test('exits 3 and names the failed step when a host refuses connections', async () => {
    const { env } = await fakeHosts();
    const result = await run(['reach', '--json'], { env: { ...env, COZE_AUTH_DOCTOR_COM_BASE_URL: await closedPortUrl() } });
    expect(result.code).toBe(3);
    const json = result.json<ReachJson>();
    expect(json.verdict).toBe('network-error');
    expect(json.evidence[1]).toMatchObject({ reachable: false, tcp: { ok: false, error: 'ECONNREFUSED' }, http: null });
    expect(json.evidence[0]?.reachable).toBe(true);
  });

  test('says unexpected-response when the host answers something other than the Coze API', async () => {
    const { cn, env } = await fakeHosts();
    cn.setFault({ kind: 'html' });
    const result = await run(['reach', '--host', 'cn'], { env });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('HTTP');
    expect(result.stdout).toContain('did not answer like the Coze API');
  });
});
