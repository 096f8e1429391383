/** Page numbers and rules a PDF copy brings along, which are skipped wherever they stand. */

/** Page numbers and rules a PDF copy brings along: `- 3 -`, `—3—`, `3`, `3/10`, `第 3 页 共 10 页`, `Page 3 of 10`, `------`. */
const PAGE_NUMBER = [
  /^[-—–_~·\s]*\d{1,4}[-—–_~·\s]*$/,
  /^第\s*\d+\s*页(?:\s*[,，/、]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页[,，\s]*第\s*\d+\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i,
  /^[-—–_=*~·.\s]{3,}$/,
];

export function isPageNumber(folded: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(folded));
}
