/** The message the embed posts to its parent; public/embed.js listens for exactly this shape. */
export interface ResizeMessage {
  type: 'corridor:resize';
  /** Content height in CSS pixels. */
  height: number;
}

/**
 * Posts the content height of `el` to the parent window whenever it changes (results arrive, details
 * open), so the loader script can size the iframe without scrollbars. No-op outside an iframe.
 */
export function reportHeight(el: HTMLElement): void {
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(el.scrollHeight);
    if (height === last) return;
    last = height;
    const msg: ResizeMessage = { type: 'corridor:resize', height };
    window.parent.postMessage(msg, '*');
  };
  new ResizeObserver(post).observe(el);
  post();
}
