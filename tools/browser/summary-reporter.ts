import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { ARTIFACTS } from './harness';

/** The suite's last line, which `.ci/run` reads: "Browser tests: N passed, M failed". */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') return;
    if (test.outcome() === 'expected') this.passed++;
    else this.failed++;
  }

  onEnd(result: FullResult): void {
    const outcome = result.status === 'passed' ? '' : ` (the run ${result.status})`;
    console.log(
      `\nBrowser tests: ${this.passed} passed, ${this.failed} failed${outcome} (screenshots in ${ARTIFACTS}, traces of failed tests in ${ARTIFACTS}/results)`,
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}
