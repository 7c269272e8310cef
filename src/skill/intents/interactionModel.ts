/**
 * The contract between interaction-model/<locale>.json and the handlers: intent names, slot names and the
 * slot type names. The model validation test checks the model against these, so a rename is caught.
 */
export const INTENTS = {
  NumberOfInstances: 'NumberOfInstances',
  ListInstances: 'ListInstances',
  ListApplications: 'ListApplications',
  ListInstancesForApplication: 'ListInstancesForApplication',
  CheckInstanceMetric: 'CheckInstanceMetric',
  ListAlarms: 'ListAlarms',
  CheckInstanceProperty: 'CheckInstanceProperty',
  TablespaceUsage: 'TablespaceUsage',
  ShowTopSession: 'ShowTopSession',
  ListEvents: 'ListEvents',
  CheckInstanceParameter: 'CheckInstanceParameter',
  CheckLog: 'CheckLog',
  ConnectInstance: 'ConnectInstance',
  RebootInstance: 'RebootInstance',
  FailoverInstance: 'FailoverInstance',
  SetNotifications: 'SetNotifications',
  FleetHealth: 'FleetHealth',
  FleetAlarms: 'FleetAlarms',
  ListInstancesByState: 'ListInstancesByState',
  BusiestInstances: 'BusiestInstances',
  PendingMaintenance: 'PendingMaintenance',
  CreateDatabaseUser: 'CreateDatabaseUser',
  ResetDatabaseUserPassword: 'ResetDatabaseUserPassword',
  RemoveDatabaseUser: 'RemoveDatabaseUser',
  ListDatabaseUsers: 'ListDatabaseUsers',
  WhoAmI: 'WhoAmI',
} as const;

export type CustomIntentName = keyof typeof INTENTS;

/**
 * Intents whose dialog the skill drives (delegationStrategy SKILL_RESPONSE); Alexa auto-delegates the rest.
 * A task checks what it can (the instance exists, is available, can fail over) before it asks for the MFA
 * code, so it must see the request before Alexa would elicit the code: the handler asks for it itself.
 */
export const SKILL_DRIVEN_DIALOGS: readonly CustomIntentName[] = [
  'RebootInstance',
  'FailoverInstance',
  // Database users behind MFA: a name user management would refuse is refused before any code prompt.
  'CreateDatabaseUser',
  'ResetDatabaseUserPassword',
  'RemoveDatabaseUser',
];

export const BUILTIN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.CancelIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
] as const;

export const SLOTS = {
  region: 'region',
  instance: 'instance',
  application: 'application',
  environment: 'environment',
  metric: 'metric',
  property: 'property',
  /** AMAZON.DURATION: "thirty minutes ago" arrives as PT30M. */
  ago: 'ago',
  window: 'window',
  logType: 'logType',
  parameter: 'parameter',
  sessionMetric: 'sessionMetric',
  /** AMAZON.NUMBER: the six-digit MFA code. */
  mfaCode: 'mfaCode',
  /** Optional Aurora reader to fail over to. */
  target: 'target',
  notificationState: 'notificationState',
  /** INSTANCE_STATE: stopped, rebooting, not available, ... */
  state: 'state',
  /** ENGINE: an engine family (MySQL takes in Aurora MySQL). */
  engine: 'engine',
  /** AMAZON.NUMBER: how many to rank ("top three"). */
  top: 'top',
  /** USER_NAME: a database user as spoken ("alice", "bob smith"), checked by the user-management allow-list. */
  userName: 'userName',
  /** DB_ROLE: readonly, readwrite or admin, as user management names them. */
  role: 'role',
} as const;

export const SLOT_TYPES = {
  REGION: 'REGION',
  DB_INSTANCE: 'DB_INSTANCE',
  APPLICATION: 'APPLICATION',
  ENVIRONMENT: 'ENVIRONMENT',
  METRIC: 'METRIC',
  PROPERTY: 'PROPERTY',
  WINDOW: 'WINDOW',
  LOG_TYPE: 'LOG_TYPE',
  DB_PARAMETER: 'DB_PARAMETER',
  SESSION_METRIC: 'SESSION_METRIC',
  NOTIFICATION_STATE: 'NOTIFICATION_STATE',
  INSTANCE_STATE: 'INSTANCE_STATE',
  ENGINE: 'ENGINE',
  USER_NAME: 'USER_NAME',
  DB_ROLE: 'DB_ROLE',
} as const;

/** Slots each custom intent declares, in the model and in the handlers. */
export const INTENT_SLOTS: Record<CustomIntentName, readonly (keyof typeof SLOTS)[]> = {
  NumberOfInstances: ['region', 'environment', 'application', 'engine'],
  ListInstances: ['region', 'environment', 'engine'],
  ListApplications: ['region'],
  ListInstancesForApplication: ['application', 'region', 'environment'],
  CheckInstanceMetric: ['metric', 'instance', 'region', 'ago', 'window'],
  ListAlarms: ['instance', 'region'],
  CheckInstanceProperty: ['property', 'instance', 'region'],
  TablespaceUsage: ['instance', 'region'],
  ShowTopSession: ['instance', 'region', 'sessionMetric'],
  ListEvents: ['instance', 'region'],
  CheckInstanceParameter: ['parameter', 'instance', 'region'],
  CheckLog: ['logType', 'instance', 'region'],
  ConnectInstance: ['instance', 'region'],
  RebootInstance: ['instance', 'region', 'mfaCode'],
  FailoverInstance: ['instance', 'region', 'mfaCode', 'target'],
  SetNotifications: ['notificationState'],
  FleetHealth: ['region', 'environment', 'application'],
  FleetAlarms: ['region', 'environment', 'application'],
  ListInstancesByState: ['state', 'region', 'environment'],
  BusiestInstances: ['metric', 'top', 'region', 'environment', 'application', 'engine'],
  PendingMaintenance: ['region', 'environment', 'application'],
  CreateDatabaseUser: ['role', 'userName', 'instance', 'region', 'mfaCode'],
  ResetDatabaseUserPassword: ['userName', 'instance', 'region', 'mfaCode'],
  RemoveDatabaseUser: ['userName', 'instance', 'region', 'mfaCode'],
  ListDatabaseUsers: ['instance', 'region'],
  WhoAmI: [],
};

/** Alexa's built-in slot types the model uses. */
export const BUILTIN_SLOT_TYPES = {
  DURATION: 'AMAZON.DURATION',
  NUMBER: 'AMAZON.NUMBER',
} as const;

/**
 * The slot type behind each slot name: the same name always carries the same type in every intent, so a
 * handler can read a slot without knowing which intent declared it. `target` is a DB instance (a reader).
 */
export const SLOT_TYPE_OF: Record<keyof typeof SLOTS, string> = {
  region: SLOT_TYPES.REGION,
  instance: SLOT_TYPES.DB_INSTANCE,
  application: SLOT_TYPES.APPLICATION,
  environment: SLOT_TYPES.ENVIRONMENT,
  metric: SLOT_TYPES.METRIC,
  property: SLOT_TYPES.PROPERTY,
  ago: BUILTIN_SLOT_TYPES.DURATION,
  window: SLOT_TYPES.WINDOW,
  logType: SLOT_TYPES.LOG_TYPE,
  parameter: SLOT_TYPES.DB_PARAMETER,
  sessionMetric: SLOT_TYPES.SESSION_METRIC,
  mfaCode: BUILTIN_SLOT_TYPES.NUMBER,
  target: SLOT_TYPES.DB_INSTANCE,
  notificationState: SLOT_TYPES.NOTIFICATION_STATE,
  state: SLOT_TYPES.INSTANCE_STATE,
  engine: SLOT_TYPES.ENGINE,
  top: BUILTIN_SLOT_TYPES.NUMBER,
  userName: SLOT_TYPES.USER_NAME,
  role: SLOT_TYPES.DB_ROLE,
};
