// Just enough XML for the parts of an .xlsx file: Excel writes them flat and predictable, so a few
// regular expressions replace a full parser (none is built into workerd, and a library would be large).

/**
 * Each `<tag …>inner</tag>` or `<tag …/>` in `xml`, as [attributes, inner]; inner is '' when self-closing.
 * A namespace prefix (`<x:row>`, as the .NET Open XML SDK writes) is ignored. Not for tags that nest.
 */
export function elements(xml: string, tag: string): [attributes: string, inner: string][] {
  const pattern = new RegExp(`<(?:\\w+:)?${tag}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${tag}>)`, 'g');
  return Array.from(xml.matchAll(pattern), (m) => [m[1] ?? '', m[2] ?? '']);
}

/** The unescaped value of attribute `name` (a regex source, e.g. `(?:\\w+:)?id`) in an attribute string. */
export function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return value ? unescapeXml(value[1] ?? value[2] ?? '') : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the five named entities and numeric character references (`&#13;`, `&#x4E2D;`). */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = parseInt(hex ?? dec ?? '', hex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Escapes text for an element or a double-quoted attribute, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`);
}
