/**
 * The base list of actors every draft starts from: the ISO 3166-1 states of the
 * i18n-iso-countries package (English names and their alternatives, alpha-3 ids), with the
 * demonyms, short forms and metonyms it lacks (country-extras.data.ts), and the
 * intergovernmental organisations briefs name.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { COUNTRY_EXTRAS, ORGANISATIONS } from './country-extras.data.ts';
import type { GazetteerActor } from './gazetteer.ts';

countries.registerLocale(english);

/** "Korea, Republic of" reads backwards in a sentence: such inverted names are left out. */
function usable(name: string): boolean {
  return !name.includes(',') && !name.includes('(');
}

let cached: GazetteerActor[] | undefined;

export function baseActors(): GazetteerActor[] {
  if (cached) return cached;
  const byIso3 = new Map<string, GazetteerActor>();
  const names = countries.getNames('en', { select: 'all' });
  for (const [alpha2, all] of Object.entries(names)) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (!iso3) continue;
    const usableNames = all.filter(usable);
    // The package lists the formal name first ("United States of America"); a brief uses the short one.
    const name = [...usableNames].sort((a, b) => a.length - b.length).find((n) => !/^[A-Z.]+$/.test(n));
    if (!name) continue;
    byIso3.set(iso3, {
      id: iso3,
      name,
      kind: 'state',
      iso3,
      aliases: usableNames.filter((n) => n !== name),
      demonyms: [],
      metonyms: [],
    });
  }
  for (const extra of COUNTRY_EXTRAS) {
    const actor = byIso3.get(extra.iso3);
    if (!actor) continue;
    const list =
      extra.form === 'demonym' ? actor.demonyms : extra.form === 'metonym' ? actor.metonyms : actor.aliases;
    if (!list.includes(extra.surface)) list.push(extra.surface);
  }
  const organisations: GazetteerActor[] = ORGANISATIONS.map((o) => ({
    id: o.id,
    name: o.name,
    kind: 'organization',
    aliases: [...o.aliases],
    demonyms: [],
    metonyms: [],
  }));
  cached = [...byIso3.values(), ...organisations];
  return cached;
}
