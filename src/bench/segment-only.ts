// `node segment-only.js THREADS tag|tag,cut FILE...`: the benchmark's segmenter-only stages in a process of
// their own (jieba never returns a thread's dictionary, so threads started in the benchmark's
// process would stay in its peak memory): starts the threads, segments every file with POS
// tagging (and, asked, with plain cutting), and prints the timings (seconds) as JSON.
import { startSegmentPool } from './segment-pool.js';

const [threads, modes, ...files] = process.argv.slice(2);
const seconds = async (run: () => Promise<unknown>) => {
  const t0 = performance.now();
  await run();
  return (performance.now() - t0) / 1000;
};
let pool!: Awaited<ReturnType<typeof startSegmentPool>>;
const start = await seconds(async () => (pool = await startSegmentPool(Number(threads))));
const tag = await seconds(() => pool.run(files, 'segment'));
const cut = modes?.includes('cut') ? await seconds(() => pool.run(files, 'cut')) : NaN;
await pool.close();
console.log(JSON.stringify({ start, tag, cut }));
