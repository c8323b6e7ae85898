import type { Locale } from '~/site/locale';
import { en } from '~/cli/messages/en';
import type { CliMessages } from '~/cli/messages/types';
import { zhCN } from '~/cli/messages/zh-CN';

export type { CliMessages };

export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = { 'zh-CN': zhCN, en };
