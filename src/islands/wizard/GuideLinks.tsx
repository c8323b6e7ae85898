import { guideHref, guidePage } from '~/site/routes';
import type { GuideRef, Locale } from '~/wizards/engine/types';

interface Props {
  readonly guides: readonly GuideRef[];
  readonly locale: Locale;
  readonly titles: Readonly<Record<string, string>>;
  readonly heading: string;
}

/** Links to the guides an outcome names, in the page's locale; `#anchor` refs name their section. */
export function GuideLinks({ guides, locale, titles, heading }: Props) {
  if (guides.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {guides.map((ref) => {
          const anchor = ref.split('#')[1];
          const title = titles[guidePage(ref)] ?? guidePage(ref);
          return (
            <li key={ref}>
              <a href={guideHref(ref, locale)}>{anchor ? `${title} › ${anchor}` : title}</a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
