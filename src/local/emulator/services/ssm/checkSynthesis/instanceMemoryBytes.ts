const GIB = 1024 ** 3;

/** Burstable classes have fixed sizes rather than a memory-per-vCPU ratio. */
const BURSTABLE_GIB: Readonly<Record<string, number>> = {
  micro: 1,
  small: 2,
  medium: 4,
  large: 8,
  xlarge: 16,
  '2xlarge': 32,
};

/** GiB per vCPU of the RDS class families (m: general purpose, r/z: memory optimised, x: more so). */
function gibPerVcpu(family: string): number {
  if (family.startsWith('x')) return 16;
  if (family.startsWith('r') || family.startsWith('z')) return 8;
  return 4;
}

/**
 * The memory of an RDS instance class ("db.r6g.xlarge" = 32 GiB), which RDS's default parameter formulas
 * divide ({DBInstanceClassMemory/12582880} and the like). Unknown classes count as 8 GiB.
 */
export function instanceMemoryBytes(instanceClass: string): number {
  const match = /^db\.([a-z]+\d*[a-z-]*)\.(\w+)$/.exec(instanceClass.toLowerCase());
  if (!match) return 8 * GIB;
  const family = match[1]!;
  const size = match[2]!;
  if (family.startsWith('t')) return (BURSTABLE_GIB[size] ?? 8) * GIB;
  const vcpus =
    size === 'large' ? 2 : size === 'xlarge' ? 4 : 4 * Number(/^(\d+)xlarge$/.exec(size)?.[1] ?? 0);
  if (vcpus === 0) return 8 * GIB;
  return vcpus * gibPerVcpu(family) * GIB;
}
