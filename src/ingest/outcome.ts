import type { IngestedDocument, InputFailure } from './types.ts';

/** What a container reader yields: the records it read and the ones it could not. */
export interface ReadOutcome {
  documents: IngestedDocument[];
  failures: InputFailure[];
}

/** Runs `fn` for one record; an InputFailure becomes that record's failure, anything else propagates. */
export function collectRecord(outcome: ReadOutcome, fn: () => IngestedDocument | null): void {
  try {
    const doc = fn();
    if (doc) outcome.documents.push(doc);
  } catch (e) {
    if (e instanceof Error && e.name === 'InputFailure') outcome.failures.push(e as InputFailure);
    else throw e;
  }
}
