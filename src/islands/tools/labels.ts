/**
 * Every user-visible string of the four tool pages, per locale. The Astro wrapper passes one
 * locale's objects to the island as props, so label text lives in the page's HTML, not in its
 * JavaScript. A unit test (tests/unit/tools-labels.test.ts) fails when a key is missing or empty
 * in either locale. Verdict, problem and note copy come from the probe library (verdict-copy.ts).
 */
import type { Locale } from '~/site/locale';
import { commonEn, commonZh, type CommonLabels } from '~/islands/tools/labels/common';
import { jwtEn, jwtZh, type JwtLabels } from '~/islands/tools/labels/jwt';
import { lookupEn, lookupZh, type LookupLabels } from '~/islands/tools/labels/lookup';
import { refreshEn, refreshZh, type RefreshLabels } from '~/islands/tools/labels/refresh';
import { tokenCheckEn, tokenCheckZh, type TokenCheckLabels } from '~/islands/tools/labels/token-check';
import { tokenFormEn, tokenFormZh, type TokenFormLabels } from '~/islands/tools/labels/token-form';

export type { CommonLabels, JwtLabels, LookupLabels, RefreshLabels, TokenCheckLabels, TokenFormLabels };

export interface ToolLabels {
  readonly common: CommonLabels;
  readonly tokenCheck: TokenCheckLabels;
  readonly form: TokenFormLabels;
  readonly refresh: RefreshLabels;
  readonly jwt: JwtLabels;
  readonly lookup: LookupLabels;
}

export const toolLabels: Readonly<Record<Locale, ToolLabels>> = {
  'zh-CN': { common: commonZh, tokenCheck: tokenCheckZh, form: tokenFormZh, refresh: refreshZh, jwt: jwtZh, lookup: lookupZh },
  en: { common: commonEn, tokenCheck: tokenCheckEn, form: tokenFormEn, refresh: refreshEn, jwt: jwtEn, lookup: lookupEn },
};
