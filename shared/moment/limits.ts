/** A moment is a few sentences; a question one line. */
export const MOMENT_TEXT_MAX = 1000;
export const MOMENT_QUESTION_MAX = 200;
