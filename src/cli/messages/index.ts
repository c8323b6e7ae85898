import type { Locale } from '~/wizards/engine/types';
import { en } from '~/cli/messages/en';
import type { CliMessages } from '~/cli/messages/types';
import { zhCN } from '~/cli/messages/zh-CN';

export type { CliMessages };

export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = { 'zh-CN': zhCN, en };

/** Fills `{name}` placeholders; an unknown name stays visible so a typo shows up in review. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
