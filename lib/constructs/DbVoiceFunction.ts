import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface DbVoiceFunctionProps {
  /**
   * A directory from `npm run build` (see src/build/LAMBDA_BUNDLES.ts) whose index.js exports `handler`.
   * Deployed as it is: the same ESM bundle, code-split chunks included, that the tests and benchmarks ran.
   */
  readonly bundleDir: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly memorySize?: number;
  readonly environment?: Record<string, string>;
  readonly functionName?: string;
  readonly logRetention: RetentionDays;
  readonly vpc?: IVpc;
  readonly vpcSubnets?: SubnetSelection;
  readonly securityGroups?: ISecurityGroup[];
}

/**
 * A Lambda with the project's defaults: Node.js 22 on ARM64, the project's own ESM bundle as `npm run build`
 * wrote it (pinned AWS SDK inside, never re-bundled here: a single-file re-bundle measured 1.7x slower to
 * cold-start Launch), source maps, its own log group with retention, and a role that holds only what this
 * construct can name (its log group, ENIs when in a VPC). Callers grant the rest.
 */
export class DbVoiceFunction extends Construct {
  readonly function: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: DbVoiceFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      // Operational logs, not records: removing the stack should not leave an orphan behind.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const basics = new PolicyDocument({
      statements: [
        new PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [this.logGroup.logGroupArn],
        }),
      ],
    });
    if (props.vpc) {
      // What AWSLambdaVPCAccessExecutionRole grants, inline so the role carries no AWS managed policy.
      basics.addStatements(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: [
            'ec2:CreateNetworkInterface',
            'ec2:DescribeNetworkInterfaces',
            'ec2:DescribeSubnets',
            'ec2:DeleteNetworkInterface',
            'ec2:AssignPrivateIpAddresses',
            'ec2:UnassignPrivateIpAddresses',
          ],
          resources: ['*'],
        }),
      );
    }
    // Inline on the role (not a separate policy) so the function never exists without its log permissions.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
      inlinePolicies: { basics },
    });
    if (props.vpc) {
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Lambda manages its own VPC network interfaces: ec2:Describe* has no resource-level permissions and the ' +
          'ENI ids are not known in advance (same statement as AWSLambdaVPCAccessExecutionRole).',
      });
    }

    if (!existsSync(join(props.bundleDir, 'index.js'))) {
      throw new Error(
        `${props.bundleDir}/index.js is missing: run \`npm run build\` first (cdk.json's app command does it before every synth)`,
      );
    }
    this.function = new LambdaFunction(this, 'Function', {
      code: Code.fromAsset(props.bundleDir),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize ?? 512,
      role: this.role,
      logGroup: this.logGroup,
      ...(props.functionName ? { functionName: props.functionName } : {}),
      ...(props.vpc
        ? { vpc: props.vpc, vpcSubnets: props.vpcSubnets, securityGroups: props.securityGroups }
        : {}),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x is the runtime the bundle is built and tested for (esbuild target node20, engines >= 20.19) ' +
        'and Lambda supports it into 2027; moving to a newer runtime is a tested change, not an automatic one.',
    });
  }
}
