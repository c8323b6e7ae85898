/**
 * Reading a Coze answer body without trusting it: the two documented JSON shapes, or nothing.
 * Open API: `{code, msg, detail:{logid}, data}`. OAuth endpoint: `{error_code, error_message, error,
 * error_description}` on failure, `{access_token, expires_in, refresh_token}` on success.
 */

export type ParsedBody =
  | {
      readonly shape: 'open-api';
      readonly code: number;
      readonly msg: string | null;
      readonly logid: string | null;
      readonly json: Record<string, unknown>;
    }
  | {
      readonly shape: 'oauth-error';
      readonly errorCode: string;
      readonly errorMessage: string | null;
      readonly json: Record<string, unknown>;
    }
  | { readonly shape: 'oauth-token'; readonly json: Record<string, unknown> }
  | { readonly shape: 'other-json'; readonly json: unknown }
  | { readonly shape: 'empty' }
  | { readonly shape: 'html' }
  | { readonly shape: 'malformed-json' };

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Classifies a body text by shape. Never throws. */
export function parseBody(text: string): ParsedBody {
  const trimmed = text.trim();
  if (trimmed === '') return { shape: 'empty' };
  if (/^</.test(trimmed)) return { shape: 'html' };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { shape: 'malformed-json' };
  }
  if (!isRecord(json)) return { shape: 'other-json', json };
  // Some gateways send the code as a numeric string; accept both, nothing else.
  // Only a string is tested: String() of a pasted object such as {"toString":[]} would throw.
  const raw = json['code'];
  const code = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : null;
  if (code !== null) {
    const detail = isRecord(json['detail']) ? json['detail'] : {};
    return { shape: 'open-api', code, msg: str(json['msg']), logid: str(detail['logid']) ?? str(json['logid']), json };
  }
  // Workflow stream errors use `error_code` as a number (4000); the OAuth endpoint uses strings.
  if (typeof json['error_code'] === 'number') {
    return { shape: 'open-api', code: json['error_code'], msg: str(json['error_message']), logid: null, json };
  }
  const errorCode = str(json['error_code']) ?? str(json['error']);
  if (errorCode !== null) {
    return {
      shape: 'oauth-error',
      errorCode,
      errorMessage: str(json['error_message']) ?? str(json['error_description']),
      json,
    };
  }
  if (str(json['access_token']) !== null) return { shape: 'oauth-token', json };
  return { shape: 'other-json', json };
}
