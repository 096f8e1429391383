/**
 * The real D1, with every `batch` held until `count` of them are waiting, then all let go together.
 * A race test passes this as the requests' binding so that each request's checks (its reads before
 * the batch) happen before any of the batches writes: the guard inside the batch's SQL is then the
 * only thing between them, which is what the test means to prove.
 */
export function barrierD1(real: D1Database, count: number): D1Database {
  const waiting: (() => void)[] = [];
  return new Proxy(real, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (key !== 'batch') return typeof value === 'function' ? value.bind(target) : value;
      return async (statements: D1PreparedStatement[]) => {
        await new Promise<void>((release) => {
          waiting.push(release);
          if (waiting.length === count) for (const go of waiting.splice(0)) go();
        });
        return target.batch(statements);
      };
    },
  });
}
