import type { DbInstanceSummary } from '../domain/fleet/DbInstanceSummary.js';
import type { PropertyId } from '../domain/vocabulary.js';
import type { SpeechStrings } from './SpeechStrings.js';

/** The spoken value of one instance property, or undefined when RDS reports none. */
export function propertyValue(
  instance: DbInstanceSummary,
  property: PropertyId,
  strings: SpeechStrings,
): string | undefined {
  const raw = instance.raw;
  const words = strings.property;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? words.yes : words.no;
  const onOff = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? words.enabled : words.disabled;
  switch (property) {
    case 'status':
      return raw.DBInstanceStatus;
    case 'engine':
      return raw.Engine ? strings.engineName(raw.Engine) : undefined;
    case 'engineVersion':
      return raw.EngineVersion;
    case 'instanceClass':
      return raw.DBInstanceClass;
    case 'storageType':
      return raw.StorageType;
    case 'allocatedStorage':
      // Aurora reports 1 here; its storage grows with the cluster volume, so the number would mislead.
      return raw.AllocatedStorage !== undefined && !instance.engine.startsWith('aurora')
        ? words.gigabytes(raw.AllocatedStorage)
        : undefined;
    case 'multiAz':
      return raw.MultiAZ === undefined ? undefined : words.multiAz(raw.MultiAZ);
    case 'availabilityZone':
      return raw.AvailabilityZone;
    case 'endpoint':
      return raw.Endpoint?.Address
        ? `${raw.Endpoint.Address}, port ${raw.Endpoint.Port ?? ''}`.trim()
        : undefined;
    case 'parameterGroup':
      return raw.DBParameterGroups?.map((g) => g.DBParameterGroupName).join(', ') || undefined;
    case 'backupRetention':
      return raw.BackupRetentionPeriod === undefined ? undefined : words.days(raw.BackupRetentionPeriod);
    case 'latestRestorableTime':
      return raw.LatestRestorableTime ? words.dateTime(new Date(raw.LatestRestorableTime)) : undefined;
    case 'masterUsername':
      return raw.MasterUsername;
    case 'publiclyAccessible':
      return yesNo(raw.PubliclyAccessible);
    case 'autoMinorUpgrade':
      return onOff(raw.AutoMinorVersionUpgrade);
    case 'licenseModel':
      return raw.LicenseModel?.replace(/-/g, ' ');
    case 'dbName':
      return raw.DBName;
    case 'cluster':
      return raw.DBClusterIdentifier ?? words.notClusterMember;
    case 'storageEncrypted':
      return onOff(raw.StorageEncrypted);
    case 'iops':
      return raw.Iops === undefined ? undefined : String(raw.Iops);
  }
}
