/**
 * The embed docs page (/embed.html): writes this server's address into the snippet and wires the
 * copy button. The live preview is the real loader script, in the page's HTML.
 */
import '../styles/base.css';
import '../styles/docs.css';
import { embedSnippet } from './embedSnippet.ts';

const code = document.getElementById('snippet');
if (code)
  code.textContent = embedSnippet(location.origin, {
    from: 'smolensk',
    to: 'vitebsk',
    lang: 'ru',
    height: 600,
  });
document.getElementById('copy')?.addEventListener('click', (e) => {
  const button = e.currentTarget as HTMLButtonElement;
  void navigator.clipboard?.writeText(code?.textContent ?? '').then(() => {
    button.textContent = 'Copied';
  });
});
