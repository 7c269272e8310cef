import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES } from '../../../src/skill/domain/bastion/CheckName.js';
import type { CheckFamily } from '../../../src/skill/domain/bastion/checkFamily.js';
import { isCheckSupported } from '../../../src/skill/domain/bastion/checkSupport.js';

/** The folders the runner tries for each family (run-check's DIRS), most specific first. */
const FOLDERS: Record<CheckFamily, string[]> = {
  oracle: ['oracle'],
  mysql: ['mysql'],
  postgres: ['postgres'],
  sqlserver: ['sqlserver'],
};

describe('Skill and sql-scripts/', () => {
  it.each(Object.keys(FOLDERS) as CheckFamily[])(
    'agree on which checks %s supports (the skill refuses exactly the missing scripts)',
    (family) => {
      const files = FOLDERS[family].flatMap((folder) => readdirSync(`sql-scripts/${folder}`));
      for (const check of Object.values(CHECK_NAMES)) {
        expect({ check, supported: isCheckSupported(family, check) }).toEqual({
          check,
          supported: files.includes(`${check}.sql`),
        });
      }
    },
  );

  it('has a MariaDB folder only for what differs from MySQL', () => {
    expect(readdirSync('sql-scripts/mariadb').sort()).toEqual(['session.sql', 'top-memory.sql']);
  });
});
