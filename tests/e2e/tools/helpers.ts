/** Page helpers shared by the tool specs: fill a form the way a visitor would, then read the verdict. */
import type { Locator, Page } from '@playwright/test';

export type Host = 'cn' | 'com' | 'auto' | 'custom';

const RUN = { 'zh-CN': '开始检查', en: 'Run check' } as const;

/** The live check's verdict element (a pasted response renders its own, marked `data-source="pasted"`). */
export function liveVerdict(page: Page): Locator {
  return page.locator('[data-verdict][data-source="live"]');
}

export function pastedVerdict(page: Page): Locator {
  return page.locator('[data-verdict][data-source="pasted"]');
}

export async function chooseHost(page: Page, host: Host, baseUrl?: string): Promise<void> {
  await page.locator(`[name="host"][value="${host}"]`).check();
  if (host === 'custom') await page.locator('[name="base-url"]').fill(baseUrl ?? '');
}

/** Types a token and a host into the token check, then clicks "Run check". */
export async function runTokenCheck(page: Page, token: string, host: Host, baseUrl?: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
  await page.locator('[name="token"]').fill(token);
  await chooseHost(page, host, baseUrl);
  await page.getByRole('button', { name: RUN[locale], exact: true }).click();
}

/** Pastes a response into the offline box and reads it. */
export async function pasteResponse(page: Page, text: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
  await page.locator('[name="pasted-response"]').fill(text);
  await page.getByRole('button', { name: locale === 'en' ? 'Read the response' : '分析响应' }).click();
}

/** What `curl -i` prints for an answer: status line, headers, blank line, body. */
export async function curlOutput(url: string, init: RequestInit = {}): Promise<string> {
  const response = await fetch(url, init);
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `HTTP/1.1 ${response.status} ${response.statusText}\n${headers}\n\n${await response.text()}`;
}
