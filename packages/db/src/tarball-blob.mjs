/**
 * The tarball as the Blob PGlite asks for, whose `arrayBuffer()` hands over a copy of the bytes at
 * once: Node 20's own Blob reads a large one back in small chunks and concatenates them, which took
 * seconds of a start for five 40 MB snapshots. Plain JavaScript (typed by tarball-blob.d.mts), so
 * that the worker thread, which plain node runs without a TypeScript loader, imports it too.
 *
 * @param {Uint8Array} bytes
 * @returns {Blob}
 */
export function tarballBlob(bytes) {
  const buffer = bytes.slice().buffer;
  return Object.assign(new Blob([]), { arrayBuffer: async () => buffer });
}
