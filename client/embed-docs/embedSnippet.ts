/** What a site owner chooses for the embed. */
export interface EmbedChoice {
  from?: string;
  to?: string;
  lang?: 'en' | 'ru' | 'be';
  theme?: 'light' | 'dark';
  height?: number;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The loader script's attributes for a choice, in snippet order: `src`, then the `data-*` set. */
export function embedAttributes(origin: string, c: EmbedChoice): [string, string][] {
  const out: [string, string][] = [['src', `${origin}/embed.js`]];
  for (const key of ['from', 'to', 'lang', 'theme', 'height'] as const) {
    const v = c[key];
    if (v !== undefined && v !== '') out.push([`data-${key}`, String(v)]);
  }
  return out;
}

/** The one-line `<script>` snippet for `origin` (shown as text on the docs page, never parsed). */
export function embedSnippet(origin: string, c: EmbedChoice): string {
  const parts = embedAttributes(origin, c).map(([name, v]) => `${name}="${attr(v)}"`);
  return `<script ${parts.join(' ')}></script>`;
}
