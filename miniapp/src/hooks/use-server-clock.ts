import { useEffect, useState } from 'react';

/**
 * Ticks once a second with the server's time: `offsetMs` is the server's clock minus the phone's,
 * measured when a key was fetched, so codes drawn on a phone with a drifting clock still match.
 */
export function useServerClock(offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [offsetMs]);
  return now;
}
