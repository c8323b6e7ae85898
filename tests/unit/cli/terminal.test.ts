/**
 * What only a terminal shows: the hidden prompt (the token is never echoed) and colours (off with
 * NO_COLOR). `script` (util-linux, essential on Debian) gives the child a pseudo-terminal.
 */
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { OAUTH_APPS, TOKENS } from '../../fake-coze/tokens.ts';
import { BIN, CHILD_TIMEOUT, NODE, ROOT, fakeHosts, sent } from './helpers.ts';

/** Runs the CLI on a pseudo-terminal, typing `typed` once `waitFor` has appeared; returns everything the terminal showed. */
function runOnTerminal(args: readonly string[], env: Record<string, string>, typed?: { waitFor: string; text: string }): Promise<string> {
  // A new pseudo-terminal is 0 columns wide; the prompt library would wrap after every character.
  const command = `stty cols 120 rows 40; ${[NODE, BIN, ...args].map((a) => `'${a}'`).join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qefc', command, '/dev/null'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'en_US.UTF-8', TERM: 'xterm-256color', ...env },
    });
    let screen = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString('utf8');
      if (typed && !sent && screen.includes(typed.waitFor)) {
        sent = true;
        child.stdin.write(`${typed.text}\r`);
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve(screen));
  });
}

describe.concurrent('on a terminal', { timeout: CHILD_TIMEOUT }, () => {
  test('asks for the token without echoing it, then checks it', async () => {
    const { cn } = await fakeHosts();
    const screen = await runOnTerminal(['check', '--host', cn.baseUrl], {}, { waitFor: 'Access token (input hidden)', text: TOKENS.patValidCn });
    expect(screen).toContain('valid');
    expect(screen).toContain('pat_…Vc01');
    expect(screen).not.toContain(TOKENS.patValidCn.slice(4, 30));
    expect(screen).toContain('•');
  });

  test('colours the verdict, unless NO_COLOR is set', async () => {
    const { cn } = await fakeHosts();
    const coloured = await runOnTerminal(['check', '--host', cn.baseUrl], { COZE_API_TOKEN: TOKENS.patValidCn });
    expect(coloured).toContain('\x1b[32m✔ valid');
    const plain = await runOnTerminal(['check', '--host', cn.baseUrl], { COZE_API_TOKEN: TOKENS.patValidCn, NO_COLOR: '1' });
    expect(plain).toContain('✔ valid');
    expect(plain).not.toContain('\x1b[32m');
  });

  test('warns before spending a refresh token, and sends nothing when the answer is no', async () => {
    const { cn } = await fakeHosts();
    const args = ['refresh', '--client-id', OAUTH_APPS.cn.pkce.clientId, '--host', cn.baseUrl];
    const screen = await runOnTerminal(args, { COZE_REFRESH_TOKEN: cn.mintRefreshToken('pkce') }, { waitFor: 'Spend this refresh token now?', text: 'n' });
    expect(screen).toContain('A refresh token works once');
    expect(screen).toContain('Not sent; the refresh token is unchanged.');
    expect(sent(cn)).toEqual([]);
  });

  test('spends it after a yes', async () => {
    const { cn } = await fakeHosts();
    const args = ['refresh', '--client-id', OAUTH_APPS.cn.pkce.clientId, '--host', cn.baseUrl];
    const screen = await runOnTerminal(args, { COZE_REFRESH_TOKEN: cn.mintRefreshToken('pkce') }, { waitFor: 'Spend this refresh token now?', text: 'y' });
    expect(screen).toContain('✔ valid');
    expect(screen).toContain('The new refresh token was not saved');
    expect(sent(cn)).toHaveLength(1);
  });
});
