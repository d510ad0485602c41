/**
 * The password policy with its strength estimate: zxcvbn against its maintained lists (the most
 * common passwords, English and Spanish words, names, keyboard walks, dates) plus the words of
 * this platform and of the account itself. The web app imports this file lazily
 * (`@gj/domain/password-policy`): the word lists weigh ~600 KB compressed.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as spanish from '@zxcvbn-ts/language-es-es';
import { passwordProblemsWith, type PasswordEstimator } from './password-rules.js';

let factory: ZxcvbnFactory | undefined;

/** zxcvbn, built on first use: the dictionaries cost ~100 ms to index. */
export const estimatePassword: PasswordEstimator = (password, userInputs) => {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...spanish.dictionary },
    graphs: common.adjacencyGraphs,
    translations: spanish.translations,
    useLevenshteinDistance: false,
  });
  const result = factory.check(password, userInputs);
  return { score: result.score, warning: result.feedback.warning };
};

/** Problems with a password, in Spanish; empty when it is acceptable. */
export function passwordProblems(password: string, email: string): string[] {
  return passwordProblemsWith(estimatePassword, password, email);
}
