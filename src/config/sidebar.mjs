/** Sidebar groups; labels per locale, pages ordered by `sidebar.order` in their frontmatter. */
const group = (label, en, directory) => ({
  label,
  translations: { en },
  items: [{ autogenerate: { directory } }],
});

export const sidebar = [
  group('指南', 'Guides', 'guides'),
  group('向导', 'Wizards', 'wizards'),
  group('在线检查', 'Live checks', 'tools'),
];
