import type { Locale } from '~/site/locale';
import { UsageError } from '~/cli/exit-codes';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * `--lang` wins; otherwise the usual POSIX order (LC_ALL, LC_MESSAGES, LANG): any `zh…` gives
 * 简体中文, anything else English (a server's `C.UTF-8` is not a request for Chinese).
 */
export function pickLocale(flag: string | undefined, env: Env): Locale {
  if (flag !== undefined) {
    const wanted = flag.toLowerCase();
    if (wanted === 'zh-cn' || wanted === 'zh') return 'zh-CN';
    if (wanted === 'en') return 'en';
    throw new UsageError('badLang');
  }
  const posix = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^zh/i.test(posix) ? 'zh-CN' : 'en';
}
