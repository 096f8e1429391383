/** A rate in percent as people read it; a dash when there was nothing to rate. */
export const rateText = (rate: number | null) => (rate === null ? '—' : `${rate}%`);
