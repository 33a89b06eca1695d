/**
 * The reading and checking engine (reader, rules, totals) loads on demand: the first screen of the pane and of the
 * page does not need it, so it stays out of their first-load JavaScript.
 */
export const loadEngine = () => import(/* webpackChunkName: "engine" */ "./engineParts");
