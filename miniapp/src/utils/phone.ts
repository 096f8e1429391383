/** 138****0000: enough to recognise, not enough to read off a screen over someone's shoulder. */
export function maskPhone(phone: string): string {
  return phone.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');
}
