/**
 * When the batch that has just begun goes to the store worker to be written
 * (group commit with a commit delay, as PostgreSQL's commit_delay with
 * commit_siblings). WorkerStore holds the batch's writes on the main thread
 * meanwhile, so they cross to the worker in one message.
 *
 * A transaction costs the worker about 100 µs of CPU and an fsync, and a write
 * inside one about 30 µs, so ten rooms writing one command each cost about
 * three times as much in ten transactions as in one. When writes from other rooms arrive
 * faster than one per `delayMs`, the batch waits `delayMs` for those siblings:
 * a little latency bought for the throughput that lets one node carry ~1,000
 * rooms. A quiet node, or one room sending command after command (its next
 * command is no sibling), is written at once: waiting would only add latency.
 */
export class CommitPacer {
  /** When the last WINDOW writes of different writers arrived, oldest first (a ring). */
  private readonly times: number[] = [];
  private next = 0;
  private lastWriter: string | undefined;

  constructor(private readonly delayMs: number) {}

  /** A write arrived at `now` (ms) from `writer` (its session; undefined for writes of no session). */
  arrived(now: number, writer: string | undefined): void {
    if (writer !== undefined && writer === this.lastWriter) return;
    this.lastWriter = writer;
    if (this.times.length < WINDOW) this.times.push(now);
    else this.times[this.next] = now;
    this.next = (this.next + 1) % WINDOW;
  }

  /** ms to wait before writing a batch that begins at `now`: 0 unless another writer is expected within the delay. */
  wait(now: number): number {
    if (this.delayMs <= 0 || this.times.length < WINDOW) return 0;
    const oldest = this.times[this.next]!;
    // The mean gap between writers over the window, counting the quiet time since the newest.
    return (now - oldest) / WINDOW < this.delayMs ? this.delayMs : 0;
  }
}

/** How many recent writers the rate is taken over. */
const WINDOW = 8;
