import { closeSync, openSync, readSync, type PathLike } from 'node:fs';

/** How much of a page `readHead` reads at a time: a story page's `<head>` is about 7 KB, so usually one read. */
const HEAD_CHUNK_BYTES = 16 * 1024;
const HEAD_END = /<\/head[\s>]/i;

/**
 * The start of a built page, up to its `</head>` (the whole file when there is none), or '' when the file does
 * not exist. Robots meta tags live in the head: the sitemap (./sitemap.ts) reads only that much of every page,
 * not the whole file (20,000 pages of ~25 KB at 10,000 story pairs).
 */
export function readHead(file: PathLike, chunkBytes: number = HEAD_CHUNK_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
  try {
    let head = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) return head.toString('utf8');
      // Search the new bytes, and the few before them in case `</head` straddles two reads. Latin-1 maps each byte
      // to one character, so string positions are byte positions, and the cut falls on "<", never inside a
      // multi-byte character.
      const from = Math.max(0, head.length - '</head'.length);
      head = Buffer.concat([head, chunk.subarray(0, read)]);
      const end = HEAD_END.exec(head.toString('latin1', from));
      if (end) return head.toString('utf8', 0, from + end.index);
    }
  } finally {
    closeSync(fd);
  }
}
