/**
 * Matching 接龙 entries to people of the roster (花名册): by name, then by work team among people of
 * the same name, with close names offered for a name nobody has, and repeats of one person found.
 */

import { isLetterOrDigit } from '../characters';
import { isAbsenceRemark } from './absence';
import type { JielongEntry } from './read-list';

export interface RosterPerson {
  userId: string;
  name: string;
  workTeam: string | null;
}

export type JielongMatch =
  /** The only roster person with that name. */
  | { kind: 'exact'; userId: string }
  /** Several with that name; the remark names one's work team. */
  | { kind: 'team'; userId: string }
  /** Several with that name and the remark does not decide: the organizer chooses. */
  | { kind: 'ambiguous'; candidates: string[] }
  /** Nobody with that name; candidates are roster people whose name is close (may be empty). */
  | { kind: 'unknown'; candidates: string[] }
  /** The same person already matched on an earlier line. */
  | { kind: 'repeat'; firstLine: number; userId: string };

/** The text with every character that is not a letter or digit taken out. */
function lettersAndDigits(text: string): string {
  return Array.from(text).filter(isLetterOrDigit).join('');
}

/** Names are compared without spaces, `·` or case, full-width forms folded: 买买提 · 艾力 is 买买提·艾力. */
function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s·•・‧.]/g, '')
    .toLowerCase();
}

/** Work teams and remarks are compared on their letters and digits only. */
function teamKey(text: string): string {
  return lettersAndDigits(text.normalize('NFKC')).toLowerCase();
}

/** The remark whole and each part of it (`木工班 已到`, `木工班`, `已到`): any of them may name the team. */
function remarkParts(remark: string): string[] {
  const words = Array.from(remark.normalize('NFKC'), (char) => (isLetterOrDigit(char) ? char : ' '))
    .join('')
    .split(' ');
  const parts = [remark, ...words].map(teamKey).filter(Boolean);
  return [...new Set(parts)];
}

/**
 * Which of several same-named people the remark points to: one whose work team contains a part of
 * the remark (木工 → 木工班) or is contained in it (木工班已到). A one-character part (`班`) says
 * nothing. When several fit, the one whose team is exactly a part wins (木工 vs 木工班).
 */
function byWorkTeam(remark: string, people: RosterPerson[]): RosterPerson | null {
  const parts = remarkParts(remark);
  const fits = (team: string) => parts.some((part) => part.includes(team) || (Array.from(part).length >= 2 && team.includes(part)));
  const fitting = people.filter((person) => {
    const team = teamKey(person.workTeam ?? '');
    return team !== '' && fits(team);
  });
  if (fitting.length === 1) return fitting[0]!;
  const exact = fitting.filter((person) => parts.includes(teamKey(person.workTeam ?? '')));
  return exact.length === 1 ? exact[0]! : null;
}

/** A roster person with their name's key, worked out once for all the entries. */
interface KeyedPerson {
  person: RosterPerson;
  key: string;
  chars: string[];
}

/** Beyond this many, close names are noise: a two-character name is one character off dozens of others. */
const MAX_CANDIDATES = 8;

/**
 * Roster people a name the roster does not have may have meant: one name begins with the other
 * (`李建国钢筋班` typed without a space, `买买提` for 买买提·艾力), or the same length with one
 * character different (张卫 for 张伟). Prefixes first: they are the likelier.
 */
function closeNames(key: string, roster: KeyedPerson[]): string[] {
  const chars = Array.from(key);
  const ranked: { userId: string; rank: number }[] = [];
  for (const { person, key: other, chars: otherChars } of roster) {
    const shorter = Math.min(chars.length, otherChars.length);
    if (shorter >= 2 && other !== key && (key.startsWith(other) || other.startsWith(key))) ranked.push({ userId: person.userId, rank: 0 });
    else if (chars.length >= 2 && otherChars.length === chars.length && otherChars.filter((c, i) => c !== chars[i]).length === 1) {
      ranked.push({ userId: person.userId, rank: 1 });
    }
  }
  const ids = ranked.sort((a, b) => a.rank - b.rank).map(({ userId }) => userId);
  return [...new Set(ids)].slice(0, MAX_CANDIDATES);
}

function matchOne(
  entry: JielongEntry,
  byName: Map<string, RosterPerson[]>,
  roster: KeyedPerson[],
): Exclude<JielongMatch, { kind: 'repeat' }> {
  const key = nameKey(entry.name);
  const people = byName.get(key) ?? [];
  if (people.length === 1) return { kind: 'exact', userId: people[0]!.userId };
  if (people.length === 0) return { kind: 'unknown', candidates: key ? closeNames(key, roster) : [] };
  const chosen = byWorkTeam(entry.remark, people);
  return chosen ? { kind: 'team', userId: chosen.userId } : { kind: 'ambiguous', candidates: people.map((person) => person.userId) };
}

/**
 * Each entry's person on the roster, in the entries' order. An entry resolved to someone an earlier
 * entry already resolved to is a `repeat` (people 接龙 twice, or edit and re-send). Entries whose
 * remark is an absence are matched like the others and the caller leaves them out (`isAbsenceRemark`);
 * they are never the first of a repeat, so `老马 请假` and later `老马` (he came after all) checks him in.
 */
export function matchJielong(entries: JielongEntry[], roster: RosterPerson[]): { entry: JielongEntry; match: JielongMatch }[] {
  const byName = new Map<string, RosterPerson[]>();
  const keyed: KeyedPerson[] = [];
  const seenIds = new Set<string>();
  for (const person of roster) {
    if (seenIds.has(person.userId)) continue;
    seenIds.add(person.userId);
    const key = nameKey(person.name);
    keyed.push({ person, key, chars: Array.from(key) });
    const named = byName.get(key);
    if (named) named.push(person);
    else byName.set(key, [person]);
  }
  const firstLine = new Map<string, number>();
  return entries.map((entry) => {
    const match = matchOne(entry, byName, keyed);
    if (match.kind !== 'exact' && match.kind !== 'team') return { entry, match };
    const earlier = firstLine.get(match.userId);
    if (earlier !== undefined) return { entry, match: { kind: 'repeat', firstLine: earlier, userId: match.userId } };
    if (!isAbsenceRemark(entry.remark)) firstLine.set(match.userId, entry.line);
    return { entry, match };
  });
}
