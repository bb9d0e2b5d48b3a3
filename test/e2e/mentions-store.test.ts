// The viewer's reader of mentions.csv (viewer/src/mentions.ts) against a real build served by
// govgraph's own server: it reads the file under its limit, stops before reading one whose
// Content-Length is over it and cancels one that passes it without saying its length (a 10,000-report
// build writes 1.5 GB, which a browser tab cannot hold); and the query it offers instead runs in
// `govgraph query` and gives every mention of the link.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MentionsStore, MentionsTooBig, mentionsQuery } from '../../viewer/src/mentions.js';
import type { Server } from '../../src/serve/index.js';
import { servedSeeds, type ServedBuild } from '../fixtures/viewer/browser.js';

let built: ServedBuild;
let out: string;
let server: Server;
let graph: Graph;
let size: number;

beforeAll(async () => {
  built = await servedSeeds('govgraph-mentions-store-');
  ({ out, server } = built);
  graph = new Graph({ multi: true });
  graph.import(JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')));
  size = fs.statSync(path.join(out, 'mentions.csv')).size;
}, 120_000);

afterAll(async () => {
  await built?.close();
});

// 浑源县 names 黄芪 23 times; graph.json keeps three of the sentences
const REGION = 'region:浑源县';
const ENTITY = 'industry:黄芪';
const weight = () => graph.getEdgeAttribute(graph.edges(REGION, ENTITY)[0]!, 'weight') as number;

describe('MentionsStore', () => {
  it('reads a mentions.csv under its limit: every mention of the link', async () => {
    const store = new MentionsStore(graph, `${server.url}/mentions.csv`, size + 1);
    const all = await store.of(REGION, ENTITY);
    expect(weight()).toBeGreaterThan(3);
    expect(all).toHaveLength(weight());
    expect(new Set(all.map((m) => m.report))).toEqual(new Set(['浑源县 2024']));
  });

  it('does not read a mentions.csv whose Content-Length is over its limit', async () => {
    const store = new MentionsStore(graph, `${server.url}/mentions.csv`, 1000);
    const error = await store.of(REGION, ENTITY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MentionsTooBig);
    // the whole size, as the header says it: no more than the limit was read to learn it
    expect(error).toMatchObject({ bytes: size, limit: 1000 });
    expect((error as Error).message).toMatch(/mentions\.csv is \d+ MB, more than the viewer reads \(\d+ MB\)$/);
  });

  it('stops reading a body without a length once it passes the limit', async () => {
    // 64 chunks of 64 KB, sent without a Content-Length (chunked)
    let sent = 0;
    const chunked = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      const chunk = Buffer.alloc(1 << 16, 'a');
      const next = () => {
        if (sent >= 64) return res.end();
        sent++;
        if (res.write(chunk)) setImmediate(next);
        else res.once('drain', next);
      };
      next();
    });
    await new Promise<void>((resolve) => chunked.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = chunked.address() as AddressInfo;
      const limit = 5 << 16;
      const store = new MentionsStore(graph, `http://127.0.0.1:${port}/mentions.csv`, limit);
      const error = (await store.of(REGION, ENTITY).catch((e: unknown) => e)) as MentionsTooBig;
      expect(error).toBeInstanceOf(MentionsTooBig);
      expect(error.bytes).toBeGreaterThan(limit);
      expect(error.bytes).toBeLessThan(64 << 16);
    } finally {
      chunked.closeAllConnections();
      await new Promise((resolve) => chunked.close(resolve));
    }
  });
});

describe('mentionsQuery', () => {
  it('gives SQL that govgraph query runs, with every mention of the link', () => {
    const { sql, command } = mentionsQuery(graph, REGION, ENTITY);
    expect(command).toBe(`govgraph query "${sql}" -d OUTPUT_FOLDER`);
    const rows = JSON.parse(
      execFileSync(process.execPath, ['dist/cli.js', 'query', sql, '-d', out, '-f', 'json'], { encoding: 'utf8' }),
    ) as { report: string; sentence: string }[];
    expect(rows).toHaveLength(weight());
    expect(rows.every((r) => r.report === '浑源县 2024' && r.sentence.includes('黄芪'))).toBe(true);
  });

  it('quotes a label’s apostrophe for SQL, and gives no shell command for a label a shell would expand', () => {
    const g = new Graph();
    g.addNode('region:甲县', { label: '甲县', type: 'region' });
    g.addNode("programme:a'b", { label: "a'b", type: 'programme' });
    g.addNode('programme:$(rm)', { label: '$(rm -rf ~)', type: 'programme' });
    const quoted = mentionsQuery(g, 'region:甲县', "programme:a'b");
    expect(quoted.sql).toContain("entity = 'a''b'");
    expect(quoted.command).toBeDefined();
    const hostile = mentionsQuery(g, 'region:甲县', 'programme:$(rm)');
    expect(hostile.sql).toContain("entity = '$(rm -rf ~)'");
    expect(hostile.command).toBeUndefined();
  });
});
