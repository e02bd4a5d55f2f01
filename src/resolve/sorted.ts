/** Sorted-list helpers for structures kept in order as items arrive. */

/** The first index of a sorted list whose item does not come before (binary search). */
export function lowerBound<T>(list: readonly T[], comesBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comesBefore(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts a number into an ascending list, after any equal ones. */
export function insertAscending(list: number[], x: number): void {
  list.splice(
    lowerBound(list, (y) => y <= x),
    0,
    x,
  );
}
