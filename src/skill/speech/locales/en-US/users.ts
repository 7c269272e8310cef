import { MasterSecretTag } from '../../../../contract/MasterSecretTag.js';
import { NO_MANAGED_USER, type UserNameProblem, type UserTaskRefusal } from '../../../domain/users/errors.js';
import type { DatabaseRole, UserAction, UserTaskResult } from '../../../domain/users/UserTask.js';
import type { UserStrings, UserWords } from '../../UserStrings.js';
import type { English } from './common.js';

const ROLES: Record<string, string> = {
  readonly: 'read-only',
  readwrite: 'read-write',
  admin: 'admin',
  custom: 'custom',
  none: 'no longer on the server',
};

const role = (id: string | undefined): string => ROLES[id ?? ''] ?? id ?? 'unknown';

/** "a read-only user" / "an admin user". */
function aRole(id: DatabaseRole | undefined): string {
  const words = role(id);
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}

/**
 * The login as it is on the server, said so a DBA can type it: words joined by underscores are read with
 * the underscores ("bob_smith" is "bob underscore smith"), since a login said as "bob smith" could be either.
 * Names said letter by letter would be odd; the cards show the login exactly.
 */
const spoken = (username: string | undefined): string =>
  username === undefined ? 'the user' : username.replace(/_/g, ' underscore ');

const on = (w: UserWords) => `the ${w.database} database of ${w.name} in ${w.region}`;

const VERBS: Record<UserAction, string> = {
  createUser: 'create a user',
  resetPassword: 'reset a password',
  removeUser: 'remove a user',
  listUsers: 'list the users',
};

const MASTER_TAG = MasterSecretTag.key.replace(/[:-]/g, ' ');

/** A read (the list) changes nothing by nature: only a refused or failed change says so. */
const unchanged = (action: UserAction): string => (action === 'listUsers' ? '' : ' Nothing was changed.');

function secretOf(result: UserTaskResult): string {
  return result.action === 'listUsers' ? '' : result.secretName;
}

/** The English words of database users by voice, in one variant's conventions. */
export function usersEnglish(en: English): UserStrings {
  const minutes = (ms: number) => en.plural(Math.max(1, Math.ceil(ms / 60_000)), 'minute', 'minutes');
  return {
    askUserName: (action) =>
      action === 'createUser'
        ? 'What should the new user be called?'
        : action === 'resetPassword'
          ? 'Whose password should I reset?'
          : 'Which user should I remove?',
    askRole: 'Which role: read only, read write or admin?',
    nameRefused: (problem: UserNameProblem, heard: string) => {
      switch (problem) {
        case 'missing':
          return "I didn't catch the user's name. Nothing was changed.";
        case 'tooLong':
          return `${heard} is too long for a database user name: at most 32 letters. Nothing was changed.`;
        case 'reserved':
          return `${heard} is a name the database or R. D. S. keeps for itself, so I won't use it. Nothing was changed.`;
        case 'invalid':
          return `${heard} can't be a database user name: use letters, digits and spaces, starting with a letter. Nothing was changed.`;
      }
    },
    refused: (reason: UserTaskRefusal, action, name, region, detail) =>
      `${refusal(reason, action, name, region, detail)}${unchanged(action)}`,
    confirm: (w) => {
      switch (w.action) {
        case 'createUser':
          return `Create ${aRole(w.role)} user ${spoken(w.username)} on ${on(w)}?`;
        case 'resetPassword':
          return `Reset the password of ${spoken(w.username)} on ${on(w)}? The old password stops working.`;
        case 'removeUser':
          return `Remove the user ${spoken(w.username)} from ${on(w)}? Its secret will be scheduled for deletion.`;
        case 'listUsers':
          return `List the users of ${on(w)}?`;
      }
    },
    cancelled: (action, name, region) =>
      `OK, I won't ${VERBS[action]} on ${name} in ${region}. Nothing was changed.`,
    done: (w, result) => {
      if (result.action === 'listUsers') {
        if (result.users === undefined)
          return `The list of users of ${on(w)} is done, but its result did not reach me. It is in Systems Manager, under the execution of DbVoice-UserManagement.`;
        if (result.users.length === 0) return `${capitalised(on(w))} has no users created by database fleet.`;
        const users = result.users.map((user) => `${spoken(user.username)} (${role(user.role)})`);
        const count = result.users.length === 1 ? 'one user' : `${result.users.length} users`;
        return `${capitalised(on(w))} has ${count} created by database fleet: ${en.list(users)}.`;
      }
      const secret = secretOf(result);
      switch (w.action) {
        case 'createUser':
          return `Done: ${spoken(w.username)} is ${aRole(w.role)} user on ${on(w)}. The password is in the secret ${secret}.`;
        case 'resetPassword':
          return `Done: the password of ${spoken(w.username)} on ${on(w)} is reset. The new one is in the secret ${secret}.`;
        default:
          return `Done: ${spoken(w.username)} is removed from ${on(w)}, and its secret ${secret} is scheduled for deletion.`;
      }
    },
    doneCard: (w, result) => {
      if (result.action === 'listUsers') {
        if (result.users === undefined) return `The list of users of ${on(w)} is in the execution's output.`;
        if (result.users.length === 0) return `No users created by database fleet on ${on(w)}.`;
        return result.users
          .map((user) => `${user.username} (${role(user.role)}): secret ${user.secretName}`)
          .join('\n');
      }
      return `User ${w.username ?? ''} on ${on(w)}\nSecret: ${secretOf(result)}`;
    },
    failed: (w, code) => {
      const user = spoken(w.username);
      const tail = unchanged(w.action);
      switch (code) {
        case 'UserAlreadyExists':
          return `${capitalised(user)} already exists on ${w.name} in ${w.region}.${tail}`;
        case 'SecretAlreadyExists':
          return `A secret for ${user} on ${on(w)} already exists, so I didn't create the user.${tail}`;
        case 'UserNotFound':
          return `There is no user ${user} on ${on(w)}.${tail}`;
        case NO_MANAGED_USER:
          return `There is no user ${user} created by database fleet on ${on(w)}.${tail}`;
        case 'NotManagedByDbvoice':
          return `${capitalised(user)} on ${w.name} wasn't created by database fleet, so I won't change it.${tail}`;
        case 'UserOwnsObjects':
          return `${capitalised(user)} owns tables or other objects in ${on(w)}, so I didn't remove it. The execution names them.${tail}`;
        case 'DatabaseNotFound':
          return `The ${w.database} database doesn't exist on ${w.name} in ${w.region}.${tail}`;
        case 'DatabaseConnectionFailure':
        case 'MasterSecretInvalid':
          return `User management couldn't log in to ${w.name} in ${w.region} with its master secret.${tail}`;
        case 'unknown':
          return `User management on ${w.name} in ${w.region} did not succeed. The Systems Manager execution has the details.`;
        default:
          return `User management on ${w.name} in ${w.region} failed with ${code.replace(/([a-z])([A-Z])/g, '$1 $2')}. The Systems Manager execution has the details.`;
      }
    },
    running: (w, mailed) => {
      const started = `I started it: ${w.action === 'listUsers' ? 'the list' : `the change to ${spoken(w.username)}`} on ${w.name} in ${w.region} is still running.`;
      return mailed
        ? `${started} I'll e-mail you when it's done.`
        : `${started} Its result will be in Systems Manager, under the execution of DbVoice-UserManagement.`;
    },
    startedMail: (w) => {
      const what =
        w.action === 'listUsers'
          ? `List the users of ${on(w)}.`
          : w.action === 'createUser'
            ? `Create ${aRole(w.role)} user ${w.username ?? ''} on ${on(w)}. Its password will be in the secret rds-${w.database}-${w.username ?? ''}-secret.`
            : w.action === 'resetPassword'
              ? `Reset the password of ${w.username ?? ''} on ${on(w)}. The new one will be in the secret rds-${w.database}-${w.username ?? ''}-secret.`
              : `Remove the user ${w.username ?? ''} from ${on(w)}.`;
      return `${what}\nThe user-management execution started and had not ended when Alexa answered. Its end is mailed to this topic.`;
    },
    unknownOutcome: (w) =>
      `I couldn't confirm that the ${w.action === 'listUsers' ? 'list' : 'change'} started on ${w.name} in ${w.region}, and I didn't send it again. Ask me for the users of ${w.name} in a minute to see what is true.`,
    locked: (remainingMs) =>
      `Changes that need M. F. A. are locked for another ${minutes(remainingMs)}, because three M. F. A. codes were rejected. Nothing was changed.`,
    lockedOut: (lockMs) =>
      `That code was not accepted either. After three rejected codes, changes that need M. F. A. are locked for ${minutes(lockMs)}.`,
    cardTitle: (w) =>
      w.action === 'listUsers'
        ? `${w.name}: users`
        : `${w.name}: ${w.username ?? 'user'} (${VERBS[w.action]})`,
    executionLabel: 'Execution',
  };
}

/** Why users cannot be managed on the instance, without the closing "Nothing was changed." */
function refusal(
  reason: UserTaskRefusal,
  action: UserAction,
  name: string,
  region: string,
  detail: string | undefined,
): string {
  const cannot = `I can't ${VERBS[action]} on ${name} in ${region}`;
  switch (reason) {
    case 'engineUnsupported':
      return `${cannot}: user management covers MySQL, MariaDB and PostgreSQL, and ${name} runs ${detail ?? 'another engine'}.`;
    case 'noDatabase':
      return `${cannot}: it has no database name to grant on.`;
    case 'systemDatabase':
      return `${cannot}: its database, ${detail ?? 'the default one'}, belongs to the server itself.`;
    case 'noMasterSecret':
      return `${cannot}: I don't know its master secret. An operator can name it with the tag ${MASTER_TAG}.`;
    case 'notAvailable':
      return `${cannot}: it is ${(detail ?? 'unavailable').replace(/-/g, ' ')}, not available.`;
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
