/**
 * H5 only (put before the app by miniapp/config/index.ts). Taro's tab bar draws each tab as
 * `<a href="javascript:;">` and switches tabs in its click handler. Under the app's
 * Content-Security-Policy (`script-src 'self'`, see miniapp/public/_headers) following that href
 * is a javascript: URL the browser refuses and reports, on every tap. The href never did
 * anything, so the click's default action is cancelled before it happens: the tab still
 * switches, and the link stays a link (focusable, Enter taps it).
 */
document.addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link && /^\s*javascript:/i.test(link.getAttribute('href') ?? '')) event.preventDefault();
  },
  true,
);

export {};
