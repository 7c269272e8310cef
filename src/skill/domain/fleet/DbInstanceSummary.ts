import type { DBInstance } from '@aws-sdk/client-rds';

/** One database instance as the skill talks about it: its tag-given names plus the raw RDS description. */
export interface DbInstanceSummary {
  readonly identifier: string;
  readonly arn: string;
  readonly region: string;
  /** The `instance` tag, or the identifier when the tag is missing. */
  readonly name: string;
  readonly application?: string;
  readonly environment?: string;
  readonly engine: string;
  readonly engineVersion: string;
  readonly status: string;
  readonly instanceClass: string;
  readonly multiAz: boolean;
  readonly clusterIdentifier?: string;
  readonly endpoint?: { readonly address: string; readonly port: number };
  /** The full DescribeDBInstances entry, for properties. */
  readonly raw: DBInstance;
}
