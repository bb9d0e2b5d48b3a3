// Bad input beside good reports (issue 6): every bad file is named on stderr with its reason and
// in documents.json (`problems` for files that are not reports, a document's `warnings` for
// readable ones); the good reports still build; exit code 0 when a report built and 2 when none
// did; never a stack trace; a 50 MB file is refused by name (its time is the benchmark's). Through the real
// command line and through the library.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphFromInputs } from '../../src/run/pipeline.js';
import { writeOutputs } from '../../src/export/write.js';
import type { BadCase, Corpus } from '../fixtures/faults/corpus.js';
import { EVIL_NAME, GOOD, SEEDS, makeCorpus, pngBytes, seedExcerpt } from '../fixtures/faults/corpus.js';
import { ensureBuilt, runCli, snapshot, STACK_LINE, type CliResult } from '../fixtures/faults/cli.js';
import { NOBODY, NOBODY_SKIP_REASON, callAsNobody, isRoot, unreadableFiles } from '../fixtures/as-nobody.js';

interface DocumentsJson {
  documents: { id: string; file: string; warnings: string[]; region: { name: string } | null }[];
  problems: { file: string; reason: string }[];
}

/** Whether `line` names `file` (a path inside the corpus) as a whole path component. */
const names = (text: string, file: string) =>
  text.includes(`/${file}:`) || text.includes(`/${file} `) || text.endsWith(`/${file}`);

/** What the build said about one case: the stderr lines naming it, and where documents.json has it. */
function outcome(c: BadCase, stderr: string, docs: DocumentsJson) {
  const lines = stderr.split('\n').filter((l) => names(l, c.file));
  const problems = docs.problems.filter((p) => names(p.file, c.file) || p.file.endsWith(`/${c.file}`));
  const documents = docs.documents.filter((d) => d.file.endsWith(`/${c.file}`));
  return { lines, problems, documents };
}

function checkCase(c: BadCase, stderr: string, docs: DocumentsJson) {
  const { lines, problems, documents } = outcome(c, stderr, docs);
  if (c.expect === 'any') return;
  expect(lines, `${c.label}: a line on stderr naming ${c.file}`).not.toEqual([]);
  for (const l of lines) expect(l, `${c.label}: the line has a reason`).toMatch(/^govgraph: .+: .+/);
  expect(lines.join('\n'), `${c.label}: the reason`).toMatch(c.reason);
  const warned = documents.filter((d) => d.warnings.length > 0);
  if (c.expect === 'problem') expect(problems, `${c.label}: in documents.json problems`).not.toEqual([]);
  else if (c.expect === 'warning') expect(warned, `${c.label}: a document with a warning`).not.toEqual([]);
  else expect(problems.length + warned.length, `${c.label}: in problems or as a warned document`).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.reason.trim()).not.toBe('');
    expect(p.reason).not.toContain('\n');
  }
  for (const d of documents) for (const w of d.warnings) expect(w).not.toContain('\n');
}

/** A human-readable record of what each case produced (printed for the closing note). */
function table(corpus: Corpus, stderr: string, docs: DocumentsJson): string {
  const rows = corpus.cases.map((c) => {
    const { lines } = outcome(c, stderr, docs);
    return `  ${c.label} (${c.file}):\n${lines.map((l) => '      ' + l.replace(corpus.dir + '/', '')).join('\n')}`;
  });
  const skipped = corpus.skipped.map((s) => `  ${s.label}: not tried — ${s.reason}`);
  return [...rows, ...skipped].join('\n');
}

describe('bad input through the command line', () => {
  let corpus: Corpus;
  let out: string;
  let run: CliResult;
  let docs: DocumentsJson;
  // As root, chmod 000 does not stop reading: the CLI runs as an unprivileged user instead, when
  // that user can read the checkout; otherwise the unreadable case is left out, and said so.
  const nobody = unreadableFiles();
  const { asNobody } = nobody;
  const unreadable = !nobody.skip;

  beforeAll(async () => {
    ensureBuilt();
    corpus = makeCorpus({ unreadable, skipReason: NOBODY_SKIP_REASON });
    out = mkdtempSync(join(tmpdir(), 'govgraph-faults-out-'));
    if (asNobody) {
      chmodSync(corpus.dir, 0o755);
      chmodSync(out, 0o777);
    }
    run = await runCli(['build', ...corpus.inputs, '-o', out], asNobody ? { uid: NOBODY, gid: NOBODY } : {});
    docs = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as DocumentsJson;
    console.log(
      `bad input (CLI${asNobody ? ', as uid 65534' : ''}, ${run.ms} ms, exit ${run.code}):\n${table(corpus, run.stderr, docs)}`,
    );
  });

  afterAll(() => {
    rmSync(corpus.dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('builds the good reports and exits 0', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(docs.documents.map((d) => d.id)).toEqual(expect.arrayContaining(GOOD.map((f) => basename(f, '.txt'))));
    expect(run.stdout).toMatch(/govgraph: \d+ reports -> \d+ nodes/);
  });

  it('never prints a stack trace', () => {
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).not.toMatch(STACK_LINE);
  });

  it('names every bad file with its reason, on stderr and in documents.json', () => {
    for (const c of corpus.cases) checkCase(c, run.stderr, docs);
  });

  it('prints an untrusted file name on one line, with no terminal escape', () => {
    expect(run.stderr).not.toContain('\u001b');
    const lines = run.stderr.split('\n').filter((l) => l.includes('evil\\u001b[31m\\u000aname.txt: '));
    expect(lines.length).toBeGreaterThan(0);
    // the report itself is read, under its real name
    expect(docs.documents.map((d) => d.file)).toContain(join(corpus.dir, EVIL_NAME));
  });

  it.skipIf(nobody.skip)(nobody.title('names the unreadable file'), () => {
    const c = corpus.cases.find((x) => x.file === 'unreadable.txt')!;
    const { problems } = outcome(c, run.stderr, docs);
    expect(problems.map((p) => p.reason).join(' ')).toMatch(
      /permission|EACCES|unreadable|cannot be read|could not be read/i,
    );
  });

  it('exits 2 and writes nothing when no report could be read', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'govgraph-faults-none-'));
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), pngBytes());
    mkdirSync(join(bad, 'x.txt'));
    // a previous build's outputs must survive a build that read nothing
    const before = snapshot(out);
    const none = await runCli(['build', bad, '-o', out]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no report could be read/);
    expect(none.stderr).toMatch(/empty\.txt/);
    expect(none.stderr).not.toMatch(STACK_LINE);
    expect(snapshot(out)).toEqual(before);
    rmSync(bad, { recursive: true, force: true });
  });

  it('exits 2 with one line for an input path that does not exist', async () => {
    const missing = join(tmpdir(), 'govgraph-no-such-folder', 'reports');
    const r = await runCli(['build', missing, '-o', join(tmpdir(), 'govgraph-faults-never-written')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(missing);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('bad input through the library (buildGraphFromInputs)', () => {
  let corpus: Corpus;
  let out: string;
  let docs: DocumentsJson;
  let result: Awaited<ReturnType<typeof buildGraphFromInputs>>;

  // the unreadable file is tried on its own below (as uid 65534 when root)
  beforeAll(async () => {
    corpus = makeCorpus({ unreadable: !isRoot() });
    result = await buildGraphFromInputs(corpus.inputs, { layout: false });
    out = mkdtempSync(join(tmpdir(), 'govgraph-faults-lib-'));
    await writeOutputs(out, result);
    docs = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as DocumentsJson;
  });

  afterAll(() => {
    rmSync(corpus.dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('returns the good reports, the bad ones as problems or warnings', () => {
    expect(result.documents.map((d) => d.id)).toEqual(expect.arrayContaining(GOOD.map((f) => basename(f, '.txt'))));
    // the folder link back to its parent reads nothing twice
    const ids = result.documents.map((d) => d.id);
    expect(ids).toEqual([...new Set(ids)]);
    // the library's messages are the CLI's: render them the way the CLI does and check each case
    const stderr = [
      ...result.problems.map((p) => `govgraph: skipped ${p.file}: ${p.reason}`),
      ...result.documents.flatMap((d) => d.warnings.map((w) => `govgraph: ${d.file}: ${w}`)),
    ].join('\n');
    for (const c of corpus.cases) checkCase(c, stderr, docs);
  });

  // as root (who reads any file) the same call runs in a child as uid 65534
  const locked = unreadableFiles();
  it.skipIf(locked.skip)(locked.title('reports an unreadable file as a problem'), async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-faults-perm-'));
    copyFileSync(join(SEEDS, GOOD[0]), join(dir, GOOD[0]));
    writeFileSync(join(dir, 'locked.txt'), seedExcerpt(GOOD[1]));
    chmodSync(join(dir, 'locked.txt'), 0o000);
    if (locked.asNobody) chmodSync(dir, 0o755);
    const r: { documents: unknown[]; problems: { file: string; reason: string }[] } = locked.asNobody
      ? callAsNobody(
          'src/run/pipeline.ts',
          'buildGraphFromInputs',
          [[dir], { layout: false }],
          ['documents', 'problems', 'id', 'file', 'reason'],
        )
      : await buildGraphFromInputs([dir], { layout: false });
    expect(r.documents).toHaveLength(1);
    expect(r.problems.map((p) => p.file)).toEqual([join(dir, 'locked.txt')]);
    expect(r.problems[0]!.reason).toMatch(/permission|cannot be read/i);
    rmSync(dir, { recursive: true, force: true });
  });
});
