import { expect, routeCozeHosts, test, TOKENS } from './tools/fixtures';
import { island, open, pagePath, wizards } from './wizards-helpers';

const CANARY = 'pat_CANARYwizardE2E0000000000000000000000000000000000';

/** Every check step of every wizard. */
const checkSteps = wizards.flatMap((wizard) =>
  Object.entries(wizard.tree.steps)
    .filter(([, meta]) => meta.kind === 'check')
    .map(([step, meta]) => ({ wizard, step, meta })),
);

test.describe('wizard check steps', () => {
  test.describe.configure({ mode: 'parallel' });

  test('exist: the wizards have check steps to walk', () => {
    expect(checkSteps.length).toBeGreaterThan(0);
  });

  for (const { wizard, step, meta } of checkSteps) {
    test(`${wizard.id}#${step} sends nothing before Run check and keeps the token out of the page state`, async ({ page }) => {
      const outside: string[] = [];
      // No real Coze host in tests: anything leaving the preview server is recorded and refused.
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (outside.push(route.request().url()), route.abort()));
      const root = await open(page, `${pagePath(wizard.id, 'en')}#${step}`);
      const form = root.locator('form.wizard-check');
      await expect(form.locator('input[name="token"]')).toHaveAttribute('type', 'password');
      await expect(form.locator('input[name="token"]')).toHaveAttribute('autocomplete', 'off');
      await expect(form.locator('input[name="base-url"]')).toBeHidden();
      await form.locator('input[name="host"][value="custom"]').check();
      await expect(form.locator('input[name="base-url"]')).toBeVisible();
      await form.locator('input[name="host"][value="cn"]').check();

      await form.locator('input[name="token"]').fill(CANARY);
      expect(outside).toEqual([]);
      await form.getByRole('button', { name: 'Run check' }).click();
      // Whatever the probe concludes (here the network is refused), the island either moves on
      // or shows the evidence with its verdict; both render an element with data-verdict.
      await expect(root.locator('[data-verdict]').first()).toBeVisible();
      expect(page.url()).not.toContain(CANARY);
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + JSON.stringify(history.state));
      expect(stored).not.toContain(CANARY);
      for (const url of outside) expect(url).not.toContain(CANARY);

      // Answering by hand still works, and leaving the step clears the token field.
      if ((await root.getAttribute('data-step')) === step) {
        await root.locator(`.wizard-answers [data-answer="${meta.answers[0]!.id}"]`).click();
        await expect(root).toHaveAttribute('data-step', meta.answers[0]!.target);
        await page.goBack();
        await expect(island(page)).toHaveAttribute('data-step', step);
        await expect(island(page).locator('input[name="token"]')).toHaveValue('');
      }
    });
  }
});

test.describe('the token-invalid check step', () => {
  const STEP = pagePath('token-invalid', 'en');

  test('asks where the app sends its calls and finds a token of the other region', async ({ page, fakes }) => {
    const asked = await routeCozeHosts(page, fakes);
    const root = await open(page, `${STEP}#token-check`);
    const form = root.locator('form.wizard-check');
    await expect(root.locator('.wizard-answers')).toBeVisible();
    await form.locator('input[name="token"]').fill(TOKENS.patValidCn);
    await form.locator('input[name="host"][value="com"]').check();
    await form.locator('input[name="app-host"][value="com"]').check();
    // Said before sending: both Coze hosts will be asked, and only on the click.
    await expect(form.locator('[data-both-hosts]')).toContainText('api.coze.cn and api.coze.com');
    expect(asked).toEqual([]);
    await expect(form.locator('[data-preview]')).toContainText('https://api.coze.cn/v1/users/me');
    await form.getByRole('button', { name: 'Run check' }).click();
    await expect(root).toHaveAttribute('data-step', 'wrong-region');
    expect(asked.some((u) => u.startsWith('https://api.coze.cn/'))).toBe(true);
    expect(asked.some((u) => u.startsWith('https://api.coze.com/'))).toBe(true);
  });

  test('says "paste a token" for an empty field and sends nothing', async ({ page, fakes }) => {
    const asked = await routeCozeHosts(page, fakes);
    const root = await open(page, `${STEP}#token-check`);
    const form = root.locator('form.wizard-check');
    await form.getByRole('button', { name: 'Run check' }).click();
    await expect(form.locator('input[name="token"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(form).toContainText('Paste a token first');
    await expect(root).toHaveAttribute('data-step', 'token-check');
    expect(asked).toEqual([]);
  });

  test('explains a custom host the site CSP blocks, in Chinese, and sends nothing', async ({ page }) => {
    const outside: string[] = [];
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (outside.push(route.request().url()), route.abort()));
    const root = await open(page, `${pagePath('token-invalid', 'zh-CN')}#token-check`);
    const form = root.locator('form.wizard-check');
    await form.locator('input[name="token"]').fill(TOKENS.patValidCn);
    await form.locator('input[name="host"][value="custom"]').check();
    await form.locator('input[name="base-url"]').fill('https://coze.example.com');
    await expect(form.locator('[data-csp-blocked]')).toContainText('COZE_EXTRA_CONNECT_SRC=https://coze.example.com');
    await form.getByRole('button', { name: '运行检查' }).click();
    await expect(form.locator('[data-refused="csp"]')).toContainText('没有发送任何内容');
    await expect(root).toHaveAttribute('data-step', 'token-check');
    expect(outside.filter((u) => u.includes('coze.example.com'))).toEqual([]);
  });
});
