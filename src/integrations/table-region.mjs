// @ts-check
/**
 * Wraps every Markdown table in a labelled, keyboard-focusable scroll region, so a table wider
 * than its column scrolls inside itself instead of pushing the page sideways, and a keyboard user
 * can still scroll it (axe `scrollable-region-focusable`, WCAG 2.1.1). The region is named after
 * the section the table sits in ("Table: Hosts per region"), so screen-reader users can tell the
 * regions of one page apart. Styles: src/styles/tables.css.
 */
import { defineHastPlugin } from 'satteri';
import { defaultLocale, locales } from '../config/locales.mjs';

const PREFIX = { 'zh-CN': '表格：', en: 'Table: ' };
const PAGE = { 'zh-CN': '本页', en: 'this page' };

/** A translation's pages live under `content/docs/<locale key>/`; everything else is the root locale. */
export const localeOfFile = (/** @type {string | undefined} */ path) => {
  const key = /\/content\/docs\/([^/]+)\//.exec(path ?? '')?.[1];
  const entry = key && key !== defaultLocale && Object.hasOwn(locales, key) ? locales[/** @type {keyof typeof locales} */ (key)] : locales[defaultLocale];
  return entry.lang;
};

/**
 * The region's name: the nearest heading before the table among its earlier siblings, numbered
 * when the same heading has several tables.
 * @param {'zh-CN' | 'en'} locale
 * @param {string} heading
 * @param {number} count how many tables this heading has had so far, this one included
 */
export const regionLabel = (locale, heading, count) => {
  const base = `${PREFIX[locale]}${heading.trim() || PAGE[locale]}`;
  return count > 1 ? `${base} (${count})` : base;
};

/**
 * A cell's text as nodes, with each ASCII run that holds punctuation (`authorization-code`,
 * `coze.cn/coze.com`, `{"code":4100,`) in a `<span class="nowrap">`: browsers break after some
 * of those characters, and a word or code token split over two lines in a narrow cell reads as two.
 * Runs of letters and digits alone never break, so they stay plain text.
 * @param {string} text
 */
export function keepTokensWhole(text) {
  /** @type {any[]} */
  const nodes = [];
  let last = 0;
  for (const m of text.matchAll(/[\x21-\x7e]+/g)) {
    if (!/[A-Za-z0-9]/.test(m[0]) || !/[^A-Za-z0-9]/.test(m[0].slice(1, -1))) continue;
    if (m.index > last) nodes.push({ type: 'text', value: text.slice(last, m.index) });
    nodes.push({ type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (nodes.length === 0) return null;
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

/** @param {any} node @param {any} ctx */
const inCell = (node, ctx) => {
  for (let p = ctx.parent(node), depth = 0; p && depth < 8; p = ctx.parent(p), depth++) {
    if (p.type === 'element' && (p.tagName === 'td' || p.tagName === 'th')) return true;
    if (p.type === 'element' && p.tagName === 'table') return false;
  }
  return false;
};

/** The Sätteri hast plugin: `satteri({ hastPlugins: [tableRegion] })`. */
export const tableRegion = defineHastPlugin({
  name: 'table-region',
  text(node, ctx) {
    const nodes = inCell(node, ctx) ? keepTokensWhole(node.value) : null;
    if (nodes) ctx.replaceNode(node, nodes);
  },
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const locale = localeOfFile(ctx.fileURL?.pathname);
      const siblings = /** @type {readonly any[]} */ (ctx.parent(node)?.children ?? []);
      const at = ctx.indexOf(node) ?? siblings.length;
      let heading = '';
      let headingAt = -1;
      for (let i = at - 1; i >= 0; i--) {
        const s = siblings[i];
        if (s?.type === 'element' && /^h[2-4]$/.test(s.tagName)) {
          heading = ctx.textContent(s);
          headingAt = i;
          break;
        }
      }
      const count = siblings.slice(headingAt + 1, at + 1).filter((s) => s?.type === 'element' && s.tagName === 'table').length;
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-region'], role: 'region', tabIndex: 0, ariaLabel: regionLabel(locale, heading, count) },
        children: [],
      });
    },
  },
});
