import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { verifyAuditChain, type AuditVerification } from '../modules/audit/audit.repository.js';
import type { DatabaseHandle, DatabaseKind } from './database.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

export const BACKUP_FORMAT = 'lockstep-backup';

interface TableInfo {
  name: string;
  columns: string[];
  /** tables this one references */
  references: string[];
}

interface Header {
  format: typeof BACKUP_FORMAT;
  version: 1;
  engine: DatabaseKind;
  createdAt: string;
  schemaVersion: string;
}

interface Footer {
  end: true;
  counts: Record<string, number>;
  auditEntries: number;
  auditHead: string;
}

export interface BackupSummary {
  file: string;
  schemaVersion: string;
  counts: Record<string, number>;
  auditEntries: number;
  auditHead: string;
}

export class BackupError extends Error {}

function latestMigration(): string {
  return Object.keys(migrations).sort().at(-1)!;
}

// Internal tables: the migrator's own, SQLite's, and the shadow tables behind the full-text index.
const SKIP = /^(sqlite_|lockstep_migrations|search_index_)/;

async function listTables(db: Kysely<unknown>, kind: DatabaseKind): Promise<TableInfo[]> {
  if (kind === 'sqlite') {
    const rows = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
    const tables: TableInfo[] = [];
    for (const { name } of rows.rows) {
      if (SKIP.test(name)) continue;
      const cols = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db);
      const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(
        db,
      );
      tables.push({ name, columns: cols.rows.map((c) => c.name), references: fks.rows.map((f) => f.table) });
    }
    return tables;
  }
  const rows = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const tables: TableInfo[] = [];
  for (const { table_name: name } of rows.rows) {
    if (SKIP.test(name)) continue;
    const cols = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = ${name} and is_generated = 'NEVER'
      order by ordinal_position`.execute(db);
    const fks = await sql<{ ref: string }>`
      select distinct ccu.table_name as ref
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.table_schema = current_schema() and tc.table_name = ${name} and tc.constraint_type = 'FOREIGN KEY'`.execute(
      db,
    );
    tables.push({
      name,
      columns: cols.rows.map((c) => c.column_name),
      references: fks.rows.map((f) => f.ref),
    });
  }
  return tables;
}

/** Referenced tables first, so that rows can be inserted with foreign keys enforced. */
function inDependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo, path: Set<string>) => {
    if (done.has(t.name) || path.has(t.name)) return;
    path.add(t.name);
    for (const ref of t.references) {
      const dep = byName.get(ref);
      if (dep && dep.name !== t.name) visit(dep, path);
    }
    done.add(t.name);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

/**
 * Writes a consistent copy of every table (one read transaction: a snapshot on both engines) as gzipped JSON
 * lines: a header with the schema version, each table's columns and rows, and a footer with the counts and the
 * audit chain head. Safe while the server runs.
 */
export async function writeBackup(handle: DatabaseHandle, file: string): Promise<BackupSummary> {
  const plain = handle.db.withoutPlugins() as unknown as Kysely<unknown>;
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file, { mode: 0o600 });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await new Promise((r) => gzip.once('drain', r));
  };
  const counts: Record<string, number> = {};
  let auditHead = '';
  const run = async (trx: Kysely<unknown>) => {
    const header: Header = {
      format: BACKUP_FORMAT,
      version: 1,
      engine: handle.kind,
      createdAt: new Date().toISOString(),
      schemaVersion: latestMigration(),
    };
    await write(header);
    for (const table of inDependencyOrder(await listTables(trx, handle.kind))) {
      await write({ table: table.name, columns: table.columns });
      const cols = sql.join(table.columns.map((c) => sql.id(c)));
      const rows = await sql<Record<string, unknown>>`select ${cols} from ${sql.id(table.name)}`.execute(trx);
      for (const row of rows.rows) await write(table.columns.map((c) => row[c] ?? null));
      counts[table.name] = rows.rows.length;
    }
    const head = await sql<{ hash: string }>`select hash from audit_log order by seq desc limit 1`.execute(
      trx,
    );
    auditHead = head.rows[0]?.hash ?? '';
  };
  if (handle.kind === 'postgres') {
    await plain.transaction().setIsolationLevel('repeatable read').execute(run);
  } else {
    await plain.transaction().execute(run);
  }
  const footer: Footer = { end: true, counts, auditEntries: counts.audit_log ?? 0, auditHead };
  await write(footer);
  gzip.end();
  await finished;
  return {
    file,
    schemaVersion: latestMigration(),
    counts,
    auditEntries: footer.auditEntries,
    auditHead: footer.auditHead,
  };
}

export interface RestoreSummary {
  counts: Record<string, number>;
  audit: AuditVerification;
}

/** Loads a backup into an empty database of either engine, then checks the counts and the audit chain. */
export async function restoreBackup(handle: DatabaseHandle, file: string): Promise<RestoreSummary> {
  await migrateToLatest(handle);
  const plain = handle.db.withoutPlugins() as unknown as Kysely<unknown>;
  const tables = new Map((await listTables(plain, handle.kind)).map((t) => [t.name, t]));
  for (const name of tables.keys()) {
    const n = await sql<{ n: number }>`select count(*) as n from ${sql.id(name)}`.execute(plain);
    if (Number(n.rows[0]?.n ?? 0) > 0)
      throw new BackupError(`The target database is not empty (table ${name} has rows)`);
  }
  let header: Header | null = null;
  let footer: Footer | null = null;
  const counts: Record<string, number> = {};
  await plain.transaction().execute(async (trx) => {
    let current: { name: string; columns: string[] } | null = null;
    let batch: unknown[][] = [];
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const { name, columns } = current;
      const values = sql.join(batch.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`));
      await sql`insert into ${sql.id(name)} (${sql.join(columns.map((c) => sql.id(c)))}) values ${values}`.execute(
        trx,
      );
      counts[name] = (counts[name] ?? 0) + batch.length;
      batch = [];
    };
    // Created right before reading: a small file can end while BEGIN is awaited, and readline's iterator
    // would then wait for lines that were already emitted.
    const lines = readline.createInterface({
      input: fs.createReadStream(file).pipe(zlib.createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (!line) continue;
      const value = JSON.parse(line) as unknown;
      if (!header) {
        header = value as Header;
        if (header.format !== BACKUP_FORMAT) throw new BackupError('Not a Lockstep backup');
        if (header.schemaVersion !== latestMigration()) {
          throw new BackupError(
            `The backup has schema ${header.schemaVersion}; this Lockstep has ${latestMigration()}`,
          );
        }
        continue;
      }
      if (Array.isArray(value)) {
        batch.push(value);
        if (current && batch.length * current.columns.length >= 20_000) await flush();
        continue;
      }
      const record = value as { table?: string; columns?: string[]; end?: boolean };
      await flush();
      if (record.end) {
        footer = value as Footer;
        break;
      }
      const target = tables.get(record.table ?? '');
      if (!target) throw new BackupError(`The backup has a table this schema lacks: ${record.table}`);
      const missing = (record.columns ?? []).filter((c) => !target.columns.includes(c));
      if (missing.length > 0)
        throw new BackupError(`Unknown columns in ${target.name}: ${missing.join(', ')}`);
      current = { name: target.name, columns: record.columns ?? [] };
      counts[target.name] = counts[target.name] ?? 0;
    }
    await flush();
    if (!footer) throw new BackupError('The backup is truncated (no footer)');
    const expected = (footer as Footer).counts;
    for (const [name, n] of Object.entries(expected)) {
      if ((counts[name] ?? 0) !== n)
        throw new BackupError(`Table ${name}: ${counts[name] ?? 0} rows restored, ${n} expected`);
    }
    if (handle.kind === 'postgres') {
      // Serial columns must continue after the restored rows.
      const serials = await sql<{ table_name: string; column_name: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = current_schema() and column_default like 'nextval(%'`.execute(trx);
      for (const s of serials.rows) {
        await sql`select setval(pg_get_serial_sequence(${s.table_name}, ${s.column_name}),
          coalesce((select max(${sql.id(s.column_name)}) from ${sql.id(s.table_name)}), 0) + 1, false)`.execute(
          trx,
        );
      }
    }
  });
  const audit = await verifyAuditChain(handle.db);
  const f = footer as Footer | null;
  if (!audit.ok)
    throw new BackupError(`The restored audit chain does not verify (entry ${audit.firstBad?.seq})`);
  if (f && audit.head !== f.auditHead)
    throw new BackupError('The restored audit chain head differs from the backup');
  return { counts, audit };
}
