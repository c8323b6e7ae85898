/**
 * Every error code and OAuth error that coze-auth-facts.md §3–§4 lists (the shared facts file). The case
 * book must hold at least one case whose pasted error carries each of them. `invalid_grant` is left
 * out on purpose: the facts file says it does not appear in the docs.
 */
export const FACT_CODES = [
  4000, 4001, 4002, 4003, 4004, 4005, 4006, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016, 4019, 4020, 4027, 4028, 4100, 4101, 4102, 4200, 4300, 4301,
  4302, 4303, 4304, 5000, 6006, 700012006, 788788103,
] as const;

export const FACT_OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'unsupported_grant_type',
  'access_deny',
  'internal_error',
  'authorization_pending',
  'slow_down',
  'access_denied',
  'expired_token',
] as const;
