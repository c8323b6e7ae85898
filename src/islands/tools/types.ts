/** Props every tool island shares. All of it is plain, serialisable data computed at build time. */
import type { CopyTable } from '~/probes';
import type { Titles } from '~/site/titles';
import type { Locale } from '~/site/locale';
import type { CommonLabels } from '~/islands/tools/labels';

/**
 * The probe library's copy, looked up at build time for one locale (src/components/tools/tool-props.ts),
 * so the island bundles neither locale's prose.
 */
export type ToolCopy = CopyTable;

export type { Titles } from '~/site/titles';

export interface BaseToolProps {
  readonly locale: Locale;
  readonly common: CommonLabels;
  readonly copy: ToolCopy;
  readonly titles: Titles;
}
