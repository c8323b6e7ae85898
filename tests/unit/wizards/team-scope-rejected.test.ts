import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizard } from '~/wizards/team-scope-rejected';
import { treeOf } from '~/wizards/registry';
import { teamScopeRejectedMachine } from '~/wizards/team-scope-rejected/machine';
import { validateWizard } from '~/wizards/engine/validate';
import type { CheckInput, ProbeEvidence, WizardCopy } from '~/wizards/engine/types';
import { isOutcomeCopy } from '~/wizards/engine/types';

/** Starts the real machine and answers each step in turn, as the island would. */
function walk(...answers: string[]) {
  const actor = createActor(teamScopeRejectedMachine).start();
  for (const answer of answers) actor.send({ type: 'user.answer', answer });
  return actor;
}

describe('team-scope-rejected paths', () => {
  test('starts by asking whether a token or an OAuth app was being created', () => {
    expect(walk().getSnapshot().value).toBe('credential-type');
  });

  test('tells a personal account to switch to the team or enterprise admin account', () => {
    expect(walk('pat', 'personal-only').getSnapshot().value).toBe('switch-account');
    expect(walk('oauth-app', 'personal-only').getSnapshot().value).toBe('switch-account');
  });

  test('sends a member with enterprise-level points to their admin', () => {
    const actor = walk('pat', 'member', 'need-them');
    expect(actor.getSnapshot().value).toBe('ask-admin');
    expect(actor.getSnapshot().status).toBe('done');
  });

  test('lets a member who can do without them drop the enterprise-level points', () => {
    expect(walk('oauth-app', 'member', 'can-drop').getSnapshot().value).toBe('drop-enterprise-points');
    expect(walk('pat', 'member', 'not-sure').getSnapshot().value).toBe('drop-enterprise-points');
  });

  test('treats a workspace admin who is not a team admin like a member', () => {
    expect(walk('pat', 'admin', 'team-account', 'workspace-admin-only').getSnapshot().value).toBe('member-points');
  });

  test('sends an admin working in a personal account to switch accounts', () => {
    expect(walk('oauth-app', 'admin', 'personal-account').getSnapshot().value).toBe('switch-account');
  });

  test('reaches the still-rejected outcome only for a team admin in the team account', () => {
    const actor = walk('oauth-app', 'admin', 'team-account', 'org-admin');
    expect(actor.getSnapshot().value).toBe('admin-still-rejected');
    expect(actor.getSnapshot().context.answers.map((a) => a.step)).toEqual([
      'credential-type',
      'app-account',
      'admin-console',
      'admin-role-kind',
    ]);
  });

  test('marks the still-rejected advice as uncertain in both locales', () => {
    for (const copy of Object.values<WizardCopy>(wizard.copy)) {
      const step = copy.steps['admin-still-rejected']!;
      expect(isOutcomeCopy(step) && step.uncertain).toBeTruthy();
    }
  });

  test('lets the workspace probe send a member to the permission-point question', async () => {
    const machine = teamScopeRejectedMachine.provide({
      actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: 'member', verdict: 'valid', details: {} })) },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'user.answer', answer: 'pat' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('member-points'));
    actor.send({ type: 'user.answer', answer: 'need-them' });
    expect(actor.getSnapshot().value).toBe('ask-admin');
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_x');
  });
});

// The engine's validator covers structure and copy; the rest are rules specific to this site's trees.
describe('team-scope-rejected tree', () => {
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
      'switch-account',
      'ask-admin',
      'drop-enterprise-points',
      'admin-still-rejected',
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
