/**
 * The embed docs page (/embed.html): writes this server's address into the snippet, wires the copy
 * button and the language picker, and runs the live preview from the very same choice, so the
 * preview always shows what the snippet asks for (its data-lang included).
 */
import '../styles/base.css';
import '../styles/docs.css';
import { isLang } from '../i18n/t.ts';
import { type EmbedChoice, embedAttributes, embedSnippet } from './embedSnippet.ts';

const choice: EmbedChoice = { from: 'smolensk', to: 'vitebsk', lang: 'ru', height: 600 };
const code = document.getElementById('snippet');
const preview = document.getElementById('preview');
const langPicker = document.getElementById('embed-lang') as HTMLSelectElement | null;

/** The snippet as text and the preview as the loader script with the snippet's attributes. */
function render(): void {
  if (code) code.textContent = embedSnippet(location.origin, choice);
  if (!preview) return;
  const script = document.createElement('script');
  for (const [name, value] of embedAttributes(location.origin, choice)) script.setAttribute(name, value);
  preview.replaceChildren(script);
}

if (langPicker) {
  langPicker.value = choice.lang ?? 'ru';
  langPicker.addEventListener('change', () => {
    if (isLang(langPicker.value)) choice.lang = langPicker.value;
    render();
  });
}
render();
document.getElementById('copy')?.addEventListener('click', (e) => {
  const button = e.currentTarget as HTMLButtonElement;
  void navigator.clipboard?.writeText(code?.textContent ?? '').then(() => {
    button.textContent = 'Copied';
  });
});
