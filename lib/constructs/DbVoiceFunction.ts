import { type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface DbVoiceFunctionProps {
  /** The TypeScript entry exporting `handler`. */
  readonly entry: string;
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
 * Some CommonJS dependencies call require() for Node built-ins; an ESM bundle has to define it. Same banner
 * as src/build/bundleLambdas.mjs so the deployed code is the code the tests ran.
 */
const REQUIRE_BANNER =
  "import { createRequire as __dbvoiceCreateRequire } from 'node:module';const require = __dbvoiceCreateRequire(import.meta.url);";

/**
 * A Lambda with the project's defaults: Node.js 22 on ARM64, an ESM bundle built by the local esbuild (never
 * Docker) with the pinned AWS SDK inside, source maps, its own log group with retention, and a role that holds
 * only what this construct can name (its log group, ENIs when in a VPC). Callers grant the rest.
 */
export class DbVoiceFunction extends Construct {
  readonly function: NodejsFunction;
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

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
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
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node20',
        mainFields: ['module', 'main'],
        banner: REQUIRE_BANNER,
        minify: true,
        keepNames: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.EXTERNAL,
        sourcesContent: false,
        // Ship the SDK version package-lock.json pins instead of whatever the runtime happens to carry.
        bundleAwsSDK: true,
        externalModules: [],
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
