/**
 * Vocabulary overlap between a caption and the article, in the same language: the share of the caption's
 * content words (4+ letters, not function words, months or weekdays; compared on their first 5 letters so
 * "manifestants" meets "manifestation") that the article also uses. Captions of the story share its words;
 * captions from another story almost never do. Only meaningful when both are in the same language.
 */
import { fold } from '../../text/fold.js';

export const STOP = new Set(
  `that this these those with from have been were after before during their there which about into over under near while
  where when also more than they them will would could should said says what your just some other only most much many very
  then here being does doing done make made takes take left right front back next last first second third
  dans avec pour des les une sont leur leurs mais plus comme cette tout tous toute toutes elle ils elles avait avoir etre
  apres avant pendant lors selon depuis entre sous vers chez aussi tres fait faire font sont etait quand dont ainsi alors
  encore deja meme autre autres notre nous vous votre lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier
  mars avril juin juillet aout septembre octobre novembre decembre
  para con los las una unos unas del por como esta este estos estas pero sus mas desde entre durante tras segun sobre hasta
  tambien fue han ser era hace este pasado lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril
  mayo junio julio agosto septiembre octubre noviembre diciembre
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
  november december today yesterday near around outside inside behind
  contre sans pres loin devant derriere autour cerca junto frente delante detras dentro fuera photo photos foto fotos image imagen picture archive archives archivo file`.split(/\s+/),
);

/** `folded`: the text is already folded. */
export function contentStems(text: string, folded = false): Set<string> {
  return new Set(((folded ? text : fold(text)).match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));
}

export interface Overlap {
  words: number;
  shared: number;
  ratio: number;
}

export function overlap(caption: Set<string>, body: Set<string>): Overlap {
  let shared = 0;
  for (const w of caption) if (body.has(w)) shared++;
  return { words: caption.size, shared, ratio: caption.size ? shared / caption.size : 0 };
}
