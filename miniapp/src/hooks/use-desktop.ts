import { useEffect, useState } from 'react';

/** The width from which H5 is laid out for a computer (the same number as in desktop.css). */
export const DESKTOP_MIN_WIDTH = 1024;

const query = () =>
  process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.matchMedia
    ? window.matchMedia(`(min-width: ${DESKTOP_MIN_WIDTH}px)`)
    : null;

/** Whether the app is on a computer-sized screen (H5 at 1024 px or wider); follows the window as it is resized. */
export function useDesktop(): boolean {
  const [desktop, setDesktop] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const media = query();
    if (!media) return;
    const onChange = () => setDesktop(media.matches);
    media.addEventListener('change', onChange);
    onChange();
    return () => media.removeEventListener('change', onChange);
  }, []);
  return desktop;
}
