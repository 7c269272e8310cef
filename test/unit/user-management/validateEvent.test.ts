import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/user-management/errors.js';
import { validateEvent } from '../../../src/user-management/validateEvent.js';

const base = { db_name: 'app_db', rds_secret_name: 'rds-master-credentials' };

describe('Validation: event', () => {
  it('turns a create_user event into a request with the defaults filled in', () => {
    // Act
    const request = validateEvent({
      ...base,
      action: 'create_user',
      username: 'app_reader',
      role: 'readonly',
    });

    // Assess
    expect(request).toEqual({
      action: 'create_user',
      database: 'app_db',
      masterSecretId: 'rds-master-credentials',
      username: 'app_reader',
      host: '%',
      secretName: 'rds-app_db-app_reader-secret',
      role: 'readonly',
      readerRoleArns: [],
    });
  });

  it('treats the empty values Automation sends for unset parameters as absent', () => {
    // Act
    const request = validateEvent({
      ...base,
      action: 'delete_user',
      username: 'bob',
      role: '',
      host: '',
      secret_name: '',
      reader_role_arns: [],
    });

    // Assess
    expect(request).toMatchObject({ action: 'delete_user', host: '%', secretName: 'rds-app_db-bob-secret' });
  });

  it('keeps a given host (lower-cased), secret name, master ARN and de-duplicated reader roles', () => {
    // Prepare
    const master = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/master-AbCdEf';
    const reader = 'arn:aws:iam::123456789012:role/app/reader';

    // Act
    const request = validateEvent({
      action: 'create_user',
      db_name: 'app',
      username: 'bob',
      role: 'admin',
      host: 'App.Example.COM',
      secret_name: 'rds-app/bob',
      reader_role_arns: [reader, reader],
      rds_secret_name: master,
    });

    // Assess
    expect(request).toMatchObject({
      host: 'app.example.com',
      secretName: 'rds-app/bob',
      masterSecretId: master,
      readerRoleArns: [reader],
    });
  });

  it.each([
    '%',
    'localhost',
    '127.0.0.1',
    '10.0.%',
    '10.%.%.%',
    '%.example.com',
    'db-client-01.internal',
    '192.168.1.0/255.255.255.0',
  ])('accepts the host %s', (host) => {
    expect(validateEvent({ ...base, action: 'reset_password', username: 'bob', host })).toMatchObject({
      host,
    });
  });

  it('accepts 32-character user names and 64-character database names, the limits', () => {
    // Act
    const request = validateEvent({
      action: 'reset_password',
      db_name: 'd'.repeat(64),
      username: `u${'x'.repeat(31)}`,
      rds_secret_name: 'rds-master',
    });

    // Assess
    expect(request).toMatchObject({ username: `u${'x'.repeat(31)}` });
  });

  it('lets list_users filter by username and host, and needs neither', () => {
    expect(validateEvent({ ...base, action: 'list_users' })).toEqual({
      action: 'list_users',
      database: 'app_db',
      masterSecretId: 'rds-master-credentials',
    });
    expect(validateEvent({ ...base, action: 'list_users', username: 'bob', host: '%' })).toMatchObject({
      username: 'bob',
      host: '%',
    });
  });

  it('names the field and the allowed values in its error', () => {
    // Act
    const thrown = (() => {
      try {
        validateEvent({ ...base, action: 'update_grant', username: 'bob', role: 'owner' });
      } catch (error) {
        return error;
      }
    })();

    // Assess
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({
      field: 'role',
      code: 'InvalidInput',
      details: { allowed: ['readonly', 'readwrite', 'admin'] },
    });
  });
});
