import { UserError } from '../errors.js';
import type { Format } from './types.js';

const SUPPORTED = '.csv, .tsv, .jsonl, .ndjson (each optionally .gz) and .parquet';

/** Format from the file name: `.csv`, `.tsv`, `.jsonl`/`.ndjson`, each optionally `.gz`, and `.parquet`. */
export function detectFormat(path: string): { format: Format; gzip: boolean } {
  const name = path.toLowerCase();
  const gzip = name.endsWith('.gz');
  const base = gzip ? name.slice(0, -3) : name;
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 && dot > base.lastIndexOf('/') ? base.slice(dot + 1) : '';
  switch (ext) {
    case 'csv':
      return { format: 'csv', gzip };
    case 'tsv':
    case 'tab':
      return { format: 'tsv', gzip };
    case 'jsonl':
    case 'ndjson':
      return { format: 'jsonl', gzip };
    case 'parquet':
    case 'pq':
      if (gzip) {
        throw new UserError(
          `${path}: a gzip-compressed Parquet file is not supported; Parquet compresses its pages itself, so ` +
            `decompress it (gunzip) and pass the .parquet file`,
          { file: path },
        );
      }
      return { format: 'parquet', gzip: false };
    default:
      throw new UserError(
        `${path}: cannot tell the file format from the extension ${ext ? `".${ext}"` : '(none)'}; ` +
          `supported: ${SUPPORTED}${ext === 'json' ? '. For one JSON object per line, name the file .jsonl' : ''}`,
        { file: path },
      );
  }
}

/** "candidate file preds.csv" or "file preds.csv": how messages name a file. */
export function describeFile(path: string, label?: string): string {
  return label ? `${label} file ${path}` : `file ${path}`;
}
