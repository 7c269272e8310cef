import { Validations } from 'aws-cdk-lib';
import { type IPeer, type IVpc, Peer, type SubnetSelection, Vpc } from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import type { NetworkContext } from '../config/DbVoiceContext.js';

/** Either the database VPC named in context, or a VPC object from NetworkStack (same Region and account). */
export type DatabaseNetwork =
  | { readonly kind: 'context'; readonly network: NetworkContext }
  | { readonly kind: 'vpc'; readonly vpc: IVpc; readonly cidr: string };

export interface ResolvedNetwork {
  readonly vpc: IVpc;
  readonly subnets: SubnetSelection;
  /** Where databases may be when no database security group is named: the VPC CIDR, else anywhere. */
  readonly databasePeer: IPeer;
}

/**
 * Imports the database VPC into `scope`. With subnet ids in context nothing is looked up (offline synth);
 * with only a VPC id, Vpc.fromLookup reads it once with credentials and caches it in cdk.context.json.
 */
export function resolveDatabaseNetwork(scope: Construct, network: DatabaseNetwork): ResolvedNetwork {
  if (network.kind === 'vpc') {
    return {
      vpc: network.vpc,
      subnets: { subnets: network.vpc.privateSubnets },
      databasePeer: Peer.ipv4(network.cidr),
    };
  }
  const { vpcId, privateSubnetIds, availabilityZones, vpcCidr } = network.network;
  const vpc = privateSubnetIds
    ? Vpc.fromVpcAttributes(scope, 'DatabaseVpc', {
        vpcId,
        availabilityZones: [...(availabilityZones ?? [])],
        privateSubnetIds: [...privateSubnetIds],
        ...(vpcCidr ? { vpcCidrBlock: vpcCidr } : {}),
      })
    : Vpc.fromLookup(scope, 'DatabaseVpc', { vpcId });
  Validations.of(vpc).acknowledge({
    id: 'Annotation::@aws-cdk/aws-ec2:noSubnetRouteTableId',
    reason:
      'Nothing here adds routes or endpoints to the imported subnets, so their route tables are never read.',
  });
  // A looked-up VPC may have only isolated subnets (VPC endpoints, no NAT); either kind keeps the node private.
  const subnets = vpc.privateSubnets.length > 0 ? vpc.privateSubnets : vpc.isolatedSubnets;
  return {
    vpc,
    subnets: { subnets },
    databasePeer: vpcCidr ? Peer.ipv4(vpcCidr) : Peer.anyIpv4(),
  };
}
