import { useEffect } from 'react';

/**
 * On H5, Taro's components render the real element (`<input>`, `<img>`) inside their own custom
 * element, a moment after React mounts them, and pass no accessible name down (`aria-label` on
 * the outer element is not even allowed). This sets an attribute on the inner element once it
 * exists, so screen readers and the accessibility check see a named field or image.
 */
export function useInnerAttribute(hostId: string, selector: string, attribute: string, value: string): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const apply = () => {
      const inner = document.getElementById(hostId)?.querySelector(selector);
      inner?.setAttribute(attribute, value);
      return Boolean(inner);
    };
    if (apply()) return;
    // Neither the host nor its inner element may be in the document yet: watch until they are.
    const observer = new MutationObserver(() => apply() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [hostId, selector, attribute, value]);
}

/** Names the `<input>` inside a Taro Input on H5. */
export function useLabelledNativeInput(id: string, label: string): void {
  useInnerAttribute(id, 'input', 'aria-label', label);
}
