/** What a site owner chooses for the embed. */
export interface EmbedChoice {
  from?: string;
  to?: string;
  lang?: 'en' | 'ru' | 'be';
  theme?: 'light' | 'dark';
  height?: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The one-line `<script>` snippet for `origin` (shown as text on the docs page, never parsed). */
export function embedSnippet(origin: string, c: EmbedChoice): string {
  const parts = [`src="${attr(`${origin}/embed.js`)}"`];
  for (const key of ['from', 'to', 'lang', 'theme', 'height'] as const) {
    const v = c[key];
    if (v !== undefined && v !== '') parts.push(`data-${key}="${attr(String(v))}"`);
  }
  return `<script ${parts.join(' ')}></script>`;
}
