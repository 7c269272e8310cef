#!/usr/bin/env node
// Wiring only: read the dbvoice:* context, create the stacks, run cdk-nag. What each stack holds is in lib/.
import { App, Tags, Validations } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BastionStack } from '../lib/BastionStack.js';
import { readDbVoiceContext } from '../lib/config/DbVoiceContext.js';
import type { DatabaseNetwork } from '../lib/constructs/resolveDatabaseNetwork.js';
import { DEFAULT_NETWORK_CIDR, NetworkStack } from '../lib/NetworkStack.js';
import { SkillStack } from '../lib/SkillStack.js';
import { ToolingStack } from '../lib/ToolingStack.js';
import { UserManagementStack } from '../lib/UserManagementStack.js';

const app = new App();
const settings = readDbVoiceContext(app.node);
// RetentionDays values are the day counts; readDbVoiceContext only accepts valid ones.
const logRetention = settings.logRetentionDays as RetentionDays;
const inRegion = (region: string) => ({ account: settings.account, region });

new SkillStack(app, 'DbVoice-Skill', {
  env: inRegion(settings.homeRegion),
  description: 'dbvoice: Alexa skill Lambda, notification topic, state table',
  settings,
  logRetention,
});

for (const [index, region] of settings.regions.entries()) {
  const fromContext = settings.networks[region];
  let network: DatabaseNetwork;
  if (fromContext) {
    network = { kind: 'context', network: fromContext };
  } else {
    const networkStack = new NetworkStack(app, `DbVoice-Network-${region}`, {
      env: inRegion(region),
      description: `dbvoice: stand-in VPC for ${region} (no dbvoice:networks entry)`,
      logRetention,
    });
    network = { kind: 'vpc', vpc: networkStack.vpc, cidr: DEFAULT_NETWORK_CIDR };
  }
  new BastionStack(app, `DbVoice-Bastion-${region}`, {
    env: inRegion(region),
    description: `dbvoice: SQL-check bastion for ${region}`,
    settings,
    network,
    logRetention,
  });
  new UserManagementStack(app, `DbVoice-UserManagement-${region}`, {
    env: inRegion(region),
    description: `dbvoice: MySQL user-management Lambda for ${region}`,
    settings,
    network,
    logRetention,
    // IAM is global: the first managed Region's stack creates the account's Automation execution role.
    createAutomationRole: index === 0,
  });
}

new ToolingStack(app, 'DbVoice-Tooling', {
  env: { account: settings.centralAccount ?? settings.account, region: settings.homeRegion },
  description: 'dbvoice: user-management Automation document and its administration role (central account)',
  databaseAccounts: settings.databaseAccounts,
  createAdministrationRole: settings.createAutomationAdministrationRole,
});

Tags.of(app).add('project', 'dbvoice');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
