import { describe, expect, it } from 'vitest';
import { themeFrom } from '../../client/embed/themeFrom.ts';
import { embedSnippet } from '../../client/embed-docs/embedSnippet.ts';

describe('embed snippet and theme', () => {
  it('writes the loader tag for this server with the chosen attributes', () => {
    expect(
      embedSnippet('https://corridor.example', { from: 'smolensk', to: 'vitebsk', lang: 'ru', height: 600 }),
    ).toBe(
      '<script src="https://corridor.example/embed.js" data-from="smolensk" data-to="vitebsk" data-lang="ru" data-height="600"></script>',
    );
  });

  it('escapes attribute values', () => {
    expect(embedSnippet('https://x', { from: 'a"><b' })).toContain('data-from="a&quot;>&lt;b"');
  });

  it('reads the theme, light unless dark is asked for', () => {
    expect(themeFrom('?theme=dark')).toBe('dark');
    expect(themeFrom('?theme=purple')).toBe('light');
    expect(themeFrom('')).toBe('light');
  });
});
