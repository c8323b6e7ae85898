import { describe, expect, test } from 'vitest';
import { runAnnouncement } from '~/islands/tools/run-announcement';

const labels = { running: 'Checking…', announceDone: 'Result: {title}', cancelled: 'Cancelled', failed: 'Failed' };
const titleOf = (result: { verdict: string }) => `«${result.verdict}»`;

describe('what a live check announces', () => {
  test('says nothing while idle', () => {
    expect(runAnnouncement({ phase: 'idle' }, labels, titleOf)).toBe('');
  });

  test('says it is running, then names the verdict it reached', () => {
    expect(runAnnouncement({ phase: 'running', startedAt: 0 }, labels, titleOf)).toBe('Checking…');
    expect(runAnnouncement({ phase: 'done', result: { verdict: 'expired' } }, labels, titleOf)).toBe('Result: «expired»');
  });

  test('says when the visitor cancelled or the run failed', () => {
    expect(runAnnouncement({ phase: 'cancelled' }, labels, titleOf)).toBe('Cancelled');
    expect(runAnnouncement({ phase: 'failed' }, labels, titleOf)).toBe('Failed');
  });
});
