import type { DbInstanceSummary } from '../domain/fleet/DbInstanceSummary.js';
import { kmsKeyName } from '../domain/fleet/kmsKeyName.js';
import { windowTimes } from '../domain/fleet/windowTimes.js';
import type { PropertyId } from '../domain/vocabulary.js';
import { engineRelease } from './engineRelease.js';
import type { SpeechStrings } from './SpeechStrings.js';

/** The spoken value of one instance property, or undefined when RDS reports none. */
export function propertyValue(
  instance: DbInstanceSummary,
  property: PropertyId,
  strings: SpeechStrings,
  /** When the question is asked and the Region's spoken name, for windows said in local time. */
  asked: { readonly now: Date; readonly regionName: string } = {
    now: new Date(),
    regionName: instance.region,
  },
): string | undefined {
  const words = strings.property;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? words.yes : words.no;
  const onOff = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? words.enabled : words.disabled;
  switch (property) {
    case 'status':
      return instance.status;
    case 'engine':
      return strings.engineName(instance.engine);
    case 'engineVersion':
      return instance.engineVersion
        ? words.engineVersion(engineRelease(instance.engine, instance.engineVersion))
        : undefined;
    case 'instanceClass':
      return instance.instanceClass || undefined;
    case 'storageType':
      return instance.storageType;
    case 'allocatedStorage':
      // Aurora reports 1 here; its storage grows with the cluster volume, so the number would mislead.
      return instance.allocatedStorageGb !== undefined && !instance.engine.startsWith('aurora')
        ? words.gigabytes(instance.allocatedStorageGb)
        : undefined;
    case 'multiAz':
      return words.multiAz(instance.multiAz);
    case 'availabilityZone':
      return instance.availabilityZone;
    case 'endpoint':
      if (!instance.endpoint) return undefined;
      return instance.endpoint.port
        ? `${instance.endpoint.address}, port ${instance.endpoint.port}`
        : instance.endpoint.address;
    case 'parameterGroup':
      return instance.parameterGroups.join(', ') || undefined;
    case 'backupRetention':
      return instance.backupRetentionDays === undefined
        ? undefined
        : words.days(instance.backupRetentionDays);
    case 'latestRestorableTime':
      return instance.latestRestorableTime ? words.dateTime(instance.latestRestorableTime) : undefined;
    case 'masterUsername':
      return instance.masterUsername;
    case 'publiclyAccessible':
      return yesNo(instance.publiclyAccessible);
    case 'autoMinorUpgrade':
      return onOff(instance.autoMinorVersionUpgrade);
    case 'licenseModel':
      return instance.licenseModel?.replace(/-/g, ' ');
    case 'dbName':
      return instance.dbName;
    case 'cluster':
      return instance.clusterIdentifier ?? words.notClusterMember;
    case 'storageEncrypted':
      return instance.storageEncrypted === undefined
        ? undefined
        : words.encryption(instance.storageEncrypted, kmsKeyName(instance.kmsKeyId));
    case 'iops':
      return instance.iops === undefined ? undefined : String(instance.iops);
    case 'maintenanceWindow':
    case 'backupWindow': {
      const window = property === 'maintenanceWindow' ? instance.maintenanceWindow : instance.backupWindow;
      const times = window ? windowTimes(window, instance.region, asked.now) : undefined;
      // A window RDS writes in a shape this skill does not know is still said, as RDS wrote it.
      return times ? words.window(times, asked.regionName) : window;
    }
    case 'deletionProtection':
      return onOff(instance.deletionProtection);
    case 'performanceInsights':
      return onOff(instance.performanceInsights);
    case 'caCertificate':
      return instance.caCertificate;
    case 'certificateExpiry':
      return instance.certificateValidTill ? words.date(instance.certificateValidTill) : undefined;
  }
}
