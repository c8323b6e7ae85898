/** zh-CN is the root locale (`/`); English mirrors it under `/en/`. */
export const defaultLocale = 'root';
export const locales = {
  root: { label: '简体中文', lang: 'zh-CN' },
  en: { label: 'English', lang: 'en' },
};
