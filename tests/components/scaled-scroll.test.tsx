import { describe, expect, it } from 'vitest';
import { MAX_PHYSICAL_PX, ScaledScrollSurface } from '../../renderer/src/views/browse/scaled-scroll';

const VIEWPORT = 600;
const ROW = 60;

function surfaceFor(rows: number) {
  const element = document.createElement('div');
  const surface = new ScaledScrollSurface(element, VIEWPORT);
  const physical = surface.setVirtualHeight(rows * ROW);
  return { element, surface, physical };
}

describe('ScaledScrollSurface', () => {
  it('is the plain element when the list fits', () => {
    const { element, surface, physical } = surfaceFor(1000);
    expect(physical).toBe(60_000);
    expect(surface.scale()).toBe(1);
    element.scrollTop = 1200;
    element.dispatchEvent(new Event('scroll'));
    expect(surface.scrollTop).toBe(1200);
    expect(surface.rowTop(1200)).toBe(1200);
    const wheel = new WheelEvent('wheel', { deltaY: 120, cancelable: true });
    element.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(false); // the browser scrolls natively
  });

  it('caps the real height for a million rows and maps the scrollbar proportionally', () => {
    const { element, surface, physical } = surfaceFor(1_000_000);
    expect(physical).toBe(MAX_PHYSICAL_PX);
    expect(surface.scrollHeight).toBe(60_000_000);
    const scale = surface.scale();
    expect(scale).toBeCloseTo((60_000_000 - VIEWPORT) / (MAX_PHYSICAL_PX - VIEWPORT));

    // Dragging the scrollbar to the middle lands in the middle of the list.
    element.scrollTop = (MAX_PHYSICAL_PX - VIEWPORT) / 2;
    element.dispatchEvent(new Event('scroll'));
    expect(surface.scrollTop).toBeCloseTo((60_000_000 - VIEWPORT) / 2, 0);

    // To the end: the last row is reachable.
    element.scrollTop = MAX_PHYSICAL_PX - VIEWPORT;
    element.dispatchEvent(new Event('scroll'));
    expect(surface.scrollTop).toBeCloseTo(60_000_000 - VIEWPORT, 0);
  });

  it('moves by the wheel’s own pixels in the full list, and keeps its position on its own echo', () => {
    const { element, surface } = surfaceFor(1_000_000);
    surface.setVirtualOffset(30_000_000);
    expect(element.scrollTop).toBeCloseTo(30_000_000 / surface.scale(), 3);
    element.dispatchEvent(new Event('scroll')); // the browser reports the write back
    expect(surface.scrollTop).toBe(30_000_000);

    const wheel = new WheelEvent('wheel', { deltaY: 120, cancelable: true });
    element.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(true);
    expect(surface.scrollTop).toBe(30_000_120);
    // A row starting at the virtual offset sits at the top of the viewport.
    expect(surface.rowTop(30_000_120)).toBeCloseTo(element.scrollTop, 6);
    expect(surface.rowTop(30_000_120 + ROW) - surface.rowTop(30_000_120)).toBeCloseTo(ROW, 6);
  });

  it('clamps offsets and follows a shrinking list', () => {
    const { surface } = surfaceFor(1_000_000);
    surface.setVirtualOffset(-50);
    expect(surface.scrollTop).toBe(0);
    surface.setVirtualOffset(1e12);
    expect(surface.scrollTop).toBe(60_000_000 - VIEWPORT);
    surface.setVirtualHeight(100 * ROW);
    expect(surface.scrollTop).toBe(100 * ROW - VIEWPORT);
    expect(surface.scale()).toBe(1);
  });

  it('tells its listeners when scrolling starts', async () => {
    const { element, surface } = surfaceFor(1_000_000);
    const seen: boolean[] = [];
    surface.subscribe((isScrolling) => seen.push(isScrolling));
    element.scrollTop = 1000;
    element.dispatchEvent(new Event('scroll'));
    expect(seen).toEqual([true]);
    surface.dispose();
  });
});
