import type { Locator, Page } from '@playwright/test';

/** Fields a visitor pastes a secret into (`name="token"` is the contract; the rest are likely twins). */
export const TOKEN_FIELDS = ['token', 'refresh-token', 'refresh_token', 'access-token', 'client-secret', 'private-key', 'jwt']
  .map((name) => `input[name="${name}"], textarea[name="${name}"]`)
  .join(', ');

const random = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/** A unique, obviously fake token: it must never be seen anywhere but in its field and the request. */
function canaryToken(): string {
  return `pat_CANARY${random()}`;
}

/**
 * A unique canary shaped so the field named `name` accepts it and its check really runs (a refresh
 * token is long and prefix-free, a client secret is plain text); each one is searched for separately.
 */
export function canaryFor(name: string): string {
  switch (name) {
    case 'token':
      return canaryToken();
    case 'refresh-token':
      return `CANARYrefresh${random()}`.padEnd(72, 'q');
    default:
      return `CANARY${name.replace(/\W/g, '')}${random()}`;
  }
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

/** The button that sends the form's request: its `data-run` hook, else the form's submit button. */
export function runButtonOf(form: Locator): Locator {
  return form.locator('[data-run], button[type="submit"]').first();
}

/** Every visible, enabled copy button in the main content (the `data-copy*` and report hooks). */
export async function copyButtons(page: Page): Promise<Locator[]> {
  const buttons: Locator[] = [];
  for (const button of await page.locator('main :is([data-copy], [data-copy-link], [data-support-report])').all()) {
    if ((await button.isVisible()) && (await button.isEnabled())) buttons.push(button);
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
