// The pages of issue #5 and their roles; the baseline is a plain guide that no island should ever touch.
export const PAGES = [
  ['/', 'landing'],
  ['/en/', 'landing'],
  ['/guides/regions/', 'guide'],
  ['/en/guides/regions/', 'guide'],
  ['/wizards/token-invalid/', 'wizard'],
  ['/en/wizards/token-invalid/', 'wizard'],
  ['/tools/token-check/', 'tool'],
  ['/en/tools/token-check/', 'tool'],
  ['/guides/privacy/', 'baseline'],
  ['/en/guides/privacy/', 'baseline'],
].map(([path, role]) => ({ path, role }));
