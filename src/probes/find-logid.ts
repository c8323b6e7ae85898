/**
 * The log ID in a pasted error: `"logid": "…"` in a JSON body (`detail.logid`), or an
 * `x-tt-logid` response header line. Coze support finds a request by it.
 */
export function findLogid(text: string): string | null {
  const match =
    /"logid"\s*:\s*"([0-9A-Za-z_-]{6,64})"/i.exec(text) ??
    /x-tt-logid\s*[:=,]\s*"?([0-9A-Za-z_-]{6,64})/i.exec(text) ??
    /\blogid\s*[:=]\s*"?([0-9A-Za-z_-]{6,64})/i.exec(text);
  return match?.[1] ?? null;
}
