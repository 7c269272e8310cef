import { TaskOptInTag } from '../../../contract/TaskOptInTag.js';

/**
 * Whether an instance's or cluster's TagList (inline in DescribeDBInstances / DescribeDBClusters) carries
 * TaskOptInTag. It is judged as IAM's `aws:ResourceTag` condition judges it, key without regard to case and
 * value exactly, so the skill refuses up front exactly what IAM would deny after the code and the yes.
 */
export function optedInToTasks(tags: readonly { Key?: string; Value?: string }[] | undefined): boolean {
  const key = TaskOptInTag.key.toLowerCase();
  return (tags ?? []).some((tag) => tag.Key?.toLowerCase() === key && tag.Value === TaskOptInTag.value);
}
