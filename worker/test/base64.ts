/** The bytes of base64 text: fixture files are kept as base64 because workerd tests cannot read files. */
export const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
