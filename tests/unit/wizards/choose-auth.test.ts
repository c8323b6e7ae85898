import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizard } from '~/wizards/choose-auth';
import { treeOf } from '~/wizards/registry';
import { chooseAuthMachine } from '~/wizards/choose-auth/machine';
import { validateWizard } from '~/wizards/engine/validate';
import type { CheckInput, ProbeEvidence, WizardCopy } from '~/wizards/engine/types';
import { isOutcomeCopy } from '~/wizards/engine/types';

/** Starts the real machine and answers each step in turn, as the island would. */
function walk(...answers: string[]) {
  const actor = createActor(chooseAuthMachine).start();
  for (const answer of answers) actor.send({ type: 'user.answer', answer });
  return actor;
}

const outcomeOf = (...answers: string[]) => walk(...answers).getSnapshot().value;

describe('choose-auth paths', () => {
  test('starts by asking what kind of program it is', () => {
    expect(walk().getSnapshot().value).toBe('scenario');
  });

  test('recommends a PAT only for a private quick test', () => {
    expect(outcomeOf('quick-test', 'local')).toBe('use-pat');
  });

  test('sends a quick test that will be deployed back to the main questions', () => {
    expect(outcomeOf('quick-test', 'shared-or-deployed')).toBe('acting-for');
  });

  test('recommends a PAT for a server job that ends within 30 days', () => {
    expect(outcomeOf('server-job', 'own-resources', 'within-30-days')).toBe('use-pat');
  });

  test('recommends a SAT for a long-running service that wants one long-lived token', () => {
    expect(outcomeOf('server-job', 'own-resources', 'beyond-30-days', 'long-lived-token')).toBe('use-sat');
  });

  test('recommends a JWT service app when tokens must be short-lived', () => {
    expect(outcomeOf('server-job', 'own-resources', 'beyond-30-days', 'short-lived-tokens')).toBe('use-jwt-service');
  });

  test('recommends the authorization code flow to a backend acting for users', () => {
    expect(outcomeOf('server-job', 'users-resources', 'yes')).toBe('use-oauth-web');
  });

  test('recommends PKCE to a browser app whose users sign in without a backend', () => {
    expect(outcomeOf('browser-app', 'coze-users', 'no')).toBe('use-oauth-pkce');
  });

  test('keeps the private key on the backend for anonymous web visitors', () => {
    expect(outcomeOf('browser-app', 'anonymous-visitors')).toBe('use-jwt-service');
  });

  test('recommends the device flow to a CLI used by other people', () => {
    expect(outcomeOf('device-cli', 'end-users')).toBe('use-oauth-device');
    expect(outcomeOf('device-cli', 'only-me', 'within-30-days')).toBe('use-pat');
  });

  test('recommends a channel app for a channel integration', () => {
    expect(outcomeOf('channel')).toBe('use-jwt-channel');
  });

  test('recommends an enterprise privileged app to an enterprise admin and sends members to one', () => {
    expect(outcomeOf('enterprise-automation', 'whole-enterprise', 'admin')).toBe('use-jwt-enterprise');
    expect(outcomeOf('enterprise-automation', 'whole-enterprise', 'member')).toBe('enterprise-admin-needed');
  });

  test('warns in both locales that a service JWT ignores scope', () => {
    for (const copy of Object.values<WizardCopy>(wizard.copy)) {
      const step = copy.steps['use-jwt-service']!;
      expect(isOutcomeCopy(step) && step.steps.join(' ')).toContain('Connector.createBot');
    }
  });

  test('lets the workspace probe confirm an enterprise admin', async () => {
    const machine = chooseAuthMachine.provide({
      actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: 'admin', verdict: 'valid', details: {} })) },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'user.answer', answer: 'enterprise-automation' });
    actor.send({ type: 'user.answer', answer: 'whole-enterprise' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('use-jwt-enterprise'));
    expect(actor.getSnapshot().status).toBe('done');
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_x');
  });
});

// The engine's validator covers structure and copy; the rest are rules specific to this site's trees.
describe('choose-auth tree', () => {
  const tree = treeOf(wizard);
  const ids = Object.keys(tree.steps);

  test('passes the engine validator: reachable steps, 2–6 answers, no dead ends, copy in both locales', () => {
    expect(validateWizard(tree, wizard.copy)).toEqual([]);
  });

  test.each(['zh-CN', 'en'] as const)('gives every step a distinct %s title, so outline and breadcrumb tell them apart', (locale) => {
    const titles = Object.values<{ title: string }>(wizard.copy[locale].steps).map((step) => step.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('answers only admin, member or personal-only on workspace-role checks', () => {
    for (const meta of Object.values(tree.steps)) {
      if (meta.probe !== 'workspace-role') continue;
      expect(meta.answers.map((a) => a.id).sort()).toEqual(['admin', 'member', 'personal-only']);
    }
  });

  test('has the outcomes support links depend on', () => {
    for (const id of [
      'use-pat',
      'use-sat',
      'use-oauth-web',
      'use-oauth-pkce',
      'use-oauth-device',
      'use-jwt-service',
      'use-jwt-channel',
      'use-jwt-enterprise',
    ]) {
      expect(tree.steps[id]?.kind, id).toBe('outcome');
    }
  });

  test('links only to existing guides, guide anchors and tools', () => {
    const slugs = 'auth-methods|regions|personal-access-tokens|oauth|oauth-jwt|error-codes|workspace-migration|enterprise-permissions|browser-calls|privacy';
    const anchors = '4000|4013|4015|4100|4101|4200|700012006|invalid_client|invalid_request|access_deny|unsupported_grant_type|authorization_pending|slow_down|expired_token|invalid-jwt-kid|401|403|429';
    const valid = new RegExp(`^(guides/(${slugs})|guides/error-codes#(${anchors})|tools/(token-check|refresh-test|jwt-inspector|error-lookup))$`);
    for (const id of ids) for (const ref of tree.steps[id]!.guides) expect(ref, id).toMatch(valid);
  });

  test('keeps copy to inline code and bold, with placeholders instead of secrets', () => {
    const strings = JSON.stringify(wizard.copy).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const raw of strings) {
      const text = JSON.parse(raw) as string;
      const rest = text.replace(/`[^`]+`/g, '').replace(/\*\*[^*]+\*\*/g, '');
      expect(rest, text).not.toMatch(/[`*]|\]\(|<\/?[a-z]/i);
      expect(text).not.toMatch(/\b(?:pat|sat|czu|czs)_[A-Za-z0-9]{16,}/);
    }
  });
});
