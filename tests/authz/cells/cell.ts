/** What one cell of the matrix is (how to call a route in a fresh world, and who may), and `perWorld` for what a cell needs made first. */
import type { World } from '@sitebranch/worker/testing';
import type { Expectation } from './expectations';

export interface Cell {
  path: (world: World) => string | Promise<string>;
  body?: (world: World) => unknown | Promise<unknown>;
  /** A file upload instead of a JSON body. */
  rawBody?: () => string | Uint8Array;
  expect: Expectation;
}

/** Once per world, made on first use. */
export function perWorld<T>(make: (w: World) => Promise<T>) {
  const made = new WeakMap<World, Promise<T>>();
  return (w: World) => {
    let promise = made.get(w);
    if (!promise) {
      promise = make(w);
      made.set(w, promise);
    }
    return promise;
  };
}
