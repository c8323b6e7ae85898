import type { Page } from '@playwright/test';

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly postData: string | null;
  readonly resourceType: string;
}

interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
}

/** Everything a page did that the security and CSP specs assert on, recorded from the first byte. */
export interface PageWatch {
  readonly requests: RecordedRequest[];
  readonly consoleLines: string[];
  readonly pageErrors: string[];
  /** `securitypolicyviolation` events plus console lines that report a CSP block. */
  readonly cspViolations: CspViolation[];
  /** Requests whose origin is not the page's own (data: and blob: URLs are not requests out). */
  offOrigin(origin: string): RecordedRequest[];
}

const CSP_CONSOLE = /Content Security Policy/i;

/** Starts recording on `page`; call before the first navigation. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = {
    requests: [],
    consoleLines: [],
    pageErrors: [],
    cspViolations: [],
    offOrigin(origin) {
      return this.requests.filter((r) => /^https?:/.test(r.url) && new URL(r.url).origin !== origin);
    },
  };
  page.on('request', (request) => {
    watch.requests.push({
      url: request.url(),
      method: request.method(),
      headers: request.headers(),
      postData: request.postData(),
      resourceType: request.resourceType(),
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    watch.consoleLines.push(`${message.type()}: ${text}`);
    if (CSP_CONSOLE.test(text)) watch.cspViolations.push({ directive: 'console', blocked: text, source: message.location().url });
  });
  page.on('pageerror', (error) => watch.pageErrors.push(`${error.name}: ${error.message}`));
  // The binding is installed through the DevTools protocol, so the page's own CSP cannot block it.
  await page.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
    watch.cspViolations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void }).__reportCspViolation;
      report?.({ directive: event.violatedDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
  return watch;
}
