/**
 * Which computer is asking to log in, in words a person recognises on the phone before confirming:
 * the browser and system from the User-Agent, and roughly where from Cloudflare's own guess of the
 * address. Only these summaries are kept, not the header or the address.
 */

const BROWSERS: [RegExp, string][] = [
  [/MicroMessenger\/(\d+)/, '微信内置浏览器'],
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/(?:OPR|Opera)\/(\d+)/, 'Opera'],
  [/QQBrowser\/(\d+)/, 'QQ浏览器'],
  [/(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Windows NT/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/HarmonyOS|OpenHarmony/, 'HarmonyOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome 131 · Windows"; "未知浏览器 · 未知系统" when the header says nothing useful. */
export function describeDevice(userAgent: string | undefined): string {
  const ua = (userAgent ?? '').slice(0, 500);
  let browser = '未知浏览器';
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(ua);
    if (match) {
      browser = match[1] && name !== '微信内置浏览器' ? `${name} ${match[1]}` : name;
      break;
    }
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1] ?? '未知系统';
  return `${browser} · ${system}`;
}

interface AreaHints {
  city?: unknown;
  region?: unknown;
  country?: unknown;
}

/** City, region and country as Cloudflare guessed them from the address, or null when unknown. */
export function describeArea(cf: AreaHints | undefined): string | null {
  if (!cf) return null;
  const parts = [cf.city, cf.region, cf.country].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '' && p !== 'T1' && p !== 'XX',
  );
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return unique.length ? unique.join(', ').slice(0, 80) : null;
}
