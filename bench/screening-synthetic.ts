/** A deterministic synthetic list, 100× the real one, of plausible DPRK-style names and companies. */
import type { SanctionsEntry } from '../src/core/sanctions/types.js';

export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILIES = [
  'KIM',
  'RI',
  'PAK',
  'CHOE',
  'JONG',
  'KANG',
  'CHO',
  'YUN',
  'JANG',
  'HAN',
  'O',
  'SO',
  'SIN',
  'KWON',
  'HWANG',
  'AN',
  'SONG',
  'JON',
  'HONG',
  'KO',
  'MUN',
  'YANG',
  'SON',
  'PAE',
  'PAEK',
  'HO',
  'RYU',
  'NAM',
  'SIM',
  'RO',
  'HA',
  'KWAK',
  'SONG',
  'CHA',
  'JU',
  'U',
  'KU',
  'MIN',
  'RA',
  'JIN',
];
const SYLLABLES = [
  'CHOL',
  'YONG',
  'SONG',
  'MYONG',
  'IL',
  'SOK',
  'HO',
  'NAM',
  'CHUN',
  'GUK',
  'HYOK',
  'KWANG',
  'SU',
  'JIN',
  'MIN',
  'HUI',
  'UN',
  'GYONG',
  'OK',
  'SIK',
  'HYON',
  'CHANG',
  'RYONG',
  'HAK',
  'TAE',
  'SE',
  'GON',
  'MUN',
  'BOM',
  'HWA',
  'CHAE',
  'SUN',
  'JUN',
  'U',
  'WON',
  'IN',
  'HYANG',
  'RIM',
  'KYU',
  'GIL',
];
const PLACES = [
  'RYONGAK',
  'TAEDONG',
  'CHONGJIN',
  'HAMHUNG',
  'SINUIJU',
  'NAMPO',
  'KAESONG',
  'WONSAN',
  'HAEJU',
  'KANGGYE',
  'MYOHYANG',
  'PAEKTU',
  'KUMGANG',
  'SOHAE',
  'TONGHAE',
  'AMNOK',
  'TUMAN',
  'RAJIN',
  'SONBONG',
  'HYESAN',
];
const KINDS = [
  'TRADING CORPORATION',
  'SHIPPING COMPANY',
  'GENERAL CORPORATION',
  'BANK',
  'TRADING COMPANY LIMITED',
  'MINING COMPANY',
  'MACHINERY JOINT VENTURE COMPANY',
  'INTERNATIONAL TRADING',
  'SHIPPING LINES CO LTD',
  'CREDIT BANK',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function blank(referenceNumber: string, kind: SanctionsEntry['kind'], nameParts: string[]): SanctionsEntry {
  return {
    referenceNumber,
    dataId: referenceNumber,
    kind,
    regime: 'DPRK',
    name: nameParts.join(' '),
    nameParts,
    aliases: [],
    originalScriptName: null,
    datesOfBirth: [],
    nationalities: kind === 'individual' ? ['Democratic People’s Republic of Korea'] : [],
    designations: [],
    titles: [],
    comments: '',
    listedOn: null,
  };
}

/** `count` synthetic entries, three people for every organisation, reproducible from `seed`. */
export function generateSyntheticEntries(count: number, seed: number): SanctionsEntry[] {
  const random = createRandom(seed);
  const entries: SanctionsEntry[] = [];
  for (let i = 0; i < count; i++) {
    const ref = `SYN.${String(i).padStart(6, '0')}`;
    if (i % 4 !== 3) {
      const given = `${pick(random, SYLLABLES)}${random() < 0.5 ? '-' : ' '}${pick(random, SYLLABLES)}`;
      const entry = blank(ref, 'individual', [pick(random, FAMILIES), given]);
      if (random() < 0.3)
        entry.aliases.push({ name: `${entry.nameParts[0]} ${given.replace('-', ' ')}`, quality: 'Good' });
      entries.push(entry);
    } else {
      const base =
        random() < 0.5
          ? pick(random, PLACES)
          : `${pick(random, SYLLABLES)}${pick(random, SYLLABLES).toLowerCase()}`;
      const prefix = random() < 0.4 ? 'KOREA ' : '';
      entries.push(blank(ref, 'entity', [`${prefix}${base.toUpperCase()} ${pick(random, KINDS)}`]));
    }
  }
  return entries;
}
