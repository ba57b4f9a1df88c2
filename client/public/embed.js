/*
 * Corridor embed loader. Put
 *   <script src="https://<corridor host>/embed.js" data-from="smolensk" data-to="vitebsk"
 *           data-lang="ru" data-height="600"></script>
 * where the planner should appear. It inserts an iframe of /embed right there and resizes it when
 * the embedded page reports its height (postMessage). Nothing else: no globals, no cookies.
 */
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  const origin = new URL(script.src, location.href).origin;
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'lang', 'theme']) {
    const v = script.getAttribute(`data-${key}`);
    if (v) params.set(key, v);
  }
  const initial = Number.parseInt(script.getAttribute('data-height') || '', 10);
  const iframe = document.createElement('iframe');
  const query = params.toString();
  iframe.src = `${origin}/embed${query ? `?${query}` : ''}`;
  const titles = {
    en: 'Corridor rail journey planner',
    ru: 'Коридор: планировщик поездок на поезде',
    be: 'Калідор: планавальнік паездак на цягніку',
  };
  iframe.title = script.getAttribute('data-title') || titles[params.get('lang')] || titles.en;
  iframe.setAttribute('loading', 'lazy');
  iframe.className = 'corridor-embed';
  iframe.style.display = 'block';
  iframe.style.width = '100%';
  iframe.style.border = '0';
  iframe.style.height = `${initial > 0 ? initial : 600}px`;
  script.parentNode.insertBefore(iframe, script.nextSibling);
  window.addEventListener('message', (e) => {
    if (e.source !== iframe.contentWindow || e.origin !== origin) return;
    const d = e.data;
    if (d?.type !== 'corridor:resize' || typeof d.height !== 'number' || !Number.isFinite(d.height)) return;
    iframe.style.height = `${Math.max(200, Math.min(Math.round(d.height), 5000))}px`;
  });
})();
