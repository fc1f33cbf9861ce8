// A time zone from what a person types: an IANA name in any case ("america/sao_paulo"),
// a UTC offset ("UTC-3", "+05:30", "GMT+1"), a city or country in English or Portuguese
// ("São Paulo", "Nova York", "Lisboa", "Tóquio"), or the city part of any IANA zone.
import { ownValue } from './own.js';
import { IANAZone } from 'luxon';
import { normalizePhrase } from './parser/normalize.js';
import { ABBREVIATIONS, FRACTIONAL_OFFSETS, PLACES } from './timezone-cities.js';

export type TimeZoneResolution =
  | { ok: true; zone: string }
  | { ok: false; error: 'unknown_zone' | 'ambiguous'; candidates?: string[] };

const UNKNOWN: TimeZoneResolution = { ok: false, error: 'unknown_zone' };

// Words around the place: "I live in São Paulo", "moro em Lisboa", "my time zone is UTC-3".
const FILLER = new Set([
  'i', 'im', 'am', 'live', 'living', 'in', 'at', 'from', 'near', 'my', 'time', 'timezone', 'zone', 'is', 'its', 'it', 'the',
  'city', 'based', 'currently', 'now', 'moro', 'em', 'no', 'na', 'de', 'do', 'da', 'sou', 'estou', 'to', 'meu', 'fuso',
  'horario', 'e', 'cidade', 'aqui', 'here', 'perto', 'fica', 'area', 'regiao', 'region', 'capital', 'please', 'pls',
]);

function fromPlaces(key: string): TimeZoneResolution | null {
  const found = ownValue(PLACES, key);
  if (found === undefined) return null;
  if (typeof found === 'string') return { ok: true, zone: found };
  return { ok: false, error: 'ambiguous', candidates: found };
}

/** "UTC-3", "GMT+1", "+05:30", "-3", "utc −03:00". */
function fromOffset(text: string): TimeZoneResolution | null {
  const match = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?(?:\s*h)?$/i.exec(text.trim());
  if (!match) return /^(utc|gmt|z)$/i.test(text.trim()) ? { ok: true, zone: 'UTC' } : null;
  const sign = match[1] === '+' ? 1 : -1;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (minutes === 0) {
    if (hours === 0) return { ok: true, zone: 'UTC' };
    if (sign * hours < -12 || sign * hours > 14) return UNKNOWN;
    // IANA's Etc zones count the other way round: Etc/GMT+3 is UTC-3.
    return { ok: true, zone: `Etc/GMT${sign > 0 ? '-' : '+'}${hours}` };
  }
  const key = `${sign > 0 ? '+' : '-'}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  const zone = ownValue(FRACTIONAL_OFFSETS, key);
  return zone ? { ok: true, zone } : UNKNOWN;
}

function supportedZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** "america/sao_paulo", "Europe/Lisbon", "America/Sao Paulo". */
function fromIana(text: string): TimeZoneResolution | null {
  const candidate = text.trim().replace(/\s+/g, '_');
  if (!candidate.includes('/')) return null;
  const exact = supportedZones().find((z) => z.toLowerCase() === candidate.toLowerCase());
  if (exact) return { ok: true, zone: exact };
  if (!IANAZone.isValidZone(candidate)) return null;
  const resolved = new Intl.DateTimeFormat('en', { timeZone: candidate }).resolvedOptions().timeZone;
  // Keep the modern spelling the person typed ("Asia/Kolkata") with IANA's capitals.
  const capitalized = candidate
    .split('/')
    .map((part) => part.split('_').map((w) => (w.length > 2 ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.toUpperCase())).join('_'))
    .join('/');
  return { ok: true, zone: IANAZone.isValidZone(capitalized) ? capitalized : resolved };
}

/** The city part of any zone the runtime knows: "kolkata", "ulaanbaatar", "reykjavik". */
function fromZoneCity(key: string): TimeZoneResolution | null {
  const matches = supportedZones().filter((z) => normalizePhrase((z.split('/').pop() ?? '').replace(/_/g, ' ')) === key);
  if (matches.length === 1 && matches[0]) return { ok: true, zone: matches[0] };
  if (matches.length > 1) return { ok: false, error: 'ambiguous', candidates: matches };
  return null;
}

function lookup(key: string): TimeZoneResolution | null {
  return fromPlaces(key) ?? fromZoneCity(key);
}

/** Finds the longest run of words that names a place. */
function fromWords(words: string[]): TimeZoneResolution | null {
  for (let length = Math.min(words.length, 4); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const slice = words.slice(start, start + length);
      if (length === 1 && (FILLER.has(slice[0] ?? '') || (slice[0]?.length ?? 0) < 3)) continue;
      const found = lookup(slice.join(' '));
      if (found) return found;
    }
  }
  return null;
}

export function resolveTimeZone(text: string): TimeZoneResolution {
  const raw = text.trim();
  if (raw.length === 0 || raw.length > 120) return UNKNOWN;
  const direct = fromIana(raw) ?? fromOffset(raw);
  if (direct) return direct;
  const words = normalizePhrase(raw)
    .split(' ')
    .filter((w) => w.length > 0 && !/^[.,;:!?()\-—–]$/.test(w));
  const whole = words.join(' ');
  const abbreviation = ownValue(ABBREVIATIONS, whole);
  if (abbreviation !== undefined) return typeof abbreviation === 'string' ? { ok: true, zone: abbreviation } : { ok: false, error: 'ambiguous', candidates: abbreviation };
  const exact = lookup(whole);
  if (exact) return exact;
  // "my timezone is UTC-3", "fuso GMT-3": an offset inside a sentence.
  const offset = /(?:utc|gmt)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?/i.exec(raw);
  if (offset) return fromOffset(offset[0]) ?? UNKNOWN;
  const iana = /[A-Za-z_]+\/[A-Za-z_/]+/.exec(raw);
  if (iana) {
    const found = fromIana(iana[0]);
    if (found) return found;
  }
  const content = words.filter((w) => !FILLER.has(w));
  return fromWords(content) ?? fromWords(words) ?? shoutedAbbreviation(raw) ?? UNKNOWN;
}

/** "moro em SP", "I'm in LA": a short name inside a sentence only counts in capitals ("lá" is not LA). */
function shoutedAbbreviation(raw: string): TimeZoneResolution | null {
  for (const word of raw.match(/\b[A-Z]{2,4}\b/g) ?? []) {
    const zone = ABBREVIATIONS[word.toLowerCase()];
    if (typeof zone === 'string') return { ok: true, zone };
  }
  return null;
}
