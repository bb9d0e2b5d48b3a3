#!/usr/bin/env node
// govgraph's command line: parses arguments and calls the library; nothing else lives here.
import { Command, InvalidArgumentError, Option } from 'commander';
import { QUERY_FORMATS } from './sql.js';
import { VERSION } from './version.js';
import { DEFAULTS } from './defaults.js';
import { LISTED } from './notes.js';
import { followParent, runWithYoungGeneration } from './run/young-generation.js';

// The commands and the library behind them are loaded when a command runs: a build starts this
// command line again in a process of its own (below), and the first process only waits for it.
const commands = () => import('./commands.js');

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
};

const program = new Command('govgraph')
  .description('Knowledge graph of Chinese local-government work reports (政府工作报告)')
  .version(VERSION)
  .showHelpAfterError();

program
  .command('build')
  .description('build the graph of the reports in the given files and folders (or of shards)')
  .argument('[inputs...]', `report files (.txt, .html) or folders to read recursively (default: ${DEFAULTS.inputDir})`)
  .option('-o, --out <dir>', 'output folder', DEFAULTS.outDir)
  .option('--no-layout', 'skip the ForceAtlas2 layout (faster for very large corpora)')
  .option('-w, --workers <n>', 'extraction worker processes (default: one per core, at most 4; 0: none)', int)
  .option('-q, --quiet', 'print only problems')
  .option('--verbose', `list every skipped input and every report's repairs (past ${LISTED}, they are counted by kind)`)
  .option('--cache <dir>', 'extraction cache folder (default: .cache inside the output folder)')
  .option('--no-cache', 'extract every report again, without reading or writing the cache')
  .option('--force', 'overwrite files in the output folder that govgraph did not write')
  .option('--from <shards...>', 'build from shards written by `govgraph extract` instead of reading reports')
  .option(
    '--keep-apart <names>',
    'names never merged into another entity, comma-separated (undoes a merge a node lists in mergedFrom)',
    (v: string, prev: string[] = []) => [
      ...prev,
      ...v
        .split(/[,，]/)
        .map((n) => n.trim())
        .filter(Boolean),
    ],
  )
  .action(async (inputs: string[], opts) => {
    process.exitCode = await (await commands()).runBuild(inputs, opts);
  });

program
  .command('extract')
  .description('extract the reports in the given files and folders into a shard, for `build --from` (run many at once)')
  .argument('[inputs...]', `report files (.txt, .html) or folders to read recursively (default: ${DEFAULTS.inputDir})`)
  .requiredOption('-o, --out <dir>', 'shard folder to write (Parquet tables and shard.json)')
  .option('-w, --workers <n>', 'extraction worker processes (default: one per core, at most 4; 0: none)', int)
  .option('--cache <dir>', 'extraction cache folder (default: none)')
  .option('-q, --quiet', 'print only problems')
  .option('--verbose', `list every skipped input (past ${LISTED}, they are counted by kind)`)
  .action(async (inputs: string[], opts) => {
    process.exitCode = await (await commands()).runExtract(inputs, opts);
  });

program
  .command('serve')
  .description('serve an output folder with the viewer on 127.0.0.1')
  .argument('[dir]', 'output folder of a build', 'graph-output')
  .option('-p, --port <port>', 'port', int, DEFAULTS.port)
  .option('--host <host>', 'interface to bind', DEFAULTS.host)
  .action(async (dir: string, opts) => {
    process.exitCode = await (await commands()).runServe(dir, opts);
  });

program
  .command('shared')
  .description('print the programmes shared by several regions')
  .argument('[dir]', 'output folder of a build', 'graph-output')
  .option('-n, --min <n>', 'minimum number of regions', int, 2)
  .option('-y, --year <year>', 'only the reports of this year (e.g. 2023)', int)
  .option(
    '-r, --regions <names>',
    'only what all these regions name, with counts (comma-separated: 浑源县,稷山县)',
    (v: string) =>
      v
        .split(/[,，、]/)
        .map((n) => n.trim())
        .filter(Boolean),
  )
  .addOption(new Option('-f, --format <format>', 'output format').choices(['tsv', 'csv', 'md']).default('tsv'))
  .action(async (dir: string, opts) => {
    process.exitCode = (await commands()).runShared(dir, opts);
  });

program
  .command('timeline')
  .description('print the region × year table of one programme, with the sentence that first named it')
  .argument('<name>', 'programme (or any entity) name, alias or node key')
  .option('-d, --dir <dir>', 'output folder of a build', 'graph-output')
  .action(async (name: string, opts) => {
    process.exitCode = (await commands()).runTimeline(name, opts);
  });

program
  .command('inspect')
  .description('show an entity (by name or alias) and the sentences behind it')
  .argument('<name>', 'entity name, alias or node key')
  .option('-d, --dir <dir>', 'output folder of a build', 'graph-output')
  .action(async (name: string, opts) => {
    process.exitCode = (await commands()).runInspect(name, opts);
  });

program
  .command('query')
  .description('run DuckDB SQL over the tables of a build: the views nodes, edges, mentions and documents')
  .argument('<sql>', 'the SQL, e.g. "SELECT type, count(*) FROM nodes GROUP BY 1 ORDER BY 2 DESC"')
  .option('-d, --dir <dir>', 'output folder of a build', 'graph-output')
  .addOption(new Option('-f, --format <format>', 'how to print the answer').choices(QUERY_FORMATS).default('table'))
  .action(async (sql: string, opts) => {
    process.exitCode = await (await commands()).runQuery(sql, opts);
  });

// a build runs in a process started with a larger young generation (run/young-generation.ts)
followParent();
const started = process.argv[2] === 'build' ? await runWithYoungGeneration() : null;
if (started === null) await program.parseAsync();
else process.exitCode = started;
