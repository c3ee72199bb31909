// What every `npm run bench` measure shares: timing one run, and the line it prints
// (`<measure> volunteers=N p50_ms=… p95_ms=…`).

/** The p-th percentile of sorted samples (nearest rank); NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function time(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function line(name: string, volunteers: number, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${name} volunteers=${volunteers} p50_ms=${percentile(sorted, 50).toFixed(1)} p95_ms=${percentile(sorted, 95).toFixed(1)}`;
}
