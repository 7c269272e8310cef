import { describe, expect, it } from 'vitest';
import {
  findRegion,
  REGIONS,
  regionSpokenName,
  spokenCodeForms,
} from '../../../src/skill/domain/fleet/regions.js';
import { resolveRegions } from '../../../src/skill/domain/fleet/resolveRegions.js';

describe('Regions', () => {
  it('maps the names people use to the right codes', () => {
    expect(findRegion('California')?.code).toBe('us-west-1');
    expect(findRegion('Ohio')?.code).toBe('us-east-2');
    expect(findRegion('oregon')?.code).toBe('us-west-2');
    expect(findRegion('northern virginia')?.code).toBe('us-east-1');
    expect(findRegion('Sao Paulo')?.code).toBe('sa-east-1');
    expect(findRegion('São Paulo')?.code).toBe('sa-east-1');
  });

  it('understands every Region code spoken aloud, and speaks each back by name', () => {
    for (const region of REGIONS) {
      for (const form of spokenCodeForms(region.code)) expect(findRegion(form)?.code, form).toBe(region.code);
      expect(findRegion(region.code)?.code).toBe(region.code);
      expect(regionSpokenName(region.code)).toBe(region.spoken);
    }
    expect(spokenCodeForms('ap-southeast-2')).toContain('ap southeast two');
    expect(spokenCodeForms('us-west-2')).toContain('u. s. west two');
  });

  it('has no alias that points at two Regions', () => {
    const seen = new Map<string, string>();
    for (const region of REGIONS) {
      for (const name of [region.spoken, ...region.aliases]) {
        const key = name.toLowerCase();
        expect(seen.get(key) ?? region.code, name).toBe(region.code);
        seen.set(key, region.code);
      }
    }
  });

  it('resolves the slot: a named Region, all Regions, or an unknown one', () => {
    const managed = ['us-west-2', 'us-east-1'];
    expect(resolveRegions({ id: 'us-west-1', spoken: 'california' }, managed)).toEqual({
      regions: ['us-west-1'],
      explicit: true,
    });
    expect(resolveRegions({ id: 'ALL', spoken: 'all regions' }, managed)).toEqual({
      regions: managed,
      explicit: false,
    });
    expect(resolveRegions({}, managed)).toEqual({ regions: managed, explicit: false });
    expect(() => resolveRegions({ spoken: 'mordor' }, managed)).toThrow('Unknown region: mordor');
  });

  it.each(['oregon right now', 'Oregon at the moment', 'us west two currently', 'oregon today'])(
    'hears "%s" as Oregon: words of time after the name are left out',
    (spoken) => {
      expect(resolveRegions({ spoken }, ['us-east-1'])).toEqual({ regions: ['us-west-2'], explicit: true });
    },
  );

  it('still refuses an unknown name with time words, naming what was heard', () => {
    expect(() => resolveRegions({ spoken: 'mordor right now' }, ['us-east-1'])).toThrow(
      'Unknown region: mordor right now',
    );
  });
});
