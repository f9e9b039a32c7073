/**
 * Rendered images and pages of snapshots, kept in memory: a snapshot never changes, so an entry
 * never goes stale. Least recently used entries leave first, within a byte budget; concurrent
 * requests for the same entry share one render, and a failed render is not kept.
 */
export class RenderCache<T> {
  private readonly entries = new Map<string, { value: T; size: number }>();
  private readonly pending = new Map<string, Promise<T>>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  async get(key: string, render: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const running = this.pending.get(key);
    if (running) return running;
    const promise = render().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    const value = await promise;
    this.put(key, value);
    return value;
  }

  private put(key: string, value: T): void {
    const size = this.sizeOf(value);
    // One huge image must not flush everything else.
    if (size > this.maxBytes / 4 || this.entries.has(key)) return;
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }
}
