/**
 * Fixture credentials for the fake Coze API. All of them are obviously fake (they spell "fake" or
 * "CANARY"); none is shaped after a real credential from the seeds. Padding keeps the documented
 * shapes (prefix + 64 letters/digits) so the shape checks treat them like real ones.
 */
import type { FakeRegion } from './types.ts';

/** prefix + label padded with `x` to 60 + a 4-character tail, so every fingerprint is distinct. */
function fakeToken(prefix: string, label: string, tail: string): string {
  return `${prefix}${label.padEnd(60, 'x').slice(0, 60)}${tail}`;
}

export const TOKENS = {
  patValidCn: fakeToken('pat_', 'fakeValidCn', 'Vc01'),
  patMemberCn: fakeToken('pat_', 'fakeMemberCn', 'Mb01'),
  patPersonalCn: fakeToken('pat_', 'fakePersonalCn', 'Ps01'),
  patValidCom: fakeToken('pat_', 'fakeValidCom', 'Vm01'),
  satValidCn: fakeToken('sat_', 'fakeServiceCn', 'Sa01'),
  oauthUserCn: fakeToken('czu_', 'fakeOauthUserCn', 'Cu01'),
  oauthServiceCn: fakeToken('czs_', 'fakeOauthServiceCn', 'Cs01'),
  czteiCn: fakeToken('cztei_', 'fakeWorkloadCn', 'Tw01'),
  patExpiredCn: fakeToken('pat_', 'fakeExpiredCn', 'Ex01'),
  patRevokedCn: fakeToken('pat_', 'fakeRevokedCn', 'Rv01'),
  patStaleCn: fakeToken('pat_', 'fakeStaleCn', 'St01'),
  patNoWorkspacePermCn: fakeToken('pat_', 'fakeNoWorkspacePermCn', 'Nw01'),
  patNoPermissionCn: fakeToken('pat_', 'fakeNoPermissionCn', 'Np01'),
  patRateLimitedCn: fakeToken('pat_', 'fakeRateLimitedCn', 'Rl01'),
  oauthUserCom: fakeToken('czu_', 'fakeOauthUserCom', 'Uc01'),
  oauthServiceCom: fakeToken('czs_', 'fakeOauthServiceCom', 'Sc01'),
  satValidCom: fakeToken('sat_', 'fakeServiceCom', 'Sm01'),
  /** Valid on cn; tests assert it never shows up where it must not. */
  canary: fakeToken('pat_', 'CANARYcanaryCANARYcanary', 'Cn99'),
} as const;

/** How the fake answers a token on the host where it is registered. */
type TokenState = 'valid' | 'expired' | 'revoked' | 'stale' | 'no-workspace-permission' | 'no-permission' | 'rate-limited';
type Role = 'owner' | 'admin' | 'member';

export interface FakeTokenRecord {
  readonly region: FakeRegion;
  readonly state: TokenState;
  readonly workspaces: ReadonlyArray<{ readonly type: 'personal' | 'team'; readonly role: Role }>;
}

const personal = { type: 'personal', role: 'owner' } as const;
const rec = (region: FakeRegion, state: TokenState, ...team: Role[]): FakeTokenRecord => ({
  region,
  state,
  workspaces: [personal, ...team.map((role) => ({ type: 'team' as const, role }))],
});

export const TOKEN_RECORDS: Readonly<Record<string, FakeTokenRecord>> = {
  [TOKENS.patValidCn]: rec('cn', 'valid', 'admin'),
  [TOKENS.patMemberCn]: rec('cn', 'valid', 'member'),
  [TOKENS.patPersonalCn]: rec('cn', 'valid'),
  [TOKENS.patValidCom]: rec('com', 'valid', 'owner'),
  [TOKENS.satValidCn]: rec('cn', 'valid', 'admin'),
  [TOKENS.oauthUserCn]: rec('cn', 'valid', 'member'),
  [TOKENS.oauthServiceCn]: rec('cn', 'valid', 'admin'),
  [TOKENS.czteiCn]: rec('cn', 'valid'),
  [TOKENS.patExpiredCn]: rec('cn', 'expired'),
  [TOKENS.patRevokedCn]: rec('cn', 'revoked'),
  [TOKENS.patStaleCn]: rec('cn', 'stale'),
  [TOKENS.patNoWorkspacePermCn]: rec('cn', 'no-workspace-permission'),
  [TOKENS.patNoPermissionCn]: rec('cn', 'no-permission'),
  [TOKENS.patRateLimitedCn]: rec('cn', 'rate-limited'),
  [TOKENS.oauthUserCom]: rec('com', 'valid', 'member'),
  [TOKENS.oauthServiceCom]: rec('com', 'valid', 'admin'),
  [TOKENS.satValidCom]: rec('com', 'valid', 'admin'),
  [TOKENS.canary]: rec('cn', 'valid', 'admin'),
};

/** OAuth apps per region. Client ids follow the documented `<32 digits>.app.coze` shape. */
export const OAUTH_APPS = {
  cn: {
    web: { clientId: '10000000000000000000000000000001.app.coze', secret: 'fakeClientSecretCnWebApp0000000000000001' },
    pkce: { clientId: '10000000000000000000000000000002.app.coze' },
    deactivated: { clientId: '10000000000000000000000000000003.app.coze', name: 'Fake Paused App' },
    device: { clientId: '10000000000000000000000000000004.app.coze' },
  },
  com: {
    web: { clientId: '20000000000000000000000000000001.app.coze', secret: 'fakeClientSecretComWebApp000000000000001' },
    pkce: { clientId: '20000000000000000000000000000002.app.coze' },
    deactivated: { clientId: '20000000000000000000000000000003.app.coze', name: 'Fake Paused App' },
    device: { clientId: '20000000000000000000000000000004.app.coze' },
  },
} as const;

/** Refresh tokens valid at start-up (no prefix, 72 letters and digits, like the docs' examples). */
export function initialRefreshToken(region: FakeRegion, app: 'web' | 'pkce', n: number): string {
  return `fakeRefresh${region === 'cn' ? 'Cn' : 'Com'}${app === 'web' ? 'Web' : 'Pkce'}`.padEnd(68, 'r') + String(n).padStart(4, '0');
}
