import { describe, expect, test } from 'vitest';
import { classifyPasted } from '~/probes/index.ts';

const body4100 = '{"code":4100,"msg":"authentication is invalid","detail":{"logid":"BODYLOGID1"}}';

describe('classifyPasted', () => {
  test('reads a bare JSON body', () => {
    expect(classifyPasted(`  ${body4100}\n`)).toMatchObject({
      ok: true,
      format: 'json',
      verdict: 'invalid-token',
      facts: { httpStatus: null, logid: 'BODYLOGID1' },
    });
  });

  test('reads curl -i output with its status and logid header', () => {
    const text = `HTTP/2 401 \r\ncontent-type: application/json\r\nx-tt-logid: HEADERLOGID\r\n\r\n${body4100}`;
    expect(classifyPasted(text)).toMatchObject({
      ok: true,
      format: 'http',
      verdict: 'invalid-token',
      facts: { httpStatus: 401, logid: 'HEADERLOGID' },
    });
  });

  test('reads curl -v output, skipping its chatter', () => {
    const text = [
      '* Trying 1.2.3.4:443...',
      '> GET /v1/users/me HTTP/2',
      '> authorization: Bearer <YOUR_TOKEN>',
      '>',
      '< HTTP/2 403',
      '< x-tt-logid: V1',
      '<',
      '{"code":4101,"msg":"no permission"}',
    ].join('\n');
    expect(classifyPasted(text)).toMatchObject({
      ok: true,
      verdict: 'missing-permission',
      facts: { httpStatus: 403, logid: 'V1' },
    });
  });

  test('uses the last status line when a proxy answered first', () => {
    const text = `HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 503 Service Unavailable\r\n\r\n<html>down</html>`;
    expect(classifyPasted(text)).toMatchObject({ ok: true, verdict: 'server-error', facts: { httpStatus: 503 } });
  });

  test('reads Invoke-WebRequest output', () => {
    const text = `StatusCode        : 200\nStatusDescription : OK\nContent           : {"code":0,"msg":"","data":{"user_id":"1"}}\nHeaders           : {[x-tt-logid, PSLOGID], [Content-Type, application/json]}`;
    expect(classifyPasted(text)).toMatchObject({
      ok: true,
      format: 'powershell',
      verdict: 'valid',
      facts: { logid: 'PSLOGID' },
    });
  });

  test('reads an Invoke-RestMethod error from PowerShell 5.1 and 7', () => {
    expect(classifyPasted(`Invoke-RestMethod : ${body4100}\nAt line:1 char:1\n+ Invoke-RestMethod -Uri ...`)).toMatchObject({
      ok: true,
      format: 'powershell',
      verdict: 'invalid-token',
    });
    expect(classifyPasted(`Invoke-RestMethod: Response status code does not indicate success: 429 (Too Many Requests).`)).toMatchObject({
      ok: true,
      verdict: 'rate-limited',
      facts: { httpStatus: 429 },
    });
  });

  test('reads an OAuth error body', () => {
    expect(classifyPasted('{"error_code":"invalid_client","error_message":"invalid jwt: kid not been registred","error":"invalid_client"}')).toMatchObject({
      ok: true,
      verdict: 'wrong-region',
      uncertain: true,
    });
  });

  test.each([
    ['nothing', '', 'empty'],
    ['prose', 'it does not work', 'no-response-found'],
    ['a huge paste', 'x'.repeat(600 * 1024), 'too-long'],
  ])('says so when given %s', (_name, text, reason) => {
    expect(classifyPasted(text)).toEqual({ ok: false, reason });
  });

  test('never throws on half a JSON body', () => {
    expect(classifyPasted('{"code":4100,"msg":"auth')).toEqual({ ok: false, reason: 'no-response-found' });
  });
});
