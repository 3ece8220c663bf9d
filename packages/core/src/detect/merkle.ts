import { createHash } from 'node:crypto';

export interface MerkleLeaf {
  /** Workspace-relative POSIX path. */
  path: string;
  /** Content digest with its algorithm, e.g. `sha256:<hex>` or `md5:<hex>` (from a DVC record). */
  digest: string;
}

interface Dir {
  files: Map<string, string>;
  dirs: Map<string, Dir>;
}

/**
 * Merkle digest of a set of files, built over their relative paths the way git builds tree objects: each folder's
 * hash is SHA-256 of its entries sorted by name (code unit order), one line per entry —
 * `f NUL name NUL <digest>` for a file, `d NUL name NUL <folder hash>` for a sub-folder — and the digest is the hash
 * of the top folder. It depends only on the relative paths and contents: not on the machine, the checkout folder or
 * the listing order; a changed file changes the hashes of its folders up to the top (and a sub-folder's hash alone
 * says whether anything below it changed). One hash per folder, not per file: 10,000 files in one folder cost one
 * hash over 1 MB of entries. The empty set hashes to SHA-256 of nothing.
 */
export function merkleRoot(leaves: readonly MerkleLeaf[]): string {
  const root: Dir = { files: new Map(), dirs: new Map() };
  for (const { path, digest } of leaves) {
    const parts = path.split('/');
    let d = root;
    for (let i = 0; i < parts.length - 1; i++) {
      let next = d.dirs.get(parts[i]);
      if (!next) d.dirs.set(parts[i], (next = { files: new Map(), dirs: new Map() }));
      d = next;
    }
    d.files.set(parts[parts.length - 1], digest);
  }
  return hashDir(root);
}

function hashDir(d: Dir): string {
  const entries: Array<[string, string, string]> = [];
  for (const [name, digest] of d.files) entries.push([name, 'f', digest]);
  for (const [name, sub] of d.dirs) entries.push([name, 'd', hashDir(sub)]);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  // One update with the whole listing: a native call per entry would cost more than the hashing.
  let text = '';
  for (const [name, kind, digest] of entries) text += `${kind}\0${name}\0${digest}\n`;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
