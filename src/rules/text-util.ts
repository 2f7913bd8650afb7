// Reading numbers out of the report's prose. Precision over recall: a clause about one kind of applicant or about
// a sub-item is not a claim about the total, so such clauses are skipped.
import { compact } from '../text/normalize';

/** Clauses of the compacted text: split at sentence and clause punctuation. */
export function clauses(text: string): string[] {
  return text.split('\n').flatMap((line) => compact(line).split(/[。;!?,:、]/)).filter(Boolean);
}

/** Sentences never run across paragraphs (the text joins paragraphs with newlines). */
export function sentences(text: string): string[] {
  return text.split('\n').flatMap((line) => compact(line).split(/[。;!?]/)).filter(Boolean);
}

/** Words that narrow a clause to part of the applicants or outcomes. */
export const NARROWING = /自然人|法人|企业|其中|网络问政|信访|热线|留言|来信|咨询|局长信箱|政务服务/;
