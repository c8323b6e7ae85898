import { describe, expect, test } from 'vitest';
import { humanDuration } from '~/islands/tools/duration';

describe('humanDuration', () => {
  test('reads 7231 seconds as about 2 hours in both languages', () => {
    expect(humanDuration(7231, 'zh-CN')).toBe('约 2 小时');
    expect(humanDuration(-7231, 'en')).toBe('about 2 hours');
  });

  test('keeps exact seconds under a minute and rounds minutes and days', () => {
    expect(humanDuration(42, 'en')).toBe('42 seconds');
    expect(humanDuration(1, 'en')).toBe('1 second');
    expect(humanDuration(90, 'zh-CN')).toBe('约 2 分钟');
    expect(humanDuration(61, 'en')).toBe('about 1 minute');
    expect(humanDuration(3 * 86400, 'zh-CN')).toBe('约 3 天');
  });
});
