import { describe, expect, it } from 'vitest';
import type { FileReport, FileStatus } from '../../../shared/model/summary';
import {
  KEPT_FILE_REPORTS,
  keptFileReports,
  keptWarnings,
} from '../../../electron/engine/summary/file-reports';

const report = (i: number, status: FileStatus): FileReport => ({
  path: `data/f${i}.js`,
  type: 't',
  records: 0,
  status,
});

describe('per-file reports a summary keeps', () => {
  it('keeps every report when there are few, with no counts', () => {
    const files = [report(0, 'imported'), report(1, 'error')];
    expect(keptFileReports(files)).toEqual({ files });
  });

  it('keeps counts and the first reports, problems first, in archive order', () => {
    const files = Array.from({ length: 1000 }, (_, i) =>
      report(i, i === 999 ? 'error' : i % 2 === 0 ? 'imported' : 'missing'),
    );
    const kept = keptFileReports(files);
    expect(kept.fileCounts).toEqual({ total: 1000, byStatus: { imported: 500, missing: 499, error: 1 } });
    expect(kept.files).toHaveLength(KEPT_FILE_REPORTS);
    // The one error and then the first missing ones, in the order of the archive.
    expect(kept.files.filter((f) => f.status === 'error')).toEqual([files[999]]);
    expect(kept.files.filter((f) => f.status === 'imported')).toEqual([]);
    expect(kept.files.map((f) => f.path)).toEqual(
      [...files.filter((f) => f.status === 'missing').slice(0, KEPT_FILE_REPORTS - 1), files[999]!].map(
        (f) => f.path,
      ),
    );
  });

  it('keeps at most 50 warnings of at most 1,000 characters', () => {
    const kept = keptWarnings([...Array.from({ length: 60 }, (_, i) => `w${i}`), 'x'.repeat(5000)]);
    expect(kept).toHaveLength(51);
    expect(kept[50]).toBe('and 11 more warnings');
    expect(keptWarnings(['y'.repeat(5000)])[0]).toHaveLength(1000);
  });
});
