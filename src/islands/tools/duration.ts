import type { Locale } from '~/site/locale';

const UNITS = [
  { limit: 3600, size: 60, zh: '分钟', en: 'minute' },
  { limit: 2 * 86400, size: 3600, zh: '小时', en: 'hour' },
  { limit: Number.POSITIVE_INFINITY, size: 86400, zh: '天', en: 'day' },
] as const;

/**
 * A length of time as people say it: exact seconds under a minute, otherwise rounded to the
 * nearest minute, hour or day ("约 2 小时" / "about 2 hours" for 7231 seconds).
 */
export function humanDuration(seconds: number, locale: Locale): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 60) return locale === 'en' ? `${s} second${s === 1 ? '' : 's'}` : `${s} 秒`;
  const unit = UNITS.find((u) => s < u.limit)!;
  const n = Math.max(1, Math.round(s / unit.size));
  return locale === 'en' ? `about ${n} ${unit.en}${n === 1 ? '' : 's'}` : `约 ${n} ${unit.zh}`;
}
