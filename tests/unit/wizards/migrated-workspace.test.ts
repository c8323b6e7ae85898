import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizard } from '~/wizards/migrated-workspace';
import { treeOf } from '~/wizards/registry';
import { migratedWorkspaceMachine } from '~/wizards/migrated-workspace/machine';
import { validateWizard } from '~/wizards/engine/validate';
import type { CheckInput, ProbeEvidence } from '~/wizards/engine/types';

/** Starts the real machine and answers each step in turn, as the island would. */
function walk(...answers: string[]) {
  const actor = createActor(migratedWorkspaceMachine).start();
  for (const answer of answers) actor.send({ type: 'user.answer', answer });
  return actor;
}

describe('migrated-workspace paths', () => {
  test('starts by asking which kind of authorization the calls use', () => {
    expect(walk().getSnapshot().value).toBe('auth-type');
  });

  test('sends a PAT user with workspace-level points straight to recreating the token', () => {
    const actor = walk('pat', 'personal-to-team', 'workspace-or-account');
    expect(actor.getSnapshot().value).toBe('pat-recreate');
    expect(actor.getSnapshot().status).toBe('done');
  });

  test('sends a member who needs team-level points for a new PAT to their admin', () => {
    const actor = walk('pat', 'personal-to-team', 'team-level', 'member');
    expect(actor.getSnapshot().value).toBe('ask-admin');
  });

  test('lets an admin with team-level points recreate the PAT', () => {
    expect(walk('pat', 'personal-to-team', 'team-level', 'admin').getSnapshot().value).toBe('pat-recreate');
  });

  test('tells an OBO admin who migrated without compatibility to re-authorize now', () => {
    expect(walk('obo', 'personal-to-team', 'admin', 'not-added').getSnapshot().value).toBe('obo-reauthorize');
  });

  test('tells an AppAuth admin who migrated without compatibility to re-authorize the service app', () => {
    expect(walk('appauth', 'personal-to-team', 'admin', 'not-sure').getSnapshot().value).toBe('appauth-reauthorize');
  });

  test('explains that old conversations belong to the user when only they fail', () => {
    const actor = walk('appauth', 'personal-to-team', 'admin', 'added', 'old-conversations');
    expect(actor.getSnapshot().value).toBe('conversations-belong-to-user');
  });

  test('asks to keep the old personal OAuth app when it was disabled', () => {
    expect(walk('obo', 'personal-to-team', 'admin', 'added', 'old-app-disabled').getSnapshot().value).toBe('keep-old-app');
  });

  test('points 4101 on some workspaces to granting all workspaces', () => {
    expect(walk('obo', 'personal-to-team', 'admin', 'added', 'some-workspaces').getSnapshot().value).toBe(
      'grant-all-workspaces',
    );
  });

  test('says an upgrade from Enterprise Standard to Flagship needs no migration', () => {
    for (const kind of ['pat', 'obo', 'appauth']) {
      expect(walk(kind, 'standard-to-flagship').getSnapshot().value).toBe('no-migration-needed');
    }
  });

  test('routes an unsure visitor by token prefix into the matching branch', () => {
    expect(walk('not-sure', 'czs').getSnapshot().value).toBe('appauth-moved-from');
    expect(walk('not-sure', 'czu').getSnapshot().value).toBe('obo-moved-from');
    expect(walk('not-sure', 'other').getSnapshot().value).toBe('identify-credential');
  });

  test('records the answers that led to the outcome, in order', () => {
    const actor = walk('pat', 'personal-to-team', 'team-level', 'member');
    expect(actor.getSnapshot().context.answers).toEqual([
      { step: 'auth-type', answer: 'pat' },
      { step: 'pat-moved-from', answer: 'personal-to-team' },
      { step: 'pat-points', answer: 'team-level' },
      { step: 'pat-role', answer: 'member' },
    ]);
  });

  test('lets the workspace probe send an OBO member to their admin', async () => {
    const machine = migratedWorkspaceMachine.provide({
      actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: 'member', verdict: 'valid', details: {} })) },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'user.answer', answer: 'obo' });
    actor.send({ type: 'user.answer', answer: 'personal-to-team' });
    expect(actor.getSnapshot().value).toEqual({ 'obo-role': 'idle' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('ask-admin'));
    expect(actor.getSnapshot().context.answers.at(-1)).toEqual({ step: 'obo-role', answer: 'member', verdict: 'valid' });
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_x');
  });
});

// The engine's validator covers structure and copy; the rest are rules specific to this site's trees.
describe('migrated-workspace tree', () => {
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
      'pat-recreate',
      'obo-reauthorize',
      'appauth-reauthorize',
      'ask-admin',
      'conversations-belong-to-user',
      'no-migration-needed',
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
