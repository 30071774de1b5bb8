import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Packages the server loads on first use (`await import`), never at start: each costs a noticeable share of the
// cold start (issue 8: ≤ 1 s). compromise and chrono-node read news; pdfkit writes PDFs.
const LOADED_ON_FIRST_USE = ['compromise', 'chrono-node', 'pdfkit'];

/** Static `import … from '…'` and `export … from '…'` of a TypeScript file (type-only imports left out). */
function staticImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gms))
    found.push(m[1]!);
  return found;
}

/** Every package reached from the server's entry through static imports. */
function packagesAtStart(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:') && !packages.has(spec))
        packages.set(spec, path.relative(root, file));
    }
  };
  visit(entry);
  return packages;
}

describe('what the server loads at start', () => {
  const packages = packagesAtStart(path.join(root, 'src/server/main.ts'));

  it('reaches the web framework and the database drivers (the walk works)', () => {
    expect([...packages.keys()]).toEqual(
      expect.arrayContaining(['fastify', 'kysely', 'better-sqlite3', 'pg']),
    );
  });

  it('does not load the news readers or the PDF writer until they are used', () => {
    const early = LOADED_ON_FIRST_USE.filter((name) => packages.has(name)).map(
      (name) => `${name} (imported by ${packages.get(name)})`,
    );
    expect(early).toEqual([]);
  });
});
