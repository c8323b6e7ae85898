/**
 * The "paste the response back" path: when the browser cannot reach the API, the visitor runs the
 * curl / PowerShell command and pastes what it printed. This module only *reads* the paste into
 * {status, headers, body}; the verdict comes from the same `classify` as the live path.
 */
import { classify, type Classification } from '~/probes/classify';

export type PastedClassification =
  | (Classification & { readonly ok: true; readonly format: 'json' | 'http' | 'powershell' | 'text' })
  | { readonly ok: false; readonly reason: 'empty' | 'no-response-found' | 'too-long' };

interface Read {
  readonly format: 'json' | 'http' | 'powershell' | 'text';
  readonly status: number | null;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const MAX_PASTE = 512 * 1024;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/;

/** `curl -i` / `curl -v` (and our PowerShell command, which prints the same layout). */
function readHttp(text: string): Read | null {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => !/^[*>] |^[{}] \[/.test(line)) // curl -v chatter: `* …`, `> request`, `{ [5 bytes data]`
    .map((line) => line.replace(/^< ?/, ''));
  let last = -1;
  lines.forEach((line, i) => {
    if (STATUS_LINE.test(line)) last = i;
  });
  if (last === -1) return null;
  const status = Number(STATUS_LINE.exec(lines[last] as string)?.[1]);
  const headers: Record<string, string> = {};
  let i = last + 1;
  for (; i < lines.length && (lines[i] as string).trim() !== ''; i++) {
    const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(lines[i] as string);
    if (match) headers[(match[1] as string).toLowerCase()] = (match[2] as string).trim();
  }
  return {
    format: 'http',
    status,
    headers,
    body: lines
      .slice(i + 1)
      .join('\n')
      .trim(),
  };
}

/** The first `{…}` in `text` that parses as JSON (string-aware brace matching, bounded). */
function firstJsonObject(text: string): string | null {
  let from = text.indexOf('{');
  for (let tries = 0; from !== -1 && tries < 20; tries++) {
    let depth = 0;
    let inString = false;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        const candidate = text.slice(from, i + 1);
        try {
          JSON.parse(candidate);
          return candidate;
        } catch {
          break;
        }
      }
    }
    from = text.indexOf('{', from + 1);
  }
  return null;
}

/** PowerShell `Invoke-WebRequest` / `Invoke-RestMethod` output, or any text around a JSON body. */
function readLoose(text: string): Read | null {
  const body = firstJsonObject(text);
  const status =
    /StatusCode\s*:\s*(\d{3})/.exec(text)?.[1] ??
    /status code does not indicate success:\s*(\d{3})/i.exec(text)?.[1] ??
    /\(\s*(\d{3})\s*\)\s*(?:Unauthorized|Forbidden|Too Many Requests|Not Found)/i.exec(text)?.[1];
  if (body === null && status === undefined) return null;
  const logid = /x-tt-logid\s*[:,=]\s*([0-9A-Za-z]+)/i.exec(text)?.[1];
  const format = /Invoke-(?:RestMethod|WebRequest)|StatusCode\s*:/i.test(text) ? 'powershell' : 'text';
  return {
    format,
    status: status === undefined ? null : Number(status),
    headers: logid ? { 'x-tt-logid': logid } : {},
    body: body ?? '',
  };
}

function read(text: string): Read | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      JSON.parse(trimmed);
      return { format: 'json', status: null, headers: {}, body: trimmed };
    } catch {
      // not a bare body after all; try the other layouts
    }
  }
  return readHttp(trimmed) ?? readLoose(trimmed);
}

/**
 * Classifies a response the visitor pasted back: a bare JSON body, `curl -i` / `curl -v` output
 * (status line + headers + body), or PowerShell output. Same classifier as the live path.
 */
export function classifyPasted(text: string): PastedClassification {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_PASTE) return { ok: false, reason: 'too-long' };
  const found = read(text);
  if (!found) return { ok: false, reason: 'no-response-found' };
  return {
    ...classify({ status: found.status, headers: found.headers, body: found.body }),
    ok: true,
    format: found.format,
  };
}
