/** The site's public address: Astro's `site` (canonical URLs, sitemap) and the command line's default `--site`. */
export const siteUrl = 'https://coze-auth-doctor.example';
