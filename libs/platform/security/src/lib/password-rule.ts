import './security.errors';
import { EngineError } from '@platform/engine';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's score (0-4): 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

/**
 * The rule for every password that is set: at least MIN_PASSWORD_LENGTH characters and a
 * zxcvbn score of at least MIN_PASSWORD_SCORE, with the user's own username, email and names
 * counted as known words (so `aaaaaaaaaa`, `password123` and the username are refused). A
 * refusal is a 400 INVALID_NEW_PASSWORD naming the field and saying why.
 */
export function checkNewPassword(password: unknown, personal: (string | null | undefined)[] = [], field = 'password'): void {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw EngineError.invalid('INVALID_NEW_PASSWORD', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`, [field]);
  }
  const words = personal.flatMap((w) => (w ? [w, ...w.split(/[@.\s_-]+/)] : [])).filter((w) => w.length >= 3);
  // zxcvbn's work grows with the length; the first 100 characters decide the score well enough.
  const result = zxcvbn().check(password.slice(0, 100), words);
  if (result.score < MIN_PASSWORD_SCORE) {
    const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
    throw EngineError.invalid('INVALID_NEW_PASSWORD', `This password is too easy to guess.${why ? ` ${why}` : ''}`, [field]);
  }
}
