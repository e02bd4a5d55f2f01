/** The `sitrep eval` scoring library (spec/GOLD.md). */
export { buildContext, entityMatches, sourceMatches } from './context.ts';
export { haversineKm, PLACE_RADIUS_KM } from './corpus.ts';
export { evaluate } from './evaluate.ts';
export { foldName, normalizeSpace } from './fold.ts';
export { formatDetails, formatTable, formatValue } from './format.ts';
export {
  type GoldClaim,
  type GoldContradiction,
  type GoldCorpus,
  type GoldDoc,
  GoldError,
  type GoldEvent,
  type GoldFigure,
  type GoldSet,
  loadGold,
  type Names,
  parseGoldCorpus,
  parseGoldDoc,
} from './gold.ts';
export { type Located, type LocateLevel, locate, overlaps, type Span } from './locate.ts';
export { maxWeightMatching } from './matching.ts';
export type { DocMatch, EvalResult, FieldError, ItemKind, Metric, Miss } from './types.ts';
