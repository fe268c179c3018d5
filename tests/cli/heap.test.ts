import { describe, expect, it } from 'vitest';
import { heapKeeper } from '../../src/cli/heap.js';

/** A pretend heap: `allocate` grows it, a collection brings it back to `live`. */
function fakeHeap(live: number) {
  const heap = { used: live, live, collections: 0 };
  return {
    heap,
    heapUsed: () => heap.used,
    collect: () => {
      heap.collections += 1;
      heap.used = heap.live;
    },
  };
}

describe('heapKeeper', () => {
  it('collects only once the heap has grown past the margin, then measures again from there', () => {
    const { heap, heapUsed, collect } = fakeHeap(100);
    const afterDocument = heapKeeper(collect, { heapUsed, slack: 50 });
    heap.used = 149;
    afterDocument();
    expect(heap.collections).toBe(0);
    heap.used = 150;
    afterDocument();
    expect(heap.collections).toBe(1);
    // The entity table grew to 120 live: this collection leaves 120, and the next waits for 170.
    heap.live = 120;
    heap.used = 169;
    afterDocument();
    expect(heap.collections).toBe(2);
    expect(heap.used).toBe(120);
    heap.used = 169;
    afterDocument();
    expect(heap.collections).toBe(2);
    heap.used = 170;
    afterDocument();
    expect(heap.collections).toBe(3);
  });

  it('does nothing where the host offers no collection', () => {
    let reads = 0;
    const afterDocument = heapKeeper(undefined, {
      heapUsed: () => {
        reads += 1;
        return 1e12;
      },
    });
    afterDocument();
    expect(reads).toBe(0);
  });
});
