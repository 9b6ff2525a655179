/**
 * The iframe page's script (dist/embed.js): reads `?src=` (report URL), `?lesson=` (lesson URL) or `?article=` (article URL), plus
 * `mode`, `lang`, `rubric`, `theme`, `projector`; builds `<loupe-annotator>`; posts the page height to the parent
 * (`{ type: 'loupe:resize', height }` and Canvas's `{ subject: 'lti.frameResize', height }`).
 * It imports nothing: dist/loupe.js defines the elements.
 */
const params = new URLSearchParams(location.search);

/** Only http(s) URLs (absolute, or relative to this page) are fetched. */
function urlParam(name: string): string {
  const v = params.get(name);
  if (!v) return '';
  try {
    const u = new URL(v, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}

const root = document.getElementById('loupe-root')!;
const el = document.createElement('loupe-annotator');
const mode = params.get('mode');
el.setAttribute('mode', mode === 'student' ? 'student' : 'teacher');
const lang = (params.get('lang') ?? '').toLowerCase();
if (['fr', 'en', 'es'].includes(lang)) {
  el.setAttribute('lang', lang);
  document.documentElement.lang = lang;
}
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') el.setAttribute('theme', theme);
if (params.get('projector') === '1') el.setAttribute('projector', '');
const rubric = params.get('rubric');
if (rubric) el.setAttribute('rubric', /^[\w.-]+$/.test(rubric) ? rubric : urlParam('rubric'));
const origin = urlParam('origin');
if (origin) el.setAttribute('submit-origin', new URL(origin).origin);
const src = urlParam('src') || urlParam('lesson');
const article = urlParam('article');
if (src) el.setAttribute('src', src);
else if (article) el.setAttribute('article-src', article);
root.append(el);

let last = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'loupe:resize', height }, '*');
  window.parent.postMessage({ subject: 'lti.frameResize', height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
addEventListener('load', postHeight);
el.addEventListener('loupe-ready', () => requestAnimationFrame(postHeight));
