/**
 * One database instance as the skill talks about it: its tag-given names and what DescribeDBInstances says
 * of it, in the skill's own words. No SDK shape passes this boundary: a field the skill needs is added here.
 */
export interface DbInstanceSummary {
  readonly identifier: string;
  readonly arn: string;
  readonly region: string;
  /** The `instance` tag, or the identifier when the tag is missing. */
  readonly name: string;
  /** Readings of `name` by language, from `<instance tag>-<language>` tags ("instance-ja": "レポーティング"). */
  readonly readings?: Readonly<Record<string, string>>;
  readonly application?: string;
  /** Readings of `application` by language, from `<application tag>-<language>` tags. */
  readonly applicationReadings?: Readonly<Record<string, string>>;
  readonly environment?: string;
  /** The RDS engine id ("aurora-postgresql"); "unknown" if RDS gave none. */
  readonly engine: string;
  readonly engineVersion: string;
  /** The RDS status id ("available", "backing-up"); "unknown" if RDS gave none. */
  readonly status: string;
  readonly instanceClass: string;
  readonly multiAz: boolean;
  /** The instance carries TaskOptInTag, so IAM lets the skill reboot it (and fail it over, outside Aurora). */
  readonly optedInToTasks: boolean;
  readonly clusterIdentifier?: string;
  readonly endpoint?: { readonly address: string; readonly port: number };
  /** The initial database, when one was created with the instance. */
  readonly dbName?: string;
  /** Allocated storage in GiB (Aurora reports 1: its volume grows on its own). */
  readonly allocatedStorageGb?: number;
  readonly storageType?: string;
  readonly availabilityZone?: string;
  readonly parameterGroups: readonly string[];
  readonly backupRetentionDays?: number;
  readonly latestRestorableTime?: Date;
  readonly masterUsername?: string;
  readonly publiclyAccessible?: boolean;
  readonly autoMinorVersionUpgrade?: boolean;
  readonly licenseModel?: string;
  readonly storageEncrypted?: boolean;
  /** Provisioned IOPS, when set. */
  readonly iops?: number;
  /** KmsKeyId as RDS gives it (an ARN), when the storage is encrypted. */
  readonly kmsKeyId?: string;
  /** PreferredMaintenanceWindow, in UTC: "sun:08:00-sun:08:30". */
  readonly maintenanceWindow?: string;
  /** PreferredBackupWindow, in UTC: "07:00-07:30". */
  readonly backupWindow?: string;
  readonly deletionProtection?: boolean;
  readonly performanceInsights?: boolean;
  /**
   * The master secret user management logs in with: the MasterSecretTag's value, else the secret RDS manages
   * for the instance (MasterUserSecret). Absent: users cannot be managed by voice here.
   */
  readonly masterSecret?: string;
  /** CACertificateIdentifier: "rds-ca-rsa2048-g1". */
  readonly caCertificate?: string;
  /** CertificateDetails.ValidTill: when the server certificate the instance presents expires. */
  readonly certificateValidTill?: Date;
}
