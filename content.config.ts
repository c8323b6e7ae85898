import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Overrides of Starlight's own UI strings (content/i18n/<locale>.json). The islands' strings live
  // beside them (src/islands/*/labels.ts), where a unit test holds both locales complete.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
