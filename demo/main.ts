import '../src/components/register.js';
import seed from '../examples/presstv-fr-coalition.txt?raw';
import type { LoupeAnnotator } from '../src/components/annotator/annotator.js';

type Lang = 'fr' | 'en' | 'es';
const STRINGS: Record<Lang, Record<string, string>> = {
  fr: {
    tagline: 'Annoter la crédibilité d’un article : médias d’État, légendes sans rapport, cadrage du titre, affirmations non sourcées.',
    'mode-legend': 'Mode', 'mode-teacher': 'Enseignant', 'mode-student': 'Élève', 'lang-label': 'Langue ',
    'paste-h': 'Analyser un autre article', 'paste-hint': 'Collez le texte d’un article (texte, HTML ou JSON) : il est analysé dans ce navigateur, rien n’est envoyé.',
    'paste-label': 'Article', analyse: 'Analyser', seed: 'Revenir à l’exemple',
  },
  en: {
    tagline: 'Annotate an article’s credibility: state media, unrelated captions, headline framing, unsourced claims.',
    'mode-legend': 'Mode', 'mode-teacher': 'Teacher', 'mode-student': 'Student', 'lang-label': 'Language ',
    'paste-h': 'Analyse another article', 'paste-hint': 'Paste an article (text, HTML or JSON): it is analysed in this browser; nothing is sent anywhere.',
    'paste-label': 'Article', analyse: 'Analyse', seed: 'Back to the example',
  },
  es: {
    tagline: 'Anotar la credibilidad de un artículo: medios estatales, pies de foto sin relación, encuadre del titular, afirmaciones sin fuente.',
    'mode-legend': 'Modo', 'mode-teacher': 'Docente', 'mode-student': 'Estudiante', 'lang-label': 'Idioma ',
    'paste-h': 'Analizar otro artículo', 'paste-hint': 'Pega un artículo (texto, HTML o JSON): se analiza en este navegador; no se envía nada.',
    'paste-label': 'Artículo', analyse: 'Analizar', seed: 'Volver al ejemplo',
  },
};

const loupe = document.getElementById('loupe') as LoupeAnnotator;
const langSelect = document.getElementById('lang') as HTMLSelectElement;
const paste = document.getElementById('paste') as HTMLTextAreaElement;
const params = new URLSearchParams(location.search);

function setLang(lang: Lang) {
  document.documentElement.lang = lang;
  loupe.setAttribute('lang', lang);
  langSelect.value = lang;
  for (const [id, text] of Object.entries(STRINGS[lang])) {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  }
}

const initialLang = (['fr', 'en', 'es'] as const).find((l) => l === params.get('lang')) ?? 'fr';
setLang(initialLang);
if (params.get('mode') === 'student') {
  loupe.mode = 'student';
  (document.querySelector('input[name=mode][value=student]') as HTMLInputElement).checked = true;
}
loupe.text = seed;

langSelect.addEventListener('change', () => setLang(langSelect.value as Lang));
for (const r of document.querySelectorAll<HTMLInputElement>('input[name=mode]')) {
  r.addEventListener('change', () => r.checked && (loupe.mode = r.value as 'teacher' | 'student'));
}
document.getElementById('analyse')!.addEventListener('click', () => {
  if (paste.value.trim()) loupe.text = paste.value;
  loupe.scrollIntoView();
});
document.getElementById('seed')!.addEventListener('click', () => (loupe.text = seed));
