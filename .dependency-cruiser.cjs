/**
 * The layering rules of issue 10 and design.md ("Layers hold by rule"). `npm test` runs them
 * (scripts/test.mjs, before vitest); `npm run deps` runs them together with knip.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles anywhere.', from: {}, to: { circular: true } },
    {
      name: 'site-vocabulary-is-a-leaf',
      severity: 'error',
      comment: 'src/site/ is the one vocabulary every layer imports (locales, routes, verdicts, origins): it imports only config.',
      from: { path: '^src/site/' },
      to: { path: '^src/', pathNot: '^src/(site|config)/' },
    },
    {
      name: 'config-imports-only-vocabulary',
      severity: 'error',
      comment: 'src/config/ feeds astro.config.mjs: it may read the vocabulary, nothing that runs on a page.',
      from: { path: '^src/config/' },
      to: { path: '^src/', pathNot: '^src/(site|config)/' },
    },
    {
      name: 'probes-stand-alone',
      severity: 'error',
      comment: 'probes/ runs the same in Node, the browser and the CLI: it imports no UI, wizard, report or CLI layer.',
      from: { path: '^src/probes/' },
      to: { path: '^src/(wizards|islands|components|report|diagram|playground|cli)/' },
    },
    {
      name: 'report-is-text-only',
      severity: 'error',
      comment: 'The support report is plain text from ids and labels: it imports no view, wizard or CLI layer.',
      from: { path: '^src/report/' },
      to: { path: '^src/(wizards|islands|components|diagram|playground|cli)/' },
    },
    {
      name: 'diagram-is-build-time',
      severity: 'error',
      comment: 'The SVG layout runs at build time: it imports no island.',
      from: { path: '^src/diagram/' },
      to: { path: '^src/(islands|components|playground|cli)/' },
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
