/**
 * Every string of the OAuth playground, per locale. The Astro wrapper passes one locale's object
 * as a prop; a unit test fails when a key is missing or empty in either locale.
 */
import type { Locale } from '~/site/locale';
import { playgroundEn } from '~/islands/tools/oauth-playground/labels.en';
import { playgroundZh } from '~/islands/tools/oauth-playground/labels.zh-CN';
import type { PlaygroundLabels } from '~/islands/tools/oauth-playground/labels-shape';

export type { PlaygroundLabels } from '~/islands/tools/oauth-playground/labels-shape';

export const playgroundLabels: Readonly<Record<Locale, PlaygroundLabels>> = { 'zh-CN': playgroundZh, en: playgroundEn };
