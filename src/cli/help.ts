/** `--help` for the program and each command, in both locales, with examples. */
import type { Locale } from '~/site/locale';
import { helpEn } from '~/cli/help.en';
import type { Command, HelpTable } from '~/cli/help-table';
import { helpZhCN } from '~/cli/help.zh-CN';
import { paint } from '~/cli/terminal';

export { COMMANDS, type Command } from '~/cli/help-table';

export const HELP: Readonly<Record<Locale, HelpTable>> = { 'zh-CN': helpZhCN, en: helpEn };

const HEADINGS: Readonly<Record<Locale, { usage: string; options: string; examples: string }>> = {
  'zh-CN': { usage: '用法', options: '选项', examples: '示例' },
  en: { usage: 'Usage', options: 'Options', examples: 'Examples' },
};

export function helpText(page: Command | 'main', locale: Locale, color: boolean): string {
  const h = HELP[locale][page];
  const words = HEADINGS[locale];
  const width = Math.max(...h.options.map(([flag]) => flag.length));
  return [
    `${paint(color, 'bold', words.usage)}: ${h.usage}`,
    '',
    h.summary,
    '',
    paint(color, 'bold', page === 'main' ? (locale === 'en' ? 'Commands' : '命令') : words.options),
    ...h.options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    '',
    paint(color, 'bold', words.examples),
    ...h.examples.flatMap(([command, text]) => [`  ${paint(color, 'dim', `# ${text}`)}`, `  ${command}`]),
    '',
    h.footer,
  ].join('\n');
}
