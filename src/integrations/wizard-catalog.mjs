/**
 * Adds `/wizards/catalog.json`. Starlight owns every page route and the site has no `pages/`
 * folder, so the endpoint is injected by this integration instead.
 * @returns {import('astro').AstroIntegration}
 */
export default function wizardCatalog() {
  return {
    name: 'coze-auth-doctor:wizard-catalog',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/wizards/catalog.json', entrypoint: './src/routes/catalog.json.ts', prerender: true });
      },
    },
  };
}
