/**
 * A scroll surface for lists taller than a browser can lay out. Browsers clamp an element's height
 * to a few ten million pixels (about 33.5M in Chromium), so a million 60 px rows cannot be one tall
 * element. The list's real content is capped at MAX_PHYSICAL_PX and this surface maps the real scroll
 * position to a "virtual" one in the full list:
 *   - dragging the scrollbar or paging moves proportionally (virtual = physical x scale);
 *   - the wheel and keyboard move exactly by their pixels in the virtual list, so scrolling feels native.
 * The virtualizer talks to this object as if it were the scroll element; the view positions each row
 * at `rowTop(start)`. For lists that fit (scale 1) it behaves exactly like the plain element.
 */
export const MAX_PHYSICAL_PX = 12_000_000;
const SCROLL_IDLE_MS = 150;

type Listener = (isScrolling: boolean) => void;

export class ScaledScrollSurface {
  private virtualOffset = 0;
  private virtualHeight = 0;
  /** The physical scrollTop this surface last wrote, to tell its own echo from a user's drag. */
  private writtenPhysical: number | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    readonly element: HTMLElement,
    private readonly fallbackViewport: number,
  ) {
    element.addEventListener('scroll', this.onScroll, { passive: true });
    element.addEventListener('wheel', this.onWheel, { passive: false });
  }

  dispose(): void {
    this.element.removeEventListener('scroll', this.onScroll);
    this.element.removeEventListener('wheel', this.onWheel);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.listeners.clear();
  }

  // --- what the virtualizer reads, in virtual pixels -------------------------------------------
  get scrollTop(): number {
    return this.virtualOffset;
  }
  get scrollLeft(): number {
    return 0;
  }
  get scrollHeight(): number {
    return Math.max(this.virtualHeight, this.clientHeight);
  }
  get scrollWidth(): number {
    return this.element.clientWidth;
  }
  get clientHeight(): number {
    return this.element.clientHeight || this.fallbackViewport;
  }
  get clientWidth(): number {
    return this.element.clientWidth;
  }
  get ownerDocument(): Document {
    return this.element.ownerDocument;
  }
  scrollTo(options: { top?: number }): void {
    if (options.top !== undefined) this.setVirtualOffset(options.top);
  }

  // --- for the view ------------------------------------------------------------------------------
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets the full list's height; returns the height the real content element should have. */
  setVirtualHeight(height: number): number {
    this.virtualHeight = height;
    const max = this.maxVirtualOffset();
    if (this.virtualOffset > max) this.setVirtualOffset(max);
    return this.physicalHeight();
  }

  physicalHeight(): number {
    return Math.min(this.virtualHeight, MAX_PHYSICAL_PX);
  }

  /** How many virtual pixels one physical pixel stands for (1 when the list fits). */
  scale(): number {
    const viewport = this.clientHeight;
    const physicalRange = this.physicalHeight() - viewport;
    const virtualRange = this.virtualHeight - viewport;
    return physicalRange > 0 && virtualRange > physicalRange ? virtualRange / physicalRange : 1;
  }

  /** Where, in the real content element, a row starting at virtual `start` goes. */
  rowTop(start: number): number {
    if (this.scale() === 1) return start;
    return this.element.scrollTop + (start - this.virtualOffset);
  }

  setVirtualOffset(offset: number): void {
    const clamped = Math.max(0, Math.min(offset, this.maxVirtualOffset()));
    this.virtualOffset = clamped;
    const physical = clamped / this.scale();
    this.writtenPhysical = physical;
    if (Math.abs(this.element.scrollTop - physical) >= 0.5) this.element.scrollTop = physical;
    queueMicrotask(() => this.emit(true));
  }

  private maxVirtualOffset(): number {
    return Math.max(0, this.virtualHeight - this.clientHeight);
  }

  private readonly onScroll = () => {
    const physical = this.element.scrollTop;
    const scale = this.scale();
    const ownEcho = this.writtenPhysical !== null && Math.abs(physical - this.writtenPhysical) <= 1;
    if (!ownEcho) {
      this.writtenPhysical = null;
      this.virtualOffset = Math.min(physical * scale, this.maxVirtualOffset());
    }
    this.emit(true);
  };

  private readonly onWheel = (event: WheelEvent) => {
    if (this.scale() === 1 || event.ctrlKey || event.deltaY === 0) return;
    event.preventDefault();
    const unit = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? this.clientHeight : 1;
    this.setVirtualOffset(this.virtualOffset + event.deltaY * unit);
  };

  private emit(isScrolling: boolean): void {
    for (const listener of this.listeners) listener(isScrolling);
    if (!isScrolling) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      for (const listener of this.listeners) listener(false);
    }, SCROLL_IDLE_MS);
  }
}
