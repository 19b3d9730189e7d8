// Shape every benchmark module in bench/ exports as its default.

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≤ 2×". */
  target?: string;
  ok?: boolean;
}

export interface BenchResult {
  name: string;
  rows: BenchRow[];
  /** Extra figures written to the JSON file. */
  details?: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchResult> | BenchResult;
}
