// A Parquet table from its parts' files without reading their rows again (parts.ts). Each part's
// row groups are copied as they are (their pages, dictionaries and bloom filters) one after
// another, and one footer lists them all, each offset moved by where its part's bytes now start:
// what parquet-rs's `parquet-concat` does. DuckDB decoded and encoded all 4.6 million rows again
// (5-6 s of a thread at 10,000 reports, in every build, also one that added a single report) to
// write the same rows. A file holds a row group or more per part (a part is about 64 reports).
//
// The footers are read and written with hyparquet's Thrift Compact Protocol codec, which keeps
// every field of a footer by its id. Before anything is moved, each part's footer is written back
// and must give its own bytes again, every part must have the first one's schema, and none may hold
// what moving would need to look inside of (page indexes, whose page locations are offsets in the
// file; encryption; columns in other files): otherwise concatParquet writes nothing and says why,
// and the table is made by DuckDB as before. The same parts give the same bytes.
//
// concatParquet runs on the parts' thread (plain JavaScript, from its source): it refers to nothing
// outside itself but its arguments.

/** Thrift Compact Protocol, as hyparquet reads it: a struct's fields by `field_<id>`. */
export type ThriftStruct = { [field: `field_${number}`]: unknown };

/** Reads and writes one Thrift struct (parquetCodec). */
export interface ThriftCodec {
  decode(bytes: Uint8Array): ThriftStruct;
  encode(struct: ThriftStruct): Uint8Array;
}

/** The file system calls concatParquet makes (node:fs's). */
export type ConcatFs = Pick<
  typeof import('node:fs'),
  'openSync' | 'closeSync' | 'fstatSync' | 'readSync' | 'writeSync'
>;

/** Copies bytes [start, end) of open file `from` to offset `at` of open file `to` (copy-thread.ts's copyRange). */
export type CopyRange = (from: number, to: number, start: number, end: number, at: number, what: string) => void;

/**
 * Writes at `out` the Parquet table of `files`' rows in order (their row groups copied with
 * `copy`), and returns undefined; or writes nothing and returns why not (a reason naming the part).
 */
export function concatParquet(
  fs: ConcatFs,
  codec: ThriftCodec,
  copy: CopyRange,
  files: readonly string[],
  out: string,
): string | undefined {
  const MAGIC = 'PAR1';
  // FileMetaData: 1 version, 2 schema, 3 num_rows, 4 row_groups, 5 key_value_metadata, 6 created_by,
  // 7 column_orders, 8 encryption_algorithm, 9 footer_signing_key_metadata
  // RowGroup: 1 columns, 5 file_offset, 7 ordinal. ColumnChunk: 1 file_path, 2 file_offset,
  // 3 meta_data, 4 offset_index_offset, 6 column_index_offset, 8 crypto_metadata,
  // 9 encrypted_column_metadata. ColumnMetaData: 9 data_page_offset, 10 index_page_offset,
  // 11 dictionary_page_offset, 14 bloom_filter_offset.
  const COLUMN_OFFSETS = ['field_9', 'field_10', 'field_11', 'field_14'] as const;
  type Struct = Record<string, unknown>;
  type Part = { file: string; body: number; meta: Struct };
  if (files.length === 0) return 'no part';
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
  const parts: Part[] = [];
  let schema: Uint8Array | undefined;
  for (const file of files) {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const ends = Buffer.alloc(8);
      if (size < 12) return `${file} is not a Parquet file`;
      fs.readSync(fd, ends, 0, 4, 0);
      fs.readSync(fd, ends, 4, 4, size - 4);
      if (ends.toString('latin1') !== MAGIC + MAGIC) return `${file} is not a Parquet file`;
      fs.readSync(fd, ends, 0, 4, size - 8);
      const length = ends.readUInt32LE(0);
      if (length > size - 12) return `${file}'s footer is longer than the file`;
      const footer = Buffer.alloc(length);
      fs.readSync(fd, footer, 0, length, size - 8 - length);
      const meta = codec.decode(footer) as Struct;
      // every field is written back as it was read: what is moved below is all that changes
      if (!same(codec.encode(meta as ThriftStruct), footer)) return `${file}'s footer does not read back as written`;
      if (meta.field_8 !== undefined || meta.field_9 !== undefined) return `${file} is encrypted`;
      const own = codec.encode({ field_1: meta.field_1, field_2: meta.field_2, field_7: meta.field_7 });
      if (schema === undefined) schema = own;
      else if (!same(own, schema)) return `${file}'s schema is not the first part's`;
      if (typeof meta.field_3 !== 'bigint') return `${file} gives no row count`;
      for (const group of (meta.field_4 ?? []) as Struct[]) {
        if (group.field_7 !== undefined) return `${file} numbers its row groups`;
        for (const chunk of (group.field_1 ?? []) as Struct[]) {
          if (chunk.field_1 !== undefined) return `${file} has a column in another file`;
          if (chunk.field_4 !== undefined || chunk.field_6 !== undefined) return `${file} has a page index`;
          if (chunk.field_8 !== undefined || chunk.field_9 !== undefined) return `${file} has an encrypted column`;
          if (chunk.field_3 === undefined) return `${file} has a column without its metadata`;
        }
      }
      parts.push({ file, body: size - 8 - length, meta });
    } finally {
      fs.closeSync(fd);
    }
  }
  const to = fs.openSync(out, 'w');
  try {
    const write = (bytes: Uint8Array, at: number) => {
      for (let w = 0; w < bytes.length;) w += fs.writeSync(to, bytes, w, bytes.length - w, at + w);
      return at + bytes.length;
    };
    let at = write(Buffer.from(MAGIC, 'latin1'), 0);
    const groups: Struct[] = [];
    let rows = 0n;
    for (const part of parts) {
      // the part's bytes between its magic and its footer: every offset in them moves by `shift`
      const shift = BigInt(at - 4);
      // (an offset of 0 is one not given: DuckDB writes a column chunk's file_offset so)
      const move = (struct: Struct, field: string) => {
        const value = struct[field];
        if (typeof value === 'bigint' && value > 0n) struct[field] = value + shift;
      };
      const from = fs.openSync(part.file, 'r');
      try {
        copy(from, to, 4, part.body, at, part.file);
      } finally {
        fs.closeSync(from);
      }
      at += part.body - 4;
      for (const group of (part.meta.field_4 ?? []) as Struct[]) {
        move(group, 'field_5');
        for (const chunk of group.field_1 as Struct[]) {
          move(chunk, 'field_2');
          for (const field of COLUMN_OFFSETS) move(chunk.field_3 as Struct, field);
        }
        groups.push(group);
      }
      rows += part.meta.field_3 as bigint;
    }
    // the first part's footer with every row group and their rows, its fields in the order of their ids
    const meta: Struct = { ...parts[0]!.meta, field_3: rows, field_4: groups };
    const ordered = Object.fromEntries(
      Object.entries(meta).sort(([a], [b]) => Number(a.slice(6)) - Number(b.slice(6))),
    ) as ThriftStruct;
    const footer = codec.encode(ordered);
    at = write(footer, at);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(footer.length, 0);
    at = write(length, at);
    write(Buffer.from(MAGIC, 'latin1'), at);
  } finally {
    fs.closeSync(to);
  }
  return undefined;
}

/**
 * The codec from hyparquet's reader (`deserializeTCompactProtocol`) and hyparquet-writer's writer
 * (`serializeTCompactProtocol`, `ByteWriter`); self-contained like concatParquet.
 */
export function thriftCodec(
  read: (reader: { view: DataView; offset: number }) => ThriftStruct,
  write: (writer: never, struct: ThriftStruct) => void,
  Writer: new () => { getBuffer(): ArrayBuffer },
): ThriftCodec {
  return {
    decode: (bytes) => read({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }),
    encode: (struct) => {
      const writer = new Writer();
      write(writer as never, struct);
      return new Uint8Array(writer.getBuffer());
    },
  };
}
