// The cache folder's file of mention shapes (run/shape-file.ts): an entry names its shapes by ref,
// and gets back the keys the file holds, including two whose refs begin with the same six bytes (how
// the file finds a shape), and nothing for a ref it does not hold.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REF_BYTES, SHAPES_FILE, ShapeFile } from '../../src/run/shape-file.js';
import { ShapeTable } from '../../src/resolve/store.js';
import { tempDirs } from '../fixtures/temp.js';

const tmp = tempDirs('govgraph-shapes-');

/**
 * Two keys whose SHA-256 share their first six bytes (a378c1d7eec4…), found by a birthday search over
 * 23.5 million keys of this form: refs that only the bytes after the sixth tell apart.
 */
const TWINS = ['{"shape":23335194}', '{"shape":23531903}'];
const ref = (key: string) => crypto.createHash('sha256').update(key).digest().subarray(0, REF_BYTES);

describe('the shape file', () => {
  it('holds two shapes whose refs begin alike, each found by its own ref', () => {
    const [a, b] = TWINS.map(ref);
    expect(a!.subarray(0, 6).equals(b!.subarray(0, 6))).toBe(true);
    expect(a!.equals(b!)).toBe(false);
    const dir = tmp();
    const file = new ShapeFile(dir);
    const refs = file.refsOf([TWINS[0]!, '{"name":"千万工程"}', TWINS[1]!]);
    expect(Buffer.from(refs.subarray(0, REF_BYTES)).equals(a!)).toBe(true);
    expect(Buffer.from(refs.subarray(2 * REF_BYTES)).equals(b!)).toBe(true);
    expect(file.keysOf(refs)).toEqual([TWINS[0], '{"name":"千万工程"}', TWINS[1]]);
    // read back from the folder by another build, in another order
    const again = new ShapeFile(dir);
    expect(again.size).toBe(3);
    expect(again.keysOf(Buffer.concat([b!, a!]))).toEqual([TWINS[1], TWINS[0]]);
  });

  it('names nothing for a ref it does not hold, nor for one that shares only its first six bytes', () => {
    const dir = tmp();
    const file = new ShapeFile(dir);
    file.refsOf([TWINS[0]!]);
    expect(file.keysOf(ref(TWINS[1]!))).toBeUndefined();
    expect(file.keysOf(ref('{"name":"四好农村路"}'))).toBeUndefined();
    expect(new ShapeFile(dir).keysOf(ref(TWINS[1]!))).toBeUndefined();
  });

  it("gives a table's ids with the keys, asking the table once per shape and again for another table", () => {
    const dir = tmp();
    const keys = ['{"name":"河长制"}', '{"name":"林长制"}', '{"name":"河长制"}'];
    const refs = new ShapeFile(dir).refsOf(keys);
    const file = new ShapeFile(dir);
    const counting = (table: ShapeTable) => {
      const asked: string[] = [];
      return {
        asked,
        idOfKey: (key: string) => (asked.push(key), table.idOfKey(key)),
      };
    };
    const table = new ShapeTable();
    table.idOfKey('{"name":"田长制"}');
    const first = counting(table);
    const found = file.keysOf(refs, first);
    expect(found?.keys).toEqual(keys);
    expect([...found!.ids]).toEqual(keys.map((k) => table.idOfKey(k)));
    expect([...found!.ids]).toEqual([1, 2, 1]);
    // another entry naming the same shapes: the ids remembered, the table not asked again
    expect([...file.keysOf(refs.subarray(REF_BYTES), first)!.ids]).toEqual([2, 1]);
    expect(first.asked).toEqual(['{"name":"河长制"}', '{"name":"林长制"}']);
    // another build's table numbers them its own way
    const other = new ShapeTable();
    const second = counting(other);
    expect([...file.keysOf(refs.subarray(REF_BYTES), second)!.ids]).toEqual([0, 1]);
    expect(second.asked).toEqual(['{"name":"林长制"}', '{"name":"河长制"}']);
    // without a table, the keys alone, as before
    expect(file.keysOf(refs)).toEqual(keys);
  });

  it('appends only the shapes it does not hold, and reads up to a record cut short', () => {
    const dir = tmp();
    new ShapeFile(dir).refsOf(['{"name":"河长制"}', '{"name":"林长制"}']);
    const size = fs.statSync(path.join(dir, SHAPES_FILE)).size;
    new ShapeFile(dir).refsOf(['{"name":"林长制"}', '{"name":"河长制"}']);
    expect(fs.statSync(path.join(dir, SHAPES_FILE)).size).toBe(size);
    // a build stopped half-way through its append
    fs.appendFileSync(path.join(dir, SHAPES_FILE), Buffer.from([9, 0, 0, 0, 1, 2, 3]));
    const file = new ShapeFile(dir);
    expect(file.size).toBe(2);
    expect(fs.statSync(path.join(dir, SHAPES_FILE)).size).toBe(size);
    file.refsOf(['{"name":"田长制"}']);
    expect(new ShapeFile(dir).size).toBe(3);
  });
});
