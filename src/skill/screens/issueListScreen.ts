import type { DbInstanceSummary } from '../domain/fleet/DbInstanceSummary.js';
import type { HealthIssue } from '../domain/health/HealthIssue.js';
import type { SpeechStrings } from '../speech/SpeechStrings.js';
import { writtenNameOf } from '../speech/writtenNameOf.js';
import { type ListItem, listScreen, SCREEN_ACTIONS } from './listScreen.js';
import type { Screen } from './Screen.js';

/**
 * The ranked issues of a fleet-health answer as a list: what is wrong in a word or two, the Region and the
 * engine. An issue of an Aurora cluster is shown under the cluster's name; touching it asks for the status
 * of its first member (identifier order), the instance the cluster's issue was found on.
 */
export function issueListScreen(
  strings: SpeechStrings,
  issues: readonly HealthIssue[],
  instances: readonly DbInstanceSummary[],
): Screen {
  const ordered = [...instances].sort((a, b) => a.identifier.localeCompare(b.identifier));
  const rows = issues.map((issue): ListItem => {
    const inRegion = ordered.filter((i) => i.region === issue.region);
    const instance =
      inRegion.find((i) => i.name === issue.name) ?? inRegion.find((i) => i.clusterIdentifier === issue.name);
    return {
      // An instance's reading beside its name; a cluster's row keeps the cluster's name.
      label: instance?.name === issue.name ? writtenNameOf(instance, strings.locale) : issue.name,
      name: instance?.name ?? issue.name,
      region: issue.region,
      status: strings.screen.issueStatus(issue),
      ok: false,
      detail: instance ? strings.engineName(instance.engine) : '',
      action: SCREEN_ACTIONS.status,
    };
  });
  return listScreen(strings, 'issues', rows);
}
