/**
 * The boundary's own behaviour. Preact itself routes a render error to `getDerivedStateFromError`;
 * preact-render-to-string does not (server renders must fail loudly at build time), so these tests
 * drive the boundary the way Preact does: the error hook, then a render with the new state.
 */
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { RenderBoundary, withRenderBoundary } from '~/islands/RenderBoundary';
import { LOCALES, type Locale } from '~/site/locale';

function afterError(locale: Locale): { html: string; boundary: RenderBoundary } {
  const boundary = new RenderBoundary({ locale, children: h('p', {}, 'tool') });
  boundary.state = { ...boundary.state, ...RenderBoundary.getDerivedStateFromError() };
  return { html: renderToString(boundary.render() as VNode), boundary };
}

describe('RenderBoundary', () => {
  test.each(LOCALES)('shows a recoverable message instead of a blank island (%s)', (locale) => {
    const { html } = afterError(locale);
    expect(html).toContain('data-render-error');
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/<button type="button">[^<]+<\/button>/);
    expect(html).not.toContain('>tool<');
  });

  test('says it in the page language', () => {
    expect(afterError('zh-CN').html).toContain('没有发送或保存任何内容');
    expect(afterError('en').html).toContain('Nothing was sent or stored');
  });

  test('remounts the island afresh on reset', () => {
    const { boundary } = afterError('en');
    let next: Partial<RenderBoundary['state']> = {};
    boundary.setState = ((update: (s: RenderBoundary['state']) => Partial<RenderBoundary['state']>) => {
      next = update(boundary.state);
    }) as never;
    const vnode = boundary.render() as VNode<{ children: VNode<{ onClick: () => void }>[] }>;
    const button = vnode.props.children.find((child) => child.type === 'button');
    button?.props.onClick();
    expect(next).toEqual({ failed: false, generation: 1 });
  });

  test('renders a healthy island unchanged', () => {
    const Fine = withRenderBoundary(({ locale }: { locale: Locale }) => h('p', { 'data-ok': locale }, 'fine'));
    expect(renderToString(h(Fine, { locale: 'en' }))).toBe('<p data-ok="en">fine</p>');
  });
});
