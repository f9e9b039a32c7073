/**
 * What the country package lacks: demonyms, short forms and capitals used as metonyms, for the
 * states North-East Asian security briefs name most (PRODUCT.md's alias conventions and issue
 * #13's list), and the international organisations they name. Demonyms come from the CIA World
 * Factbook's "Nationality" field; capitals are the seats of government. A demonym or a capital
 * in the text stands for the state ("Chinese President", "Beijing said").
 */
export interface ExtraName {
  readonly iso3: string;
  readonly surface: string;
  readonly form: 'short' | 'demonym' | 'metonym';
}

export const COUNTRY_EXTRAS: readonly ExtraName[] = [
  { iso3: 'USA', surface: 'America', form: 'short' },
  { iso3: 'USA', surface: 'American', form: 'demonym' },
  { iso3: 'USA', surface: 'Washington', form: 'metonym' },
  { iso3: 'USA', surface: 'White House', form: 'metonym' },
  { iso3: 'CHN', surface: 'PRC', form: 'short' },
  { iso3: 'CHN', surface: 'Chinese', form: 'demonym' },
  { iso3: 'CHN', surface: 'Beijing', form: 'metonym' },
  { iso3: 'RUS', surface: 'Russian', form: 'demonym' },
  { iso3: 'RUS', surface: 'Moscow', form: 'metonym' },
  { iso3: 'RUS', surface: 'Kremlin', form: 'metonym' },
  { iso3: 'KOR', surface: 'Korea', form: 'short' },
  { iso3: 'KOR', surface: 'ROK', form: 'short' },
  { iso3: 'KOR', surface: 'S. Korea', form: 'short' },
  { iso3: 'KOR', surface: 'South Korean', form: 'demonym' },
  { iso3: 'KOR', surface: 'Seoul', form: 'metonym' },
  { iso3: 'PRK', surface: 'DPRK', form: 'short' },
  { iso3: 'PRK', surface: 'N. Korea', form: 'short' },
  { iso3: 'PRK', surface: 'North Korean', form: 'demonym' },
  { iso3: 'PRK', surface: 'Pyongyang', form: 'metonym' },
  { iso3: 'JPN', surface: 'Japanese', form: 'demonym' },
  { iso3: 'JPN', surface: 'Tokyo', form: 'metonym' },
  { iso3: 'UKR', surface: 'Ukrainian', form: 'demonym' },
  { iso3: 'UKR', surface: 'the Ukraine', form: 'short' },
  { iso3: 'UKR', surface: 'Kyiv', form: 'metonym' },
  { iso3: 'TWN', surface: 'Taiwanese', form: 'demonym' },
  { iso3: 'TWN', surface: 'Taipei', form: 'metonym' },
  { iso3: 'GBR', surface: 'British', form: 'demonym' },
  { iso3: 'GBR', surface: 'U.K.', form: 'short' },
  { iso3: 'GBR', surface: 'London', form: 'metonym' },
  { iso3: 'FRA', surface: 'French', form: 'demonym' },
  { iso3: 'DEU', surface: 'German', form: 'demonym' },
  { iso3: 'IND', surface: 'Indian', form: 'demonym' },
  { iso3: 'IRN', surface: 'Iranian', form: 'demonym' },
  { iso3: 'IRN', surface: 'Tehran', form: 'metonym' },
  { iso3: 'MNG', surface: 'Mongolian', form: 'demonym' },
  { iso3: 'AUS', surface: 'Australian', form: 'demonym' },
  { iso3: 'VNM', surface: 'Vietnamese', form: 'demonym' },
  { iso3: 'PHL', surface: 'Philippine', form: 'demonym' },
  { iso3: 'PHL', surface: 'the Philippines', form: 'short' },
  { iso3: 'PHL', surface: 'Filipino', form: 'demonym' },
  { iso3: 'PHL', surface: 'Manila', form: 'metonym' },
  { iso3: 'VNM', surface: 'Hanoi', form: 'metonym' },
  { iso3: 'AUS', surface: 'Canberra', form: 'metonym' },
  { iso3: 'IND', surface: 'New Delhi', form: 'metonym' },
  { iso3: 'FRA', surface: 'Paris', form: 'metonym' },
  { iso3: 'DEU', surface: 'Berlin', form: 'metonym' },
  { iso3: 'MNG', surface: 'Ulaanbaatar', form: 'metonym' },
];

export interface OrganisationName {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Intergovernmental bodies, by their own short names (their charters' English texts). */
export const ORGANISATIONS: readonly OrganisationName[] = [
  { id: 'NATO', name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { id: 'EU', name: 'EU', aliases: ['European Union'] },
  { id: 'UN', name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { id: 'UNSC', name: 'UN Security Council', aliases: ['UNSC', 'Security Council'] },
  { id: 'ASEAN', name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { id: 'IAEA', name: 'IAEA', aliases: ['International Atomic Energy Agency'] },
  { id: 'WTO', name: 'WTO', aliases: ['World Trade Organization'] },
  { id: 'SCO', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  { id: 'G7', name: 'G7', aliases: ['Group of Seven'] },
  { id: 'G20', name: 'G20', aliases: ['Group of Twenty'] },
  { id: 'BRICS', name: 'BRICS', aliases: [] },
  { id: 'QUAD', name: 'Quad', aliases: ['Quadrilateral Security Dialogue'] },
  { id: 'AUKUS', name: 'AUKUS', aliases: [] },
];
