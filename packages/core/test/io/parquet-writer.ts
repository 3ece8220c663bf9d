/**
 * A minimal Parquet writer for tests (hyparquet only reads): OPTIONAL columns of DOUBLE, INT64, BOOLEAN or UTF-8
 * BYTE_ARRAY, PLAIN encoding, uncompressed v1 data pages, one page per column chunk, any number of row groups.
 * Format: https://github.com/apache/parquet-format (parquet.thrift; Thrift compact protocol for the metadata;
 * definition levels in the RLE/bit-packing hybrid with a 4-byte length prefix).
 */
import { writeFileSync } from 'node:fs';

export type ParquetColumnSpec =
  | { name: string; type: 'double'; values: Array<number | null> }
  | { name: string; type: 'int64'; values: Array<bigint | number | null> }
  | { name: string; type: 'boolean'; values: Array<boolean | null> }
  | { name: string; type: 'string'; values: Array<string | null> };

const PHYSICAL = { boolean: 0, int64: 2, double: 5, string: 6 } as const;

class Compact {
  bytes: number[] = [];
  private last: number[] = [0];

  varint(n: bigint): void {
    let v = n;
    while (v >= 0x80n) {
      this.bytes.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.bytes.push(Number(v));
  }
  zigzag(n: number | bigint): void {
    const v = BigInt(n);
    this.varint(v >= 0n ? v << 1n : (-v << 1n) - 1n);
  }
  header(id: number, type: number): void {
    const delta = id - this.last[this.last.length - 1];
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.zigzag(id);
    }
    this.last[this.last.length - 1] = id;
  }
  i32(id: number, v: number): void {
    this.header(id, 5);
    this.zigzag(v);
  }
  i64(id: number, v: number | bigint): void {
    this.header(id, 6);
    this.zigzag(v);
  }
  binary(id: number, s: string): void {
    this.header(id, 8);
    const b = Buffer.from(s, 'utf8');
    this.varint(BigInt(b.length));
    for (const x of b) this.bytes.push(x);
  }
  list(id: number, elemType: number, items: unknown[], write: (x: unknown) => void): void {
    this.header(id, 9);
    if (items.length < 15) this.bytes.push((items.length << 4) | elemType);
    else {
      this.bytes.push(0xf0 | elemType);
      this.varint(BigInt(items.length));
    }
    for (const x of items) write(x);
  }
  struct(id: number, body: () => void): void {
    this.header(id, 12);
    this.begin(body);
  }
  begin(body: () => void): void {
    this.last.push(0);
    body();
    this.bytes.push(0);
    this.last.pop();
  }
  rawStruct(body: () => void): void {
    this.begin(body);
  }
  rawI32(v: number): void {
    this.zigzag(v);
  }
  rawString(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.varint(BigInt(b.length));
    for (const x of b) this.bytes.push(x);
  }
}

function definitionLevels(values: unknown[]): Buffer {
  // One bit-packed run: header (groups << 1) | 1, then ceil(n / 8) bytes, LSB first.
  const groups = Math.ceil(values.length / 8);
  const c = new Compact();
  c.varint(BigInt((groups << 1) | 1));
  const bits = Buffer.alloc(groups);
  values.forEach((v, i) => {
    if (v !== null) bits[i >> 3] |= 1 << (i & 7);
  });
  const body = Buffer.concat([Buffer.from(c.bytes), bits]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(body.length);
  return Buffer.concat([len, body]);
}

function plainValues(spec: ParquetColumnSpec, values: unknown[]): Buffer {
  const present = values.filter((v) => v !== null);
  switch (spec.type) {
    case 'double': {
      const b = Buffer.alloc(8 * present.length);
      present.forEach((v, i) => b.writeDoubleLE(v as number, 8 * i));
      return b;
    }
    case 'int64': {
      const b = Buffer.alloc(8 * present.length);
      present.forEach((v, i) => b.writeBigInt64LE(BigInt(v as number | bigint), 8 * i));
      return b;
    }
    case 'boolean': {
      const b = Buffer.alloc(Math.ceil(present.length / 8));
      present.forEach((v, i) => {
        if (v) b[i >> 3] |= 1 << (i & 7);
      });
      return b;
    }
    case 'string':
      return Buffer.concat(
        present.map((v) => {
          const s = Buffer.from(v as string, 'utf8');
          const len = Buffer.alloc(4);
          len.writeUInt32LE(s.length);
          return Buffer.concat([len, s]);
        }),
      );
  }
}

/** Write columns (all the same length) as a Parquet file with row groups of `rowGroupRows` rows. */
export function writeParquet(path: string, columns: ParquetColumnSpec[], rowGroupRows = Infinity): void {
  const rows = columns[0]?.values.length ?? 0;
  const parts: Buffer[] = [Buffer.from('PAR1')];
  let offset = 4;
  const groups: Array<{ rows: number; chunks: Array<{ spec: ParquetColumnSpec; offset: number; size: number; n: number }> }> = [];
  for (let start = 0; start < rows || (rows === 0 && groups.length === 0); start += rowGroupRows) {
    const end = Math.min(rows, start + rowGroupRows);
    const chunks = [];
    for (const spec of columns) {
      const values = (spec.values as unknown[]).slice(start, end);
      const data = Buffer.concat([definitionLevels(values), plainValues(spec, values)]);
      const h = new Compact();
      h.rawStruct(() => {
        h.i32(1, 0); // DATA_PAGE
        h.i32(2, data.length);
        h.i32(3, data.length);
        h.struct(5, () => {
          h.i32(1, values.length);
          h.i32(2, 0); // PLAIN
          h.i32(3, 3); // RLE
          h.i32(4, 3);
        });
      });
      const page = Buffer.concat([Buffer.from(h.bytes), data]);
      chunks.push({ spec, offset, size: page.length, n: values.length });
      parts.push(page);
      offset += page.length;
    }
    groups.push({ rows: end - start, chunks });
    if (rows === 0) break;
  }
  const m = new Compact();
  m.rawStruct(() => {
    m.i32(1, 1);
    const schema: Array<() => void> = [
      () => {
        m.binary(4, 'schema');
        m.i32(5, columns.length);
      },
      ...columns.map((spec) => () => {
        m.i32(1, PHYSICAL[spec.type]);
        m.i32(3, 1); // OPTIONAL
        m.binary(4, spec.name);
        if (spec.type === 'string') m.i32(6, 0); // UTF8
      }),
    ];
    m.list(2, 12, schema, (body) => m.rawStruct(body as () => void));
    m.i64(3, rows);
    m.list(4, 12, groups, (g) => {
      const group = g as (typeof groups)[number];
      m.rawStruct(() => {
        m.list(1, 12, group.chunks, (c) => {
          const chunk = c as (typeof group.chunks)[number];
          m.rawStruct(() => {
            m.i64(2, chunk.offset);
            m.struct(3, () => {
              m.i32(1, PHYSICAL[chunk.spec.type]);
              m.list(2, 5, [0, 3], (e) => m.rawI32(e as number));
              m.list(3, 8, [chunk.spec.name], (s) => m.rawString(s as string));
              m.i32(4, 0); // UNCOMPRESSED
              m.i64(5, chunk.n);
              m.i64(6, chunk.size);
              m.i64(7, chunk.size);
              m.i64(9, chunk.offset);
            });
          });
        });
        m.i64(2, group.chunks.reduce((s, c) => s + c.size, 0));
        m.i64(3, group.rows);
      });
    });
  });
  const footer = Buffer.from(m.bytes);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(footer.length);
  parts.push(footer, len, Buffer.from('PAR1'));
  writeFileSync(path, Buffer.concat(parts));
}
