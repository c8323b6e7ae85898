/**
 * Locale-free names of the site's pages that code points at: the wizards and the guide / tool pages.
 * A leaf module shared by probes (a verdict names the step that explains it) and the wizard engine.
 */

export type WizardId = 'migrated-workspace' | 'team-scope-rejected' | 'expired-refresh' | 'token-invalid' | 'choose-auth';

/** A guide (optionally a section) as a locale-free path: `guides/regions` or `guides/error-codes#4101`. */
export type GuideRef = `guides/${string}` | `tools/${string}`;
