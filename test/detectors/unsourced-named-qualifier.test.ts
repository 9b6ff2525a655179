import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';

const wrap = (lang: 'fr' | 'en' | 'es', sentence: string) =>
  ({
    fr: ['Un titre assez long pour un article de test ici', sentence, 'Le ministre a déclaré jeudi que la réunion aurait lieu à Genève, selon un communiqué officiel.'],
    en: ['A headline long enough for a test article here', sentence, 'The minister said on Thursday that the meeting would take place in Geneva, according to a statement.'],
    es: ['Un titular suficientemente largo para un artículo de prueba', sentence, 'El ministro afirmó el jueves que la reunión se celebrará en Ginebra, según un comunicado oficial.'],
  })[lang].join('\n\n');

const vague = async (lang: 'fr' | 'en' | 'es', sentence: string) =>
  (await analyze(wrap(lang, sentence), { format: 'text', rubric: null })).annotations.filter((a) => a.kind === 'unsourced-claim' && a.messageId === 'vague-source');

/** A vague noun qualified by a named body ("observers from the OSCE") names its source. */
describe('vague nouns qualified by a named body', () => {
  it.each([
    ['es', 'Los observadores de la Unión Europea señalaron problemas en el acceso a los medios durante la campaña.'],
    ['fr', "Des experts de l'OMS estiment que la réforme des hôpitaux va échouer."],
    ['en', 'Observers from the OSCE said the vote was marred by widespread allegations of vote-buying.'],
  ] as const)('%s: "%s" is attributed', async (lang, sentence) => {
    expect(await vague(lang, sentence)).toEqual([]);
  });

  it.each([
    ['es', 'Algunos observadores señalaron problemas en el acceso a los medios durante la campaña.'],
    ['fr', 'Des experts estiment que la réforme des hôpitaux va échouer.'],
    ['en', 'Some observers say the vote was marred by widespread vote-buying.'],
  ] as const)('%s: "%s" is still a vague source', async (lang, sentence) => {
    expect((await vague(lang, sentence)).length).toBe(1);
  });
});
