import type { Digest } from '../oci/types.js';

/** What a pull reports as it goes; the CLI renders these (live on a TTY, one line per event otherwise). */
export type PullEvent =
  | { type: 'resolving'; name: string }
  | { type: 'resolved'; name: string; digest: Digest; platform?: string; blobs: number; totalBytes: number }
  | { type: 'blob-start'; name: string; digest: Digest; size: number; mediaType: string }
  | { type: 'blob-progress'; name: string; digest: Digest; bytes: number; size: number }
  | { type: 'blob-done'; name: string; digest: Digest; size: number; cached: boolean }
  | { type: 'done'; name: string; digest: Digest; downloadedBytes: number; downloadedBlobs: number; upToDate: boolean };

export type PullProgress = (event: PullEvent) => void;
