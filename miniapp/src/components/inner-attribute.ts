import { useEffect } from 'react';

/**
 * On H5, Taro's components pass no accessible name to the real element: an `<img>` sits inside the
 * component's own wrapper, and an `<input>` or `<textarea>` is the element with the id but takes
 * no `aria-label` prop. This sets the attribute on the element (the one with the id, or the one
 * inside it) once it exists, so screen readers and the accessibility check see a named field or image.
 */
export function useInnerAttribute(hostId: string, selector: string, attribute: string, value: string): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const apply = () => {
      const host = document.getElementById(hostId);
      const inner = host?.matches(selector) ? host : host?.querySelector(selector);
      inner?.setAttribute(attribute, value);
      return Boolean(inner);
    };
    if (apply()) return;
    // The element may not be in the document yet: watch until it is.
    const observer = new MutationObserver(() => apply() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [hostId, selector, attribute, value]);
}

/** Names the `<input>` inside a Taro Input on H5. */
export function useLabelledNativeInput(id: string, label: string): void {
  useInnerAttribute(id, 'input', 'aria-label', label);
}
