import { absoluteOn, type SiteLocation } from './urls.ts';

/** A link-preview image of ours (root-relative route) or elsewhere (absolute URL). */
export interface PreviewImage {
  path: string;
  alt: string;
  width: number;
  height: number;
  type?: string;
}

/** What a page tells link-preview clients about itself. */
export interface PageMeta {
  /** `og:type`: `article` for a story's pages, `website` for the index. */
  type: 'article' | 'website';
  image: PreviewImage;
  /** ISO timestamps for `article:published_time` / `article:modified_time`. */
  published?: string;
  modified?: string;
  /** `article:section` (the view of the story). */
  section?: string;
  /** Up to two `twitter:label/data` pairs (Slack shows them under the preview). */
  extras?: { label: string; data: string }[];
}

/** One `<meta>` tag: `property` for Open Graph, `name` for everything else. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface MetaInput extends PageMeta {
  title: string;
  description: string;
  /** Root-relative route of the page. */
  path: string;
  lang: string;
  siteName: string;
}

const ogLocales = new Map<string, string>();

/** `en` → `en_US`-style Open Graph locale (`og:locale` wants language_TERRITORY). */
export function ogLocale(lang: string): string {
  let value = ogLocales.get(lang);
  if (value === undefined) {
    try {
      const locale = new Intl.Locale(lang).maximize();
      value = locale.region ? `${locale.language}_${locale.region}` : locale.language;
    } catch {
      value = lang.replace('-', '_');
    }
    ogLocales.set(lang, value);
  }
  return value;
}

/**
 * The Open Graph and Twitter card tags of a page, in the order they are written:
 * plain values, no HTML — Astro escapes them on output.
 */
export function metaTags(input: MetaInput, location: SiteLocation): MetaTag[] {
  const url = absoluteOn(location, input.path);
  const image = /^https?:\/\//.test(input.image.path) ? input.image.path : absoluteOn(location, input.image.path);
  const og = (property: string, content: string | undefined) =>
    content === undefined ? [] : [{ property, content } as MetaTag];
  const named = (name: string, content: string | undefined) =>
    content === undefined ? [] : [{ name, content } as MetaTag];
  return [
    ...og('og:type', input.type),
    ...og('og:site_name', input.siteName),
    ...og('og:locale', ogLocale(input.lang)),
    ...og('og:url', url),
    ...og('og:title', input.title),
    ...og('og:description', input.description),
    ...og('og:image', image),
    ...og('og:image:type', input.image.type ?? 'image/png'),
    ...og('og:image:width', String(input.image.width)),
    ...og('og:image:height', String(input.image.height)),
    ...og('og:image:alt', input.image.alt),
    ...(input.type === 'article'
      ? [
          ...og('article:published_time', input.published),
          ...og('article:modified_time', input.modified ?? input.published),
          ...og('article:section', input.section),
        ]
      : []),
    ...named('twitter:card', 'summary_large_image'),
    ...named('twitter:title', input.title),
    ...named('twitter:description', input.description),
    ...named('twitter:image', image),
    ...named('twitter:image:alt', input.image.alt),
    ...(input.extras ?? [])
      .slice(0, 2)
      .flatMap((extra, i) => [
        ...named(`twitter:label${i + 1}`, extra.label),
        ...named(`twitter:data${i + 1}`, extra.data),
      ]),
  ];
}
