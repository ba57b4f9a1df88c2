/** A screen position in CSS pixels (x to the right, y down). */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** An arrow key's direction. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** The direction of an arrow key (`ArrowLeft` …), undefined for any other key. */
export function arrowDirection(key: string): Direction | undefined {
  return ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[
    key as 'ArrowLeft'
  ];
}

/**
 * The marker an arrow key moves to from `from`: the nearest one lying in that direction on screen,
 * off-axis distance counting twice (so Right follows the line eastwards rather than jumping to a
 * station far up and a little right). Undefined when nothing lies that way.
 */
export function neighbourIn(
  points: readonly ScreenPoint[],
  from: number,
  dir: Direction,
): number | undefined {
  const o = points[from];
  if (!o) return undefined;
  let best: number | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - o.x;
    const dy = p.y - o.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along * 2) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
