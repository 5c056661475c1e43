/**
 * The province report's SQL on PostgreSQL, unchanged: a throwaway PostgreSQL cluster (Debian's
 * postgresql package, on a Unix socket in the temp folder, no TCP), the schema `log sql` prints,
 * the DuckDB tables copied in as CSV, then every report query run on both engines with the same
 * text and the rows compared.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeDigester } from '../../lib/cli/node-digest';
import { useDigester } from '../../lib/log/digest';
import { deviceChain, exportText } from '../../lib/province/fixture';
import { ensureCalendar, ingestFiles, openProvince, type ProvinceDb } from '../../lib/province/ingest';
import { allQueries } from '../../lib/province/queries';
import { SCHEMA_SQL } from '../../lib/province/schema';
import { writeProvince } from '../bench/province-data';

const TODAY = '2026-11-30';
const TABLES = [
  'log_records',
  'findings',
  'overrides',
  'ingests',
  'file_devices',
  'file_problems',
  'heads',
  'devices',
  'accounts',
  'calendar',
];

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) throw new Error("PostgreSQL not found: install Debian's postgresql package");
  return join(root, version, 'bin');
}

const dir = mkdtempSync(join(tmpdir(), 'province-pg-'));
const data = join(dir, 'data');
const socket = join(dir, 'socket');
const port = String(20_000 + (process.pid % 10_000));
let server: ChildProcess | undefined;
let duck: ProvinceDb;

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres user. */
function asPostgres(cmd: string, args: string[]) {
  const root = process.getuid?.() === 0;
  return root ? { cmd: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args] } : { cmd, args };
}

function psql(sql: string): string {
  const run = spawnSync(
    join(pgBin(), 'psql'),
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--csv', '-h', socket, '-p', port, '-U', 'postgres', '-d', 'postgres', '-c', sql],
    { encoding: 'utf8', maxBuffer: 256 << 20 },
  );
  if (run.status !== 0) throw new Error(`psql failed: ${run.stderr}\n${sql}`);
  return run.stdout;
}

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  // DuckDB's JS values that are objects (dates, decimals) carry their own toString.
  return (v as { toString(): string }).toString();
};

beforeAll(async () => {
  useDigester(nodeDigester);
  const bin = pgBin();
  mkdirSync(data);
  mkdirSync(socket);
  if (process.getuid?.() === 0)
    for (const d of [dir, data, socket])
      chownSync(
        d,
        Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
        Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout),
      );
  chmodSync(dir, 0o755);
  const init = asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const made = spawnSync(init.cmd, init.args, { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`initdb failed: ${made.stderr}`);
  const start = asPostgres(join(bin, 'postgres'), ['-D', data, '-k', socket, '-p', port, '-c', 'listen_addresses=', '-c', 'fsync=off']);
  server = spawn(start.cmd, start.args, { stdio: 'ignore' });
  await vi.waitFor(
    () => {
      if (spawnSync(join(bin, 'pg_isready'), ['-h', socket, '-p', port]).status !== 0)
        throw new Error('PostgreSQL is not accepting connections yet');
    },
    { timeout: 30_000, interval: 200 },
  );

  await writeProvince(join(dir, 'exports'), { records: 3_000, accounts: 200, devices: 40 });
  duck = await openProvince(join(dir, 'province.duckdb'));
  // And one device whose chain was tampered with, so the failed-devices query has a row.
  const forged = await deviceChain(
    '44444444-4444-4444-8444-444444444444',
    ['2026-03-02', '2026-03-03', '2026-03-04'].map((day) => ({ day, platform: 'weibo', account: '某县发布', original: true })),
  );
  writeFileSync(
    join(dir, 'exports', 'forged.jsonl'),
    exportText(
      forged.records.map((r, i) => (i === 1 ? { ...r, title: '改' } : r)),
      [forged.head],
    ),
  );
  const files = readdirSync(join(dir, 'exports')).map((name) => ({ path: join(dir, 'exports', name), name }));
  await ingestFiles(duck, files);
  await ensureCalendar(duck.conn, TODAY);
  psql(SCHEMA_SQL.map((s) => `${s};`).join('\n'));
  for (const table of TABLES) {
    const csv = join(dir, `${table}.csv`);
    await duck.conn.run(`copy ${table} to '${csv}' (header)`);
    psql(`\\copy ${table} from '${csv}' csv header`);
  }
}, 240_000);

afterAll(() => {
  duck?.close();
  // runuser does not pass a signal on to the server: pg_ctl stops it and waits until it has.
  const stop = asPostgres(join(pgBin(), 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']);
  if (server) spawnSync(stop.cmd, stop.args);
  rmSync(dir, { recursive: true, force: true });
});

describe('the report SQL on PostgreSQL', () => {
  it('loads the same tables', async () => {
    for (const table of TABLES) {
      const [[count]] = (await duck.conn.runAndReadAll(`select count(*) from ${table}`)).getRowsJS();
      expect(psql(`select count(*) from ${table}`).trim().split('\n')[1], table).toBe(cell(count));
    }
  });

  for (const [name, sql] of Object.entries(allQueries(TODAY, 50))) {
    it(`${name}: the same rows from the same SQL text`, async () => {
      const fromDuck = (await duck.conn.runAndReadAll(sql)).getRowsJS().map((r) => r.map(cell));
      const parsed = Papa.parse<string[]>(psql(sql).trim(), { skipEmptyLines: true }).data.slice(1);
      // Queries without an order by may return rows in any order.
      const sort = (rows: string[][]) =>
        /order by/.test(sql.split('\n').at(-1) ?? '') || /limit/.test(sql)
          ? rows
          : [...rows].sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
      expect(fromDuck.length).toBeGreaterThan(0);
      expect(sort(parsed)).toEqual(sort(fromDuck));
    });
  }
});
