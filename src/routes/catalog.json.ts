import type { APIRoute } from 'astro';
import { buildCatalog } from '~/wizards/engine/catalog';
import { wizards } from '~/wizards/registry';

/** Built once into `dist/wizards/catalog.json`; support tools and the e2e tests read it. */
export const prerender = true;

export const GET: APIRoute = () => {
  const catalog = buildCatalog(wizards.map((wizard) => ({ tree: wizard.tree, copy: wizard.copy })));
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
