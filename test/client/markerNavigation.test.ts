import { describe, expect, it } from 'vitest';
import { arrowDirection, neighbourIn } from '../../client/map/markerNavigation.ts';

// Vitebsk up left, Orsha down left, Smolensk right, a halt between Orsha and Smolensk.
const points = [
  { x: 0, y: 0 },
  { x: 10, y: 400 },
  { x: 700, y: 250 },
  { x: 300, y: 330 },
];

describe('arrow keys between map markers', () => {
  it('moves to the nearest marker that way, preferring the axis', () => {
    expect(neighbourIn(points, 1, 'right')).toBe(3);
    expect(neighbourIn(points, 3, 'right')).toBe(2);
    expect(neighbourIn(points, 1, 'up')).toBe(0);
    expect(neighbourIn(points, 0, 'down')).toBe(1);
  });

  it('stays put when nothing lies that way', () => {
    expect(neighbourIn(points, 2, 'right')).toBeUndefined();
    expect(neighbourIn(points, 0, 'left')).toBeUndefined();
  });

  it('knows the arrow keys only', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('Tab')).toBeUndefined();
  });
});
