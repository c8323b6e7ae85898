import type { Locator } from '@playwright/test';

/**
 * Buttons that navigate the wizard but are not answers ("Back", "Start over", "Copy link", …), in
 * both locales. Answers are plain `<button>`s in the island (the public contract), so an answer is
 * any visible, enabled button in the island that is not one of these.
 */
export const NON_ANSWER = /back|start over|restart|copy|link|share|cancel|run|check|返回|上一步|重新开始|重来|复制|链接|分享|取消|运行|检查|检测/i;

/** The wizard island root (`data-wizard`, `data-step`). */
export const islandOf = (scope: { locator(selector: string): Locator }) => scope.locator('[data-wizard]').first();

/** The answer buttons of the island's current step, in display order. */
export async function answerButtons(island: Locator): Promise<Locator[]> {
  const answers: Locator[] = [];
  for (const button of await island.locator('button').all()) {
    if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
    const label = `${await button.innerText()} ${(await button.getAttribute('aria-label')) ?? ''}`;
    if (!NON_ANSWER.test(label)) answers.push(button);
  }
  return answers;
}
