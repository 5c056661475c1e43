/**
 * The province database's tables. Plain SQL types (varchar, bigint, boolean, date) and no engine
 * extensions, so the same tables can live in PostgreSQL and the report's queries run on either.
 * Records of every chain are kept; the `records` view shows only chains that passed verification,
 * and `quarantined` those that did not, with their problem: reports read the view, never the table.
 */

/** Columns of a publication record as the reports need them (one row per record). */
export const RECORD_COLUMNS = [
  ['id', 'varchar'],
  ['device_id', 'varchar'],
  ['seq', 'bigint'],
  ['prev_hash', 'varchar'],
  ['hash', 'varchar'],
  ['intact', 'boolean'],
  ['time', 'varchar'],
  ['day', 'date'],
  ['month', 'varchar'],
  ['platform', 'varchar'],
  ['account', 'varchar'],
  ['title', 'varchar'],
  ['origin', 'varchar'],
  ['source', 'varchar'],
  ['required_approval', 'varchar'],
  ['approval_status', 'varchar'],
  /** verified | declared | none: the sign-off a record shows (see lib/province/ingest.ts signOffOf). */
  ['sign_off', 'varchar'],
  ['reviewer', 'varchar'],
  ['practice', 'boolean'],
  ['overridden', 'integer'],
  ['findings', 'integer'],
  ['file_sha256', 'varchar'],
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number][0];

/**
 * What each finding and override row repeats of its record, so the report counts them without
 * joining millions of rows back to the records on their ids (10 million records: the joins took
 * over half the report's time). Written by the parser with the row, never updated.
 */
export const RECORD_CONTEXT_COLUMNS = [
  ['device_id', 'varchar'],
  ['platform', 'varchar'],
  ['account', 'varchar'],
  ['day', 'date'],
  ['month', 'varchar'],
  ['practice', 'boolean'],
] as const;

/** One row per finding a record carried. */
export const FINDING_COLUMNS = [
  ['record_id', 'varchar'],
  ['category', 'varchar'],
  ['rule_id', 'varchar'],
  ['severity', 'varchar'],
  ...RECORD_CONTEXT_COLUMNS,
] as const;

/** One row per rule of each override (a blocking finding published with a written reason). */
export const OVERRIDE_COLUMNS = [
  ['record_id', 'varchar'],
  ['rule_id', 'varchar'],
  ['reason', 'varchar'],
  ...RECORD_CONTEXT_COLUMNS,
] as const;

export const columnList = (columns: readonly (readonly [string, string])[]) => columns.map(([n, t]) => `${n} ${t}`).join(', ');

export const SCHEMA_SQL = [
  `create table if not exists log_records (${columnList(RECORD_COLUMNS)})`,
  `create table if not exists findings (${columnList(FINDING_COLUMNS)})`,
  `create table if not exists overrides (${columnList(OVERRIDE_COLUMNS)})`,
  // One row per file per ingest run: what was read and what it added.
  `create table if not exists ingests (file_sha256 varchar, name varchar, bytes bigint, ingested_at varchar, lines bigint, records bigint,
     added bigint, duplicates bigint, conflicts bigint, problems bigint, unit_name varchar, exported_at varchar)`,
  // Per file and device: what the file held and the device's verdict after that run.
  `create table if not exists file_devices (file_sha256 varchar, device_id varchar, records bigint, first_seq bigint, last_seq bigint,
     head_seq bigint, verdict varchar, problem varchar)`,
  'create table if not exists file_problems (file_sha256 varchar, name varchar, line bigint, reason varchar)',
  // head_json: the head as the export carried it (a signature included), for the trust checks.
  `create table if not exists heads (device_id varchar, seq bigint, hash varchar, checkpoint_seq bigint, checkpoint_hash varchar, checkpoint_json varchar, head_json varchar)`,
  // ok is false while a device's new records await verification (pending) or when its chain failed.
  `create table if not exists devices (device_id varchar, records bigint, first_seq bigint, last_seq bigint, ok boolean, status varchar,
     problem_kind varchar, problem_seq bigint, problem_id varchar, problem_detail varchar, verified_at varchar)`,
  // The unit hierarchy the office filed (settings), carried in each export's header line.
  `create table if not exists accounts (platform varchar, account varchar, unit varchar, province varchar, prefecture varchar, county varchar,
     department varchar, host_unit varchar, updated_at varchar)`,
  // Working days (Art. 22) with a running count, so a gap in working days is a subtraction.
  'create table if not exists calendar (day date, kind varchar, workday boolean, wd_index integer)',
  `create or replace view records as select r.* from log_records r join devices d on d.device_id = r.device_id where d.ok`,
  // Findings and overrides of the records in the `records` view (verified chains only).
  `create or replace view record_findings as select f.* from findings f join devices d on d.device_id = f.device_id where d.ok`,
  `create or replace view record_overrides as select o.* from overrides o join devices d on d.device_id = o.device_id where d.ok`,
  `create or replace view quarantined as select r.*, d.status, d.problem_kind, d.problem_seq, d.problem_detail
     from log_records r join devices d on d.device_id = r.device_id where not d.ok`,
];
