import type { Locator, Page } from '@playwright/test';

/** Fields a visitor pastes a secret into (`name="token"` is the contract; the rest are likely twins). */
export const TOKEN_FIELDS = [
  'token',
  'refresh-token',
  'refresh_token',
  'access-token',
  'client-secret',
  'private-key',
  'jwt',
]
  .map((name) => `input[name="${name}"], textarea[name="${name}"]`)
  .join(', ');

const RUN_LABEL = /run|check|test|send|verify|inspect|decode|look ?up|检查|检测|运行|发送|测试|验证|解析|查询/i;
const COPY_LABEL = /copy|复制/i;

/** A unique, obviously fake token: it must never be seen anywhere but in its field and the request. */
export function canaryToken(): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `pat_CANARY${random}`;
}

/** Visible token fields on the page (or inside `scope`). */
export async function tokenFields(scope: Page | Locator): Promise<Locator[]> {
  const fields = await scope.locator(TOKEN_FIELDS).all();
  const visible: Locator[] = [];
  for (const field of fields) if (await field.isVisible()) visible.push(field);
  return visible;
}

/**
 * Points the form around `field` at `origin` through its `host` = `custom` choice and `base-url`
 * field (the contract's names). Returns false when the form has no custom host.
 */
export async function chooseCustomHost(field: Locator, origin: string): Promise<boolean> {
  const form = formOf(field);
  const host = form.locator('[name="host"]');
  if ((await host.count()) === 0) return false;
  const first = host.first();
  if ((await first.evaluate((el) => el.tagName)) === 'SELECT') await first.selectOption('custom');
  else await form.locator('[name="host"][value="custom"]').check();
  // The base-URL field may only appear once "custom" is chosen.
  const baseUrl = form.locator('[name="base-url"]').first();
  const shown = await baseUrl.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!shown) return false;
  await baseUrl.fill(origin);
  return true;
}

/** The nearest form (or the wizard island / main content) holding `field`. */
export function formOf(field: Locator): Locator {
  return field.locator('xpath=ancestor::*[self::form or @data-wizard or self::main][1]');
}

/** The button that sends the request for `field`: its form's submit button, else one labelled "run/check/…". */
export async function runButtonOf(field: Locator): Promise<Locator | undefined> {
  const form = formOf(field);
  const submit = form.locator('button[type="submit"], input[type="submit"]');
  if ((await submit.count()) > 0) return submit.first();
  for (const button of await form.locator('button').all()) {
    if (!(await button.isVisible())) continue;
    const label = `${await button.innerText()} ${(await button.getAttribute('aria-label')) ?? ''}`;
    if (RUN_LABEL.test(label) && !COPY_LABEL.test(label)) return button;
  }
  return undefined;
}

/**
 * Waits until the check that `field` belongs to has finished: a verdict is shown, or the form is
 * gone (a wizard check step moves on). Returns false when neither happened in time.
 */
export async function checkFinished(page: Page, field: Locator, timeout = 15_000): Promise<boolean> {
  return Promise.race([
    page.locator('[data-verdict]').first().waitFor({ timeout }),
    field.waitFor({ state: 'detached', timeout }),
  ]).then(
    () => true,
    () => false,
  );
}

/** Every visible, enabled copy button in the main content. */
export async function copyButtons(page: Page): Promise<Locator[]> {
  const buttons: Locator[] = [];
  for (const button of await page.locator('main button, main [role="button"]').all()) {
    if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
    const label = `${await button.innerText()} ${(await button.getAttribute('aria-label')) ?? ''} ${(await button.getAttribute('title')) ?? ''}`;
    if (COPY_LABEL.test(label)) buttons.push(button);
  }
  return buttons;
}

/** Everything the page can keep or show after a check, as text to search for the canary. */
export function pageResidue(page: Page) {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i))
        .map((key) => `${key}=${key === null ? '' : storage.getItem(key)}`)
        .join('\n');
    return {
      url: location.href,
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      cookie: document.cookie,
      historyState: JSON.stringify(history.state ?? null),
      // What the page shows (input values are not part of innerText): a fingerprint at most.
      visibleText: document.body.innerText,
    };
  });
}
