// Given what a person types when asked for their time zone, then the IANA zone (or why not).
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveTimeZone } from '../../src/core/timezone-resolver.js';
import { ABBREVIATIONS, FRACTIONAL_OFFSETS, PLACES } from '../../src/core/timezone-cities.js';

const zoneOf = (text: string): string | null => {
  const result = resolveTimeZone(text);
  return result.ok ? result.zone : null;
};

describe('resolveTimeZone', () => {
  it.each([
    ['São Paulo', 'America/Sao_Paulo'],
    ['sao paulo', 'America/Sao_Paulo'],
    ['Sao Paulo, Brazil', 'America/Sao_Paulo'],
    ['Rio', 'America/Sao_Paulo'],
    ['Lisboa', 'Europe/Lisbon'],
    ['Lisbon', 'Europe/Lisbon'],
    ['New York', 'America/New_York'],
    ['Nova York', 'America/New_York'],
    ['NYC', 'America/New_York'],
    ['London', 'Europe/London'],
    ['Londres', 'Europe/London'],
    ['Berlin', 'Europe/Berlin'],
    ['Berlim', 'Europe/Berlin'],
    ['Tokyo', 'Asia/Tokyo'],
    ['Tóquio', 'Asia/Tokyo'],
    ['I live in Lisbon', 'Europe/Lisbon'],
    ['moro em Belo Horizonte', 'America/Sao_Paulo'],
    ['moro em SP', 'America/Sao_Paulo'],
    ['Manaus', 'America/Manaus'],
    ['horário de Brasília', 'America/Sao_Paulo'],
    ['EST', 'America/New_York'],
    ["St. John's", 'America/St_Johns'],
  ])('given the place %j, then %s', (text, zone) => {
    expect(zoneOf(text)).toBe(zone);
  });

  it.each([
    ['america/sao_paulo', 'America/Sao_Paulo'],
    ['Europe/Lisbon', 'Europe/Lisbon'],
    ['EUROPE/LONDON', 'Europe/London'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['America/Sao Paulo', 'America/Sao_Paulo'],
  ])('given the IANA name %j in any case, then %s', (text, zone) => {
    expect(zoneOf(text)).toBe(zone);
  });

  it.each([
    ['UTC-3', 'Etc/GMT+3'],
    ['utc -3', 'Etc/GMT+3'],
    ['GMT+1', 'Etc/GMT-1'],
    ['-03:00', 'Etc/GMT+3'],
    ['+05:30', 'Asia/Kolkata'],
    ['UTC+14', 'Etc/GMT-14'],
    ['UTC', 'UTC'],
    ['my timezone is UTC-3', 'Etc/GMT+3'],
  ])('given the offset %j, then %s (IANA Etc zones count the other way round)', (text, zone) => {
    expect(zoneOf(text)).toBe(zone);
  });

  it('given the city part of any zone the runtime knows, then that zone', () => {
    expect(zoneOf('Ulaanbaatar')).toMatch(/^Asia\/Ula/);
    expect(zoneOf('reykjavik')).toBe('Atlantic/Reykjavik');
  });

  it('given a name several places share, then ambiguous with the candidates', () => {
    expect(resolveTimeZone('Portland')).toEqual({ ok: false, error: 'ambiguous', candidates: ['America/Los_Angeles', 'America/New_York'] });
    const brazil = resolveTimeZone('Brasil');
    expect(brazil.ok).toBe(false);
    if (!brazil.ok) expect(brazil.candidates).toContain('America/Sao_Paulo');
  });

  it.each(['atlantis', '', 'UTC-13', '+05:17', 'moro lá'])('given %j, then unknown_zone', (text) => {
    expect(resolveTimeZone(text)).toEqual({ ok: false, error: 'unknown_zone' });
  });

  it('knows about 150 places, and every zone it can answer is a valid IANA zone', () => {
    expect(Object.keys(PLACES).length).toBeGreaterThanOrEqual(150);
    const zones = [...Object.values(PLACES), ...Object.values(ABBREVIATIONS), ...Object.values(FRACTIONAL_OFFSETS)].flat();
    for (const zone of zones) expect(IANAZone.isValidZone(zone), zone).toBe(true);
  });
});
