import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnDocument } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

/** The document name Session Manager reads its Region-wide preferences from. */
export const SESSION_PREFERENCES_DOCUMENT = 'SSM-SessionManagerRunShell';

export interface SessionManagerPreferencesProps {
  /** Where transcripts go; it must be KMS-encrypted (cloudWatchEncryptionEnabled refuses anything else). */
  readonly logGroup: ILogGroup;
  /** Encrypts session data between the client and the instance. */
  readonly key: IKey;
  /** Every session runs as this user, which must exist on the instance; never root. */
  readonly runAsUser: string;
  readonly idleTimeoutMinutes: number;
}

/**
 * Session Manager preferences for the account and Region, as Systems Manager's own guidance prescribes: every
 * session is logged to CloudWatch Logs, encrypted, ends when idle, and runs as an unprivileged user. They apply
 * to every managed instance in the Region, which is why a deployment that already has them can opt out
 * (dbvoice:sessionManagerPreferences=false).
 */
export class SessionManagerPreferences extends Construct {
  readonly document: CfnDocument;

  constructor(scope: Construct, id: string, props: SessionManagerPreferencesProps) {
    super(scope, id);
    this.document = new CfnDocument(this, 'Document', {
      name: SESSION_PREFERENCES_DOCUMENT,
      documentType: 'Session',
      documentFormat: 'JSON',
      // The document exists once per account and Region: a new version, never a replacement.
      updateMethod: 'NewVersion',
      content: {
        schemaVersion: '1.0',
        description: 'dbvoice: logged, encrypted, time-limited sessions as an unprivileged user',
        sessionType: 'Standard_Stream',
        inputs: {
          s3BucketName: '',
          s3KeyPrefix: '',
          s3EncryptionEnabled: true,
          cloudWatchLogGroupName: props.logGroup.logGroupName,
          cloudWatchEncryptionEnabled: true,
          cloudWatchStreamingEnabled: true,
          kmsKeyId: props.key.keyId,
          runAsEnabled: true,
          runAsDefaultUser: props.runAsUser,
          idleSessionTimeout: String(props.idleTimeoutMinutes),
          maxSessionDuration: '',
          shellProfile: { windows: '', linux: '' },
        },
      },
    });
  }
}
