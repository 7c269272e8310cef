import { Annotations, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { FlowLogDestination, FlowLogTrafficType, IpAddresses, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** The stand-in VPC's range; the bastion's database egress is limited to it. */
export const DEFAULT_NETWORK_CIDR = '10.80.0.0/20';

export interface NetworkStackProps extends StackProps {
  readonly logRetention: RetentionDays;
}

/**
 * A small VPC for a Region that has no `dbvoice:networks` entry, so `cdk synth` and a first deployment work
 * with no context at all. It is a starting point, not where a bastion belongs: databases in another VPC are
 * only reachable through peering or a transit gateway. Give the database VPC in context for real use.
 *
 * One NAT gateway (one AZ) because the bastion must reach SSM, S3 (package repositories, scripts) and the
 * notification topic, which lives in the home Region — a cross-Region call no interface endpoint serves.
 */
export class NetworkStack extends Stack {
  readonly vpc: Vpc;

  constructor(scope: Construct, id: string, props: NetworkStackProps) {
    super(scope, id, props);

    Annotations.of(this).addWarningV2(
      'dbvoice:default-network',
      `No dbvoice:networks entry for ${this.region}: creating a dedicated VPC (${DEFAULT_NETWORK_CIDR}, one NAT gateway). ` +
        'Put the bastion in the database VPC instead (lib/README.md, "Context").',
    );

    const flowLogs = new LogGroup(this, 'FlowLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.vpc = new Vpc(this, 'Vpc', {
      ipAddresses: IpAddresses.cidr(DEFAULT_NETWORK_CIDR),
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'egress', subnetType: SubnetType.PUBLIC, cidrMask: 26 },
        { name: 'private', subnetType: SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
      // Nothing here uses the default security group; locking it down needs a custom-resource Lambda, which
      // would be one more function to patch for no gain.
      restrictDefaultSecurityGroup: false,
      flowLogs: {
        all: {
          destination: FlowLogDestination.toCloudWatchLogs(flowLogs),
          trafficType: FlowLogTrafficType.ALL,
        },
      },
    });
  }

  /**
   * The Region's first two zones, resolved by CloudFormation. With an account in the environment CDK would
   * otherwise look the zones up at synth time, which needs credentials; the synth must work offline.
   */
  override get availabilityZones(): string[] {
    return [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())];
  }
}
