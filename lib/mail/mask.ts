// What a security notice may show of a new contact: enough for the holder to recognise it or not, too
// little to give it away to whoever reads the old mailbox (decision 042, update 2026-12-08).

/** « nathalie.martin@exemple.fr » → « n***@exemple.fr »; a one-letter name shows none of it. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : address;
  const domain = at > 0 ? address.slice(at) : '';
  return `${local.length > 1 ? local[0] : ''}***${domain}`;
}

/** « +33611223344 » → « 44 »: the last two digits of a phone number, as a bank's notice gives them. */
export function phoneEnding(phone: string): string {
  return phone.replace(/\D/g, '').slice(-2);
}
