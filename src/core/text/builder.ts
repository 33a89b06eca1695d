/**
 * Building a long string piece by piece in linear time and memory. `out += ch` on every character makes V8 keep a
 * rope of millions of tiny string nodes (tens of bytes per character): a 25 MB paragraph needed gigabytes. Pieces
 * are collected in a small array and joined into a flat string every few thousand pieces.
 */
export class StringBuilder {
  private pieces: string[] = [];
  private chunks: string[] = [];
  private size = 0;

  push(s: string): void {
    if (!s) return;
    this.pieces.push(s);
    this.size += s.length;
    if (this.pieces.length >= 4096) {
      this.chunks.push(this.pieces.join(""));
      this.pieces = [];
    }
  }

  get length(): number {
    return this.size;
  }

  toString(): string {
    if (this.pieces.length) {
      this.chunks.push(this.pieces.join(""));
      this.pieces = [];
    }
    if (this.chunks.length > 1) this.chunks = [this.chunks.join("")];
    return this.chunks[0] ?? "";
  }
}
