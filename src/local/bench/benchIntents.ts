import type { Intent } from 'ask-sdk-model';

/** One request the benchmarks send, as the IntentRequest Alexa would deliver (or a Launch). */
export interface BenchIntent {
  readonly label: string;
  /** Undefined for a LaunchRequest. */
  readonly intent?: Intent;
  /** Whether the answer comes from the Region inventory alone (0 AWS calls when the cache is warm). */
  readonly inventoryOnly: boolean;
}

function intent(name: string, slots: Record<string, string>): Intent {
  return {
    name,
    confirmationStatus: 'NONE',
    slots: Object.fromEntries(
      Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value, confirmationStatus: 'NONE' }]),
    ),
  };
}

/**
 * The intents measured, over an instance every synthetic fleet has (syntheticFleet names its first
 * instance prod-hr-0001). Reboot and failover are left out: each needs a fresh TOTP code and a
 * confirmation turn, which would measure the dialog rather than the skill.
 */
export function benchIntents(region: string, instance = 'prod-hr-0001'): BenchIntent[] {
  const on = { instance, region };
  return [
    { label: 'Launch', inventoryOnly: true },
    { label: 'Help', intent: intent('AMAZON.HelpIntent', {}), inventoryOnly: true },
    { label: 'NumberOfInstances', intent: intent('NumberOfInstances', { region }), inventoryOnly: true },
    { label: 'ListInstances', intent: intent('ListInstances', { region }), inventoryOnly: true },
    { label: 'ListApplications', intent: intent('ListApplications', { region }), inventoryOnly: true },
    {
      label: 'ListInstancesForApplication',
      intent: intent('ListInstancesForApplication', { application: 'hr', region }),
      inventoryOnly: true,
    },
    {
      label: 'CheckInstanceProperty',
      intent: intent('CheckInstanceProperty', { property: 'status', ...on }),
      inventoryOnly: true,
    },
    {
      label: 'CheckInstanceMetric',
      intent: intent('CheckInstanceMetric', { metric: 'CPUUtilization', ...on }),
      inventoryOnly: false,
    },
    { label: 'ListAlarms', intent: intent('ListAlarms', on), inventoryOnly: false },
    { label: 'ListEvents', intent: intent('ListEvents', on), inventoryOnly: false },
    { label: 'ConnectInstance', intent: intent('ConnectInstance', on), inventoryOnly: false },
    { label: 'TablespaceUsage', intent: intent('TablespaceUsage', on), inventoryOnly: false },
    { label: 'ShowTopSession', intent: intent('ShowTopSession', on), inventoryOnly: false },
    {
      label: 'CheckInstanceParameter',
      intent: intent('CheckInstanceParameter', { parameter: 'max_connections', ...on }),
      inventoryOnly: false,
    },
    { label: 'CheckLog', intent: intent('CheckLog', { logType: 'error', ...on }), inventoryOnly: false },
  ];
}
