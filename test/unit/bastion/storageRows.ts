/** Rows of the TablespaceUsage check's result block, as the runner script writes them. */
const GIB = 1024 ** 3;

/** An Oracle tablespace `pct` % full of its `maxGib` GiB. */
export function tablespace(name: string, pct: number, maxGib: number) {
  const max = maxGib * GIB;
  return {
    kind: 'tablespace',
    name,
    used_bytes: String(Math.round((max * pct) / 100)),
    size_bytes: String(max),
    max_bytes: String(max),
    pct: String(pct),
  };
}

/** A database (MySQL, PostgreSQL) using `gib` GiB, with no limit of its own. */
export function database(name: string, gib: number) {
  return { kind: 'database', name, used_bytes: String(Math.round(gib * GIB)), size_bytes: '', pct: '' };
}
