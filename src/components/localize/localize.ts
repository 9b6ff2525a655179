import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../core/model/article.js';
import { format } from '../../core/i18n.js';
import { TRANSLATIONS, type Translation } from './translations.js';

export const UI_LANGS: readonly Lang[] = ['fr', 'en', 'es'];

/** The first of fr/en/es that a BCP 47 tag ("fr-CA", "es") names, else undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : undefined;
}

/**
 * The language of an element: its `lang` property, else the nearest `lang` attribute (crossing shadow roots),
 * else the page's, else the browser's, else English.
 */
export function resolveLang(el: HTMLElement & { lang?: string }): Lang {
  const own = toLang(el.getAttribute('lang'));
  if (own) return own;
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const l = toLang(node.getAttribute('lang'));
      if (l) return l;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  for (const l of typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : []) {
    const t = toLang(l);
    if (t) return t;
  }
  return 'en';
}

/** A tiny localize controller: `this.localize.t('key', { n: 3 })` in the host's language. */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }
  hostConnected(): void {}
  get lang(): Lang {
    return resolveLang(this.host);
  }
  t(key: keyof Translation, data?: Record<string, string | number>): string {
    return format(TRANSLATIONS[this.lang][key], data);
  }
}

/** Plain lookup for code without a host (events, exports). */
export function translate(lang: Lang, key: keyof Translation, data?: Record<string, string | number>): string {
  return format(TRANSLATIONS[lang][key], data);
}
