import { z } from 'zod';

const ManifestFile = z.object({
  fileName: z.string(),
  globalName: z.string().optional(),
  count: z.union([z.string(), z.number()]).optional(),
});

const ManifestSchema = z.object({
  userInfo: z
    .object({
      accountId: z.string().optional(),
      userName: z.string().optional(),
      displayName: z.string().optional(),
    })
    .partial()
    .optional(),
  archiveInfo: z
    .object({ generationDate: z.string().optional(), isPartialArchive: z.boolean().optional() })
    .partial()
    .optional(),
  dataTypes: z.record(
    z.string(),
    z.object({ files: z.array(ManifestFile).optional(), mediaDirectory: z.string().optional() }).partial(),
  ),
});

export interface ManifestDataFile {
  fileName: string;
  globalName: string | null;
  count: number | null;
}

export interface Manifest {
  accountId: string | null;
  userName: string | null;
  displayName: string | null;
  generationDate: string | null;
  isPartialArchive: boolean;
  dataTypes: Map<string, { files: ManifestDataFile[]; mediaDirectory: string | null }>;
}

/** Reads the `window.__THAR_CONFIG` object; returns null when it does not have a manifest's shape. */
export function readManifest(value: unknown): Manifest | null {
  const parsed = ManifestSchema.safeParse(value);
  if (!parsed.success) return null;
  const m = parsed.data;
  const dataTypes = new Map<string, { files: ManifestDataFile[]; mediaDirectory: string | null }>();
  for (const [key, dt] of Object.entries(m.dataTypes)) {
    dataTypes.set(key, {
      mediaDirectory: dt.mediaDirectory ?? null,
      files: (dt.files ?? []).map((f) => {
        const count = f.count === undefined ? NaN : Number(f.count);
        return {
          fileName: f.fileName,
          globalName: f.globalName ?? null,
          count: Number.isFinite(count) ? count : null,
        };
      }),
    });
  }
  return {
    accountId: m.userInfo?.accountId ?? null,
    userName: m.userInfo?.userName ?? null,
    displayName: m.userInfo?.displayName ?? null,
    generationDate: m.archiveInfo?.generationDate ?? null,
    isPartialArchive: m.archiveInfo?.isPartialArchive ?? false,
    dataTypes,
  };
}
