/** Limits shared by the forms, the phone stepper and the server. Free of zod, so the client can import it. */
export const ITEM_TEXT_MAX = 200;
/** A member has one to three interpersonal goals. */
export const GOALS_MIN = 1;
export const GOALS_MAX = 3;
export const GOAL_TEXT_MAX = 120;
/** How often the group-climate questionnaire comes round: every N sessions. */
export const CLIMATE_EVERY_MAX = 12;
export const CLIMATE_EVERY_DEFAULT = 3;
/** How-I've-been cut-off and drop threshold, on the total of its four 0–10 items (0–40). */
export const WELLBEING_CUTOFF_DEFAULT = 20;
export const WELLBEING_DROP_DEFAULT = 5;
