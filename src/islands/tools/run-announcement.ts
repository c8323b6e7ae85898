import type { RunState } from '~/islands/tools/use-probe-run';
import { fill } from '~/site/fill';

/** The words a tool's live region uses for a run, in the page's locale. */
export interface RunAnnouncementLabels {
  readonly running: string;
  readonly announceDone: string;
  readonly cancelled: string;
  readonly failed: string;
}

/**
 * What a tool announces for its run: that it is running, the verdict's title once done, or that it
 * was cancelled or failed; nothing while idle. One wording for every live check.
 */
export function runAnnouncement<T>(state: RunState<T>, labels: RunAnnouncementLabels, titleOf: (result: T) => string): string {
  switch (state.phase) {
    case 'running':
      return labels.running;
    case 'done':
      return fill(labels.announceDone, { title: titleOf(state.result) });
    case 'cancelled':
      return labels.cancelled;
    case 'failed':
      return labels.failed;
    default:
      return '';
  }
}
