// @ts-check
/**
 * Expressive Code makes a code block that scrolls sideways focusable (axe: scrollable-region-focusable)
 * only after the page loads, from a ResizeObserver debounced by 250 ms plus an idle callback; until
 * then a keyboard user cannot scroll it, and a busy machine leaves that window wide. Every block
 * starts focusable instead; the same script then removes the tab stop from blocks that fit.
 * @type {import('@astrojs/starlight/expressive-code').ExpressiveCodePlugin}
 */
export const focusableCode = {
  name: 'focusable-code',
  hooks: {
    postprocessRenderedBlock: ({ renderData }) => {
      /** @param {any} node */
      const visit = (node) => {
        if (node.type === 'element' && node.tagName === 'pre') {
          node.properties = { ...node.properties, tabindex: '0', role: 'region' };
          return;
        }
        for (const child of node.children ?? []) visit(child);
      };
      visit(renderData.blockAst);
    },
  },
};
