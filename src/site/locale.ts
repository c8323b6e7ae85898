/**
 * The site's two locales, as the code names them (`lang`, not Starlight's `root` / `en` keys).
 * A leaf module: probes, the wizard engine, islands, components and the CLI all import it, so it
 * imports nothing.
 */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
