/**
 * Abbreviations that decide whether a full stop ends a sentence. Only the ones that never end a
 * sentence need listing: a full stop after any other word ends the sentence when a capital follows
 * (`500 тыс. баррелей` is kept whole because a lower-case word follows, `и др. Затем` is split).
 */

/** Always followed by a name, a number or a noun phrase: `ул. Ленина`, `ст. 159`, `проф. Иванов`. */
export const NEVER_FINAL = new Set([
  // addresses and places
  'ул', 'пр', 'просп', 'пл', 'пер', 'наб', 'бул', 'ш', 'обл', 'пос', 'дер', 'ст', 'им', 'оз', 'корп', 'кв', 'каб',
  // references and parts of texts and laws
  'ч', 'гл', 'рис', 'табл', 'см', 'ср', 'тел', 'вып', 'ред', 'изд', 'стр', 'напр', 'ок', 'т',
  // titles before names
  'проф', 'акад', 'доц', 'ген', 'св', 'тов', 'гр', 'зам', 'пом', 'кап', 'полк', 'подполк', 'лейт', 'серж',
  // languages in etymologies: `англ. Hard`
  'англ', 'нем', 'франц', 'фр', 'лат', 'исп', 'итал', 'греч', 'укр', 'рус', 'кит', 'яп', 'араб',
  // English honorifics
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'jr', 'sr', 'vs',
]);

/** Two-letter initials of a first name: `Дж. Байден`, `Вл. Соловьёв`. */
export const MULTI_LETTER_INITIALS = new Set(['Дж', 'Вл', 'Вс', 'Ал', 'Св', 'Ек', 'Ст', 'Th', 'Ch', 'Wm']);

/**
 * Second letters of two-letter abbreviations that may end a sentence (`и т. д.`, `и т. п.`,
 * `до н. э.`); the others (`т. е.`, `т. к.`, `и. о.`, `т. н.`) never do.
 */
export const FINAL_SECOND_LETTERS = new Set(['д', 'п', 'э']);

/** Single letters that abbreviate `год`/`век` after a number, so they may end a sentence. */
export const UNIT_AFTER_NUMBER = new Set(['г', 'в']);

/** Abbreviations of NEVER_FINAL that are also units after a number (`180 см.`, `15 ч.`, `5 т.`). */
export const UNITS_AFTER_NUMBER = new Set(['см', 'ч', 'т']);
