import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Site UI strings beyond Starlight's own are declared in src/i18n and checked by a unit test.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
