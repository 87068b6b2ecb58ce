/** @tanstack/react-virtual over a ScaledScrollSurface: fixed-height rows, any number of them. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { MAX_PHYSICAL_PX, ScaledScrollSurface } from './scaled-scroll';

export function useScaledVirtualizer(count: number, rowHeight: number, fallbackViewport = 600) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [surface, setSurface] = useState<ScaledScrollSurface | null>(null);

  useLayoutEffect(() => {
    if (!scrollRef.current) return;
    const created = new ScaledScrollSurface(scrollRef.current, fallbackViewport);
    setSurface(created);
    return () => created.dispose();
  }, [fallbackViewport]);

  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count,
    // The virtualizer only reads the element-like surface (scrollTop, scrollHeight, clientHeight...).
    getScrollElement: () => surface as unknown as HTMLDivElement | null,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: { width: 0, height: fallbackViewport },
    observeElementRect: (_instance, cb) => {
      const element = surface?.element;
      if (!element) return;
      const report = () => {
        // jsdom (tests) has no layout: keep the initial rect rather than an empty one.
        if (element.clientHeight > 0) cb({ width: element.clientWidth, height: element.clientHeight });
      };
      report();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(report);
      observer.observe(element);
      return () => observer.disconnect();
    },
    observeElementOffset: (_instance, cb) => {
      if (!surface) return;
      return surface.subscribe((isScrolling) => cb(surface.scrollTop, isScrolling));
    },
    scrollToFn: (offset, { adjustments }) => surface?.setVirtualOffset(offset + (adjustments ?? 0)),
  });

  const physicalHeight = surface
    ? surface.setVirtualHeight(virtualizer.getTotalSize())
    : Math.min(count * rowHeight, MAX_PHYSICAL_PX);
  const rowTop = (start: number) => (surface ? surface.rowTop(start) : start);

  return { scrollRef, virtualizer, physicalHeight, rowTop };
}
