/** Who AWS blames for an error: the caller (4xx) or the service (5xx). */
export type ErrorFault = 'Sender' | 'Receiver';

export interface AwsErrorInit {
  /** The wire error code, e.g. DBInstanceNotFound, ParameterNotFound, ResourceNotFoundException. */
  readonly code: string;
  readonly message: string;
  /** HTTP status; 400 unless the real service says otherwise. */
  readonly status?: number;
  readonly fault?: ErrorFault;
  /**
   * For JSON services that are "awsQueryCompatible" (CloudWatch): the modelled shape name sent in `__type`,
   * while `code` travels in the x-amzn-query-error header. The SDK needs both to raise its typed exception.
   */
  readonly shapeName?: string;
}

/**
 * An error in AWS's own terms. Operations throw it; the protocol layer renders it in the exact wire shape of
 * the service (query XML ErrorResponse or JSON __type body) so the unchanged SDK raises its typed exception.
 */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fault: ErrorFault;
  readonly shapeName: string | undefined;

  constructor(init: AwsErrorInit) {
    super(init.message);
    this.name = 'AwsError';
    this.code = init.code;
    this.status = init.status ?? 400;
    this.fault = init.fault ?? (this.status >= 500 ? 'Receiver' : 'Sender');
    this.shapeName = init.shapeName;
  }
}
