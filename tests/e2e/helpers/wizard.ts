import type { Locator } from '@playwright/test';

/** The wizard island root (`data-wizard`, `data-step`); its answers are its `[data-answer]` buttons. */
export const islandOf = (scope: { locator(selector: string): Locator }) => scope.locator('[data-wizard]').first();
