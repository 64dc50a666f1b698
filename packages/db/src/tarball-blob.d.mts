/** The tarball as the Blob PGlite asks for (see tarball-blob.mjs). */
export declare function tarballBlob(bytes: Uint8Array): Blob;
