/**
 * Binary search over anything sorted, by index, so that each caller keeps its own data shape
 * (offsets, tokens, events) and says only how to compare.
 */

/**
 * The first index in `[low, high)` at which `isBefore` is false, `high` when there is none.
 * `isBefore` must hold for a prefix of the range and fail after it, as `items[index] < target`
 * does over a sorted array (the lower bound of `target`).
 * @param low - first index searched
 * @param high - end of the range (exclusive)
 * @param isBefore - whether the item at an index sorts before what is sought
 */
export function partitionPoint(low: number, high: number, isBefore: (index: number) => boolean): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
