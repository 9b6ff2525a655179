import type { Lang } from './model/article.js';

/** A string in every language Loupe speaks. */
export type Localized = Record<Lang, string>;

/** Fill `{name}` placeholders from `data`; unknown placeholders are left visible so a missing key is noticed. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

export function localize(l: Localized, lang: Lang, data?: Record<string, string | number>): string {
  return format(l[lang] ?? l.en, data);
}
