import type { ReportLabels } from '~/lib/support-report-labels';
import type { WizardReportInput } from '~/islands/wizard/report';

type ReportModule = typeof import('~/islands/wizard/report');

/** The report module once loaded: a click after that builds the text at once, in the click's own task. */
let loaded: ReportModule | null = null;

/**
 * Starts loading the support report's code (shown outcomes call this): most visitors never copy a
 * report, so the wizard page does not load it up front, yet by the time a visitor clicks it is there.
 */
export async function preloadReport(): Promise<ReportModule> {
  loaded = await import('~/islands/wizard/report');
  return loaded;
}

/** The report's text: synchronous once the module is loaded (browsers honour a clipboard write best then). */
export function reportText(input: WizardReportInput, labels: ReportLabels): string | Promise<string> {
  return loaded ? loaded.wizardReport(input, labels) : preloadReport().then((module) => module.wizardReport(input, labels));
}
