// The cache folder's file of mention shapes. A report's distinct shapes (resolve/store.ts) are what
// most of its cache entry was: at 10,000 reports, 3.1 million keys of JSON (285 million characters)
// of only 14,471 distinct shapes, read, checked, deserialized and interned again by every build.
// An entry now names each of its shapes by a ref, the first 16 bytes of the SHA-256 of its key, and
// this file holds each key once, with its ref. A build reads the file once; an entry's shapes are then
// the file's own strings, which the corpus's shape table finds without hashing them again.
//
// The file is a log of records, each `[u32 length][16-byte ref][key as UTF-8]`, appended to as new
// shapes are stored (one write per entry, so two builds sharing a cache add whole records) and
// rewritten whole (aside, then renamed) when most of its shapes are no longer used. A record is
// trusted only when its ref is its key's: reading stops at the first that is not, or that is cut
// short, and the file is cut there; an entry naming a shape the file does not hold is ignored and
// extracted again, its shapes appended again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeWhole } from './whole-file.js';

/** The file's name in the cache folder. */
export const SHAPES_FILE = '.govgraph-shapes';

/** Bytes of a shape's ref. */
export const REF_BYTES = 16;

/** A key's ref, as bytes. */
function refBytes(key: string): Buffer {
  return crypto.createHash('sha256').update(key).digest().subarray(0, REF_BYTES);
}

/** A record of the file: its length, ref and key. */
function record(ref: Buffer, key: string): Buffer {
  const text = Buffer.from(key, 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32LE(text.length);
  return Buffer.concat([head, ref, text]);
}

/** A shape the file holds: its ref, its key, whether an entry of this build named it. */
interface Shape {
  ref: Buffer;
  key: string;
  used: boolean;
  /** Its id in the last shape table that asked for it (keysOf), and that table. */
  id?: number;
  table?: ShapeIds;
  /** Another shape whose ref begins with the same 30 bits (headOf), if any. */
  next?: Shape;
}

/**
 * The ref at `at` of `bytes` as a small integer, from its first 30 bits: how the file's shapes are
 * found. A V8 small integer, so a lookup allocates nothing (a number of six bytes is a heap number
 * each time: 3.1 million at 10,000 reports).
 */
function headOf(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | ((bytes[at + 3]! & 0x3f) << 24);
}

/** Whether the ref at `at` of `bytes` is `ref` (their first three bytes known to be the same). */
function sameRef(ref: Buffer, bytes: Uint8Array, at: number): boolean {
  for (let i = 3; i < REF_BYTES; i++) if (ref[i] !== bytes[at + i]) return false;
  return true;
}

/** A build's table of shapes (resolve/store.ts's ShapeTable): each shape's id by its key. */
export interface ShapeIds {
  idOfKey(key: string): number;
}

export class ShapeFile {
  readonly path: string;
  /**
   * The shapes read or added, by the first 30 bits of their refs (headOf: a small integer, where a
   * string made of each of an entry's refs cost 0.9 s of 3.1 million lookups at 10,000 reports).
   */
  private readonly byHead = new Map<number, Shape>();
  /** The same shapes by key. */
  private readonly byKey = new Map<string, Shape>();
  private count = 0;
  private loaded = false;

  constructor(dir: string) {
    this.path = path.join(dir, SHAPES_FILE);
  }

  /** The file's records, up to the first that is cut short or whose ref is not its key's. */
  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.path);
    } catch {
      return;
    }
    let at = 0;
    while (at + 4 + REF_BYTES <= bytes.length) {
      const length = bytes.readUInt32LE(at);
      const end = at + 4 + REF_BYTES + length;
      if (end > bytes.length) break;
      const ref = bytes.subarray(at + 4, at + 4 + REF_BYTES);
      const key = bytes.toString('utf8', at + 4 + REF_BYTES, end);
      if (!refBytes(key).equals(ref)) break;
      this.remember(Buffer.from(ref), key);
      at = end;
    }
    // what follows a damaged record is cut off, so that the shapes stored again are read after it
    if (at < bytes.length) this.rewrite(bytes.subarray(0, at));
  }

  /** The file replaced by `bytes`, whole or not at all (writeWhole); left as it was when it cannot be. */
  private rewrite(bytes: Uint8Array): void {
    try {
      writeWhole(this.path, bytes);
    } catch {
      // a file not cut or pruned only costs time next build
    }
  }

  /** The shape whose ref is at `at` of `bytes`, if the file holds it. */
  private find(bytes: Uint8Array, at: number): Shape | undefined {
    let shape = this.byHead.get(headOf(bytes, at));
    while (shape && !sameRef(shape.ref, bytes, at)) shape = shape.next;
    return shape;
  }

  /** Adds a shape (its ref's bytes and key) unless its ref is known; returns the one held. */
  private remember(ref: Buffer, key: string): Shape {
    const known = this.find(ref, 0);
    if (known) return known;
    const head = headOf(ref, 0);
    const shape: Shape = { ref, key, used: false };
    const first = this.byHead.get(head);
    if (first) shape.next = first;
    this.byHead.set(head, shape);
    this.byKey.set(key, shape);
    this.count += 1;
    return shape;
  }

  /** How many shapes the file holds (as read, with those added since). */
  get size(): number {
    this.load();
    return this.count;
  }

  /**
   * The keys that `refs` (REF_BYTES each) name, in order: the file's own strings; undefined when
   * the file does not hold one of them. With `table`, also their ids in it, each shape's asked of
   * the table once (3.1 million refs of 14,471 shapes at 10,000 reports, each looked up by its key
   * took 0.27 s of a build).
   */
  keysOf(refs: Uint8Array): string[] | undefined;
  keysOf(refs: Uint8Array, table: ShapeIds): { keys: string[]; ids: Int32Array } | undefined;
  keysOf(refs: Uint8Array, table?: ShapeIds): string[] | { keys: string[]; ids: Int32Array } | undefined {
    this.load();
    const keys: string[] = new Array(refs.length / REF_BYTES);
    const ids = table ? new Int32Array(keys.length) : undefined;
    for (let k = 0; k < keys.length; k++) {
      const shape = this.find(refs, k * REF_BYTES);
      if (!shape) return undefined;
      shape.used = true;
      keys[k] = shape.key;
      if (ids) {
        if (shape.table !== table) {
          shape.table = table;
          shape.id = table!.idOfKey(shape.key);
        }
        ids[k] = shape.id!;
      }
    }
    return ids ? { keys, ids } : keys;
  }

  /**
   * The refs of `keys` (REF_BYTES each, in order), the keys the file does not hold yet appended to
   * it in one write. Throws when the file cannot be written: the entry is then not stored.
   */
  refsOf(keys: readonly string[]): Uint8Array {
    this.load();
    const refs = new Uint8Array(keys.length * REF_BYTES);
    // the shapes new to the file, held once they are written (an entry not stored names nothing)
    const added: { ref: Buffer; key: string }[] = [];
    keys.forEach((key, k) => {
      const shape = this.byKey.get(key);
      const ref = shape?.ref ?? refBytes(key);
      if (shape) shape.used = true;
      else added.push({ ref, key });
      refs.set(ref, k * REF_BYTES);
    });
    if (added.length > 0) {
      fs.mkdirSync(path.dirname(this.path), { recursive: true });
      fs.appendFileSync(this.path, Buffer.concat(added.map(({ ref, key }) => record(ref, key))));
      for (const { ref, key } of added) this.remember(ref, key).used = true;
    }
    return refs;
  }

  /**
   * Writes the file again with only the shapes this build's entries named, when those are fewer
   * than half of what it holds (the entries of other reports are pruned by then): whole or not at
   * all, aside and renamed. A build sharing the cache that added shapes meanwhile loses them from
   * the file, and its entries that name them are extracted again: time, never a wrong result.
   */
  prune(): void {
    this.load();
    const used = [...this.byKey.values()].filter((shape) => shape.used);
    if (used.length * 2 >= this.count) return;
    this.rewrite(Buffer.concat(used.map((shape) => record(shape.ref, shape.key))));
    this.byHead.clear();
    this.byKey.clear();
    this.count = 0;
    for (const shape of used) this.remember(shape.ref, shape.key).used = true;
  }
}
