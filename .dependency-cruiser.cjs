/**
 * The layering rules of issue 10 and design.md ("Layers hold by rule"). `npm test` runs them
 * (scripts/test.mjs, before vitest); `npm run deps` runs them together with knip.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles anywhere.', from: {}, to: { circular: true } },
    {
      name: 'probes-stand-alone',
      severity: 'error',
      comment: 'probes/ runs the same in Node, the browser and the CLI: it imports no UI or wizard layer.',
      from: { path: '^src/probes/' },
      to: { path: '^src/(wizards|islands|components|lib)/' },
    },
    {
      name: 'engine-knows-no-wizard',
      severity: 'error',
      comment: 'The wizard engine knows no single wizard.',
      from: { path: '^src/wizards/engine/' },
      to: { path: '^src/wizards/(?!engine/)[^/]+/' },
    },
    {
      name: 'components-import-no-island',
      severity: 'error',
      comment: 'Build-time components import no island module.',
      from: { path: '^src/components/' },
      to: { path: '^src/islands/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      comment: 'Product code never imports test code.',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
