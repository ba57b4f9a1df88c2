/** The embed's colour theme from `?theme=`: `dark`, else `light`. */
export function themeFrom(search: string): 'light' | 'dark' {
  return new URLSearchParams(search).get('theme') === 'dark' ? 'dark' : 'light';
}
