import { useEffect, useState } from 'react';

/**
 * Ticks once a second with the server's time: `offsetMs` is the server's clock minus the phone's,
 * measured ONCE, when the server's time arrived (keep it in state or storage), so codes and
 * countdowns on a phone with a drifting clock still match. Passing `serverTime - Date.now()`
 * computed during render would pin the clock to that one server time: it would never move.
 */
export function useServerClock(offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [offsetMs]);
  return now;
}
