/** Escapes text for XML/HTML content and attribute values: & < > " ' (feed strings are untrusted). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
