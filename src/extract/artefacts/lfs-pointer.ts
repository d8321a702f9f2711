// Git-LFS pointer files: a tiny text file that stands in for a large object
// (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). A clone without `git lfs
// pull` holds these instead of the weights.

export interface LfsPointer {
  oid: string;
  size: number;
}

const SIGNATURE = 'version https://git-lfs.github.com/spec/v1';
/** The spec caps pointer files at 1024 bytes. */
const MAX_POINTER_BYTES = 1024;

export function parseLfsPointer(head: Uint8Array | undefined): LfsPointer | undefined {
  if (!head || head.length < SIGNATURE.length || head.length > MAX_POINTER_BYTES) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  if (!text.startsWith(SIGNATURE)) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d{1,16})$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : undefined;
}
