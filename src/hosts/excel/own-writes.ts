/**
 * Which worksheet changes are KHCT's own (defect 7 of issue 11). Where Excel says so (ExcelApi 1.14:
 * WorksheetChangedEventArgs.triggerSource "ThisLocalAddin") that answer is final. Otherwise a change is KHCT's own
 * when it touches an area KHCT is writing, or wrote less than `settleMs` after the write's round trip ENDED — so a
 * slow round trip never lets KHCT's write through, and the user's edits elsewhere are never swallowed.
 */
export interface ChangeEvent {
  source?: string;
  address?: string;
  triggerSource?: string;
}

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const col = (letters: string) => letters.split("").reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;

/** "B3", "$B$3:$C$9", "'Kế hoạch'!B3" → a 0-based box (whole rows or columns reach to the sheet's end). */
export function parseBox(address: string): Box | null {
  const m = /^(?:.*!)?\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/.exec(address.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const c0 = m[1] ? col(m[1]) : 0;
  const r0 = m[2] ? Number(m[2]) - 1 : 0;
  const c1 = m[3] ? col(m[3]) : m[4] ? (m[1] ? c0 : 16383) : m[1] ? c0 : 16383;
  const r1 = m[4] ? Number(m[4]) - 1 : m[3] ? (m[2] ? r0 : 1048575) : m[2] ? r0 : 1048575;
  return { r0, c0, r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

const overlaps = (a: Box, b: Box) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

export class OwnWrites {
  private next = 1;
  private active = new Map<number, Box[]>();
  private recent: { boxes: Box[]; until: number }[] = [];
  constructor(readonly settleMs = 1500) {}

  /** A write starts (areas: sheet addresses it writes on the plan sheet; none = the whole sheet). */
  begin(areas: string[]): number {
    const token = this.next++;
    this.active.set(
      token,
      areas.length ? areas.map(parseBox).filter((b): b is Box => !!b) : [{ r0: 0, c0: 0, r1: 1048575, c1: 16383 }],
    );
    return token;
  }

  /** The write's round trip ended: its areas stay "own" for settleMs from now. */
  end(token: number, now = Date.now()): void {
    const boxes = this.active.get(token);
    this.active.delete(token);
    if (boxes) this.recent.push({ boxes, until: now + this.settleMs });
  }

  get writing(): boolean {
    return this.active.size > 0;
  }

  isOwn(event: ChangeEvent, now = Date.now()): boolean {
    if (event.triggerSource !== undefined) return event.triggerSource === "ThisLocalAddin";
    this.recent = this.recent.filter((r) => r.until > now);
    const areas = [...this.active.values(), ...this.recent.map((r) => r.boxes)].flat();
    if (!areas.length) return false;
    const box = event.address ? parseBox(event.address) : null;
    // No address: assume KHCT's while a write is in progress or settling.
    return box ? areas.some((a) => overlaps(a, box)) : true;
  }
}
