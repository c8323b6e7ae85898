// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { locales, defaultLocale } from './src/config/locales.mjs';
import { sidebar } from './src/config/sidebar.mjs';
import { cspConfig } from './src/config/csp.mjs';
import wizardCatalog from './src/integrations/wizard-catalog.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { tableRegion } from './src/integrations/table-region.mjs';
import { focusableCode } from './src/integrations/focusable-code.mjs';
import headersFile from './src/integrations/headers-file.mjs';
import { siteUrl } from './src/config/site.mjs';
import { clientChunks } from './src/config/client-chunks.mjs';

export default defineConfig({
  // Canonical links and the sitemap: `SITE_URL` at build, else what `npm start` serves (src/config/site.mjs).
  site: siteUrl(),
  // Starlight reads `<srcDir>/content/docs`; '.' lets the content live in the top-level `content/`.
  srcDir: '.',
  // Links in support tickets end in `/`; one canonical form keeps them and the sitemap stable.
  trailingSlash: 'always',
  // A per-page CSP <meta>: scripts by hash, API calls only to Coze and loopback (src/config/csp.mjs).
  security: { csp: cspConfig() },
  // Astro's CSP hashes miss small stylesheets it inlines from components used in MDX; as files,
  // 'self' covers them.
  build: { inlineStylesheets: 'never' },
  // Every Markdown table scrolls inside its own labelled, focusable region (src/styles/tables.css).
  markdown: { processor: satteri({ hastPlugins: [tableRegion] }) },
  // Fewer, fuller browser chunks for the islands (src/config/client-chunks.mjs).
  vite: { plugins: [clientChunks()] },
  integrations: [
    starlight({
      title: { 'zh-CN': 'Coze 鉴权医生', en: 'Coze Auth Doctor' },
      defaultLocale,
      locales,
      sidebar,
      // A broken internal link fails the build instead of reaching a reader. Wizard step anchors
      // (`/wizards/<id>/#<step>`) are rendered by the outline component, which the validator cannot
      // see; tests/unit/guide-step-links.test.ts checks each one against the wizard machines instead.
      plugins: [
        starlightLinksValidator({
          errorOnLocalLinks: false,
          exclude: ({ link }) => /^(?:\/en)?\/wizards\/[a-z-]+\/#[a-z0-9-]+$/.test(link),
        }),
      ],
      // Search offers the other locale when this one finds nothing (src/components/starlight/Search.astro).
      components: { Search: './src/components/starlight/Search.astro' },
      // Code blocks that scroll sideways take keyboard focus from the first paint (src/integrations/focusable-code.mjs).
      expressiveCode: { plugins: [focusableCode] },
      customCss: ['./src/styles/site.css', './src/styles/tables.css', './src/styles/copy-feedback.css'],
    }),
    preact(),
    wizardCatalog(),
    // The same CSP plus security headers as a `_headers` file for static hosts.
    headersFile(),
  ],
});
