/**
 * Common English verbs whose simple past does not end in "-ed" ("fell apart", "won", "paid"), as a
 * regular-expression alternation.
 */
export const IRREGULAR_PAST =
  'met|won|lost|sold|bought|took|gave|left|ran|led|became|began|paid|sent|spent|kept|held|quit|made|wrote|told|said|found|brought|fell|rose|sought|struck|chose|flew|drove|went|came|saw|heard|felt|stood|sat|hit|put|set|cut|let';
