/** What happened to the records of one data file, turned into one plain-words message. */
export class FileTally {
  records = 0;
  duplicates = 0;
  /** How to describe records already imported (classic tweets.csv repeats the monthly files). */
  describeDuplicates = (n: number): string => `${n} duplicate${n === 1 ? '' : 's'} ignored`;
  invalidDates = 0;
  private readonly skipped = new Map<string, number>();

  skip(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  get skippedTotal(): number {
    let n = 0;
    for (const v of this.skipped.values()) n += v;
    return n;
  }

  message(): string | undefined {
    const parts: string[] = [];
    for (const [reason, n] of this.skipped) parts.push(`${n} record${n === 1 ? '' : 's'} skipped: ${reason}`);
    if (this.duplicates > 0) parts.push(this.describeDuplicates(this.duplicates));
    if (this.invalidDates > 0) {
      parts.push(
        `${this.invalidDates} date${this.invalidDates === 1 ? '' : 's'} in an unknown format (left empty)`,
      );
    }
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
}
