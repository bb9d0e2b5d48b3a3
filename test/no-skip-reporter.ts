// CI's guard against a test that passes by not running (issue 10): with GOVGRAPH_CI_NO_SKIP=1,
// vitest.config.ts adds this reporter beside the default one, and a run in which any test was
// skipped (it.skip, skipIf, runIf, todo, a skipped describe) fails, naming each skipped test.
import type { Reporter, TestModule } from 'vitest/node';

export default class NoSkipReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped: string[] = [];
    for (const m of testModules)
      for (const t of m.children.allTests('skipped')) {
        const r = t.result();
        const note = r.state === 'skipped' ? r.note : undefined;
        skipped.push(`  ${m.relativeModuleId} > ${t.fullName}${note ? ` — ${note}` : ''}`);
      }
    if (skipped.length === 0) return;
    console.error(
      `\nGOVGRAPH_CI_NO_SKIP=1: ${skipped.length} test(s) skipped, which CI does not allow:\n${skipped.join('\n')}\n`,
    );
    process.exitCode = 1;
  }
}
