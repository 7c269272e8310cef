import type { RunnerRow } from './RunnerResultBlock.js';
import type { SyntheticServer } from './SyntheticServer.js';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
/** The most an autoextensible smallfile data file grows to with 8 KB blocks: what dba_data_files says. */
const SMALLFILE_MAX = 34_359_721_984;

const pct = (used: number, max: number): string => (max > 0 ? ((100 * used) / max).toFixed(1) : '');
const pages = (bytes: number): number => Math.max(8192, Math.round(bytes / 8192) * 8192);

/** Enough smallfile data files for `size`: autoextensible files count at their maximum. */
const autoextendMax = (size: number): number => Math.max(1, Math.ceil(size / SMALLFILE_MAX)) * SMALLFILE_MAX;

function oracleRows(server: SyntheticServer): RunnerRow[] {
  const random = server.random('storage');
  const app = server.application.toUpperCase();
  // Data files take their full size on disk, so the application's two tablespaces share what the free
  // storage metric says is used. Its data tablespace is sized by hand (no autoextend): the one that fills.
  const dataSize = Math.max(1, Math.round((server.usedStorageBytes * 0.62) / GIB)) * GIB;
  const indexSize = Math.max(1, Math.round((server.usedStorageBytes * 0.3) / GIB)) * GIB;
  const tablespaces = [
    { name: `${app}_DATA`, used: dataSize * (0.55 + random() * 0.42), size: dataSize, max: dataSize },
    {
      name: `${app}_INDEX`,
      used: indexSize * (0.3 + random() * 0.5),
      size: indexSize,
      max: autoextendMax(indexSize),
    },
    { name: 'SYSAUX', used: (1.4 + random()) * GIB, size: 3 * GIB, max: SMALLFILE_MAX },
    { name: 'SYSTEM', used: (0.8 + random() * 0.3) * GIB, size: 1.25 * GIB, max: SMALLFILE_MAX },
    { name: 'UNDO_T1', used: (0.1 + random() * 0.6) * GIB, size: 2 * GIB, max: SMALLFILE_MAX },
    { name: 'USERS', used: (20 + random() * 200) * MIB, size: GIB, max: SMALLFILE_MAX },
    { name: 'RDSADMIN', used: (4 + random() * 2) * MIB, size: 7 * MIB, max: 3.2 * GIB },
  ].map((t) => ({ ...t, used: pages(t.used), size: pages(t.size), max: pages(t.max) }));
  return tablespaces
    .sort((a, b) => b.used / b.max - a.used / a.max || a.name.localeCompare(b.name))
    .map((t) => ({
      kind: 'tablespace',
      name: t.name,
      used_bytes: String(t.used),
      size_bytes: String(t.size),
      max_bytes: String(t.max),
      pct: pct(t.used, t.max),
    }));
}

/** How the data splits between the application's databases: the first takes most of it. */
function databaseSizes(server: SyntheticServer): { name: string; used: number }[] {
  const random = server.random('storage');
  const [main, ...others] = server.userDatabases;
  const shares = others.map(() => 0.08 + random() * 0.2);
  const rest = 1 - shares.reduce((sum, share) => sum + share, 0);
  return [
    { name: main ?? server.application, used: server.usedStorageBytes * rest },
    ...others.map((name, i) => ({ name, used: server.usedStorageBytes * shares[i]! })),
  ].sort((a, b) => b.used - a.used);
}

/**
 * The storage check's rows with the columns of sql-scripts/<family>/storage.sql: Oracle tablespaces against
 * their data files, the other engines' database sizes (the skill sets those against allocated storage).
 */
export function storageRows(server: SyntheticServer): RunnerRow[] {
  if (server.family === 'oracle') return oracleRows(server);
  const random = server.random('storage-detail');
  const databases = databaseSizes(server);
  switch (server.family) {
    case 'mysql':
      return databases.map((d) => ({
        kind: 'database',
        name: d.name,
        used_bytes: String(Math.round(d.used / 16_384) * 16_384),
        size_bytes: '',
        pct: '',
        free_bytes: String(Math.round(4 + random() * 60) * MIB),
        tables: String(Math.round(12 + random() * 180)),
      }));
    case 'postgres':
      return [
        ...databases.map((d) => ({ name: d.name, used: pages(d.used) })),
        { name: 'postgres', used: 7_700_000 + Math.round(random() * 900_000) },
      ]
        .sort((a, b) => b.used - a.used || a.name.localeCompare(b.name))
        .map((d) => ({
          kind: 'database',
          name: d.name,
          used_bytes: String(d.used),
          size_bytes: '',
          pct: '',
        }));
    case 'sqlserver':
      return databases.map((d) => ({
        kind: 'database',
        name: d.name,
        used_bytes: String(pages(d.used)),
        size_bytes: '',
        pct: '',
      }));
  }
}
