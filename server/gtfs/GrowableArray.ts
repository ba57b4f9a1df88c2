type TypedArray = Int32Array | Float64Array | Uint8Array;
type Ctor<T extends TypedArray> = new (length: number) => T;

/**
 * An append-only typed array that doubles as it fills: per-row staging for big files (stop_times,
 * shapes) without a JS object per row. `array()` is a view of the filled part.
 */
export class GrowableArray<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly ctor: Ctor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  /** Appends one value. */
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.ctor(Math.max(16, this.data.length * 2));
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  /** The filled part, handing the storage over: this array is empty afterwards. */
  take(): T {
    const filled = this.array();
    this.data = new this.ctor(0);
    this.length = 0;
    return filled;
  }

  /** The filled part (a view, not a copy). */
  array(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
