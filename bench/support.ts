import os from 'node:os';

export interface BenchFigure {
  name: string;
  value: string;
  goal: string;
  met: boolean | null;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function printFigures(title: string, figures: BenchFigure[]): void {
  process.stdout.write(`\n## ${title}\n\n| figure | value | goal | met |\n| --- | --- | --- | --- |\n`);
  for (const f of figures) {
    process.stdout.write(
      `| ${f.name} | ${f.value} | ${f.goal} | ${f.met === null ? '—' : f.met ? 'yes' : 'no'} |\n`,
    );
  }
}
