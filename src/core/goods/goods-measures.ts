/**
 * UN Security Council measures on supplies to the DPRK, keyed by Harmonized System code prefixes.
 * Citations name the resolution and operative paragraph; "annex" lists are the luxury-goods lists.
 */

export type GoodsMeasureKind = 'ban' | 'cap' | 'embargo';

export type GoodsMeasure = {
  id: string;
  resolution: string;
  paragraph: string;
  kind: GoodsMeasureKind;
  title: string;
  description: string;
  /** HS code prefixes without dots, e.g. "8802" or "271012". */
  hsPrefixes: string[];
  exceptions?: string[];
  citation: string;
};

const AIRCRAFT_SPARES =
  'Spare parts needed to maintain DPRK commercial civilian passenger aircraft currently in operation safely (2397 para. 7).';

const chapters = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));

export const goodsMeasures: readonly GoodsMeasure[] = [
  {
    id: 'unscr-2397-7-machinery',
    resolution: '2397 (2017)',
    paragraph: '7',
    kind: 'ban',
    title: 'Industrial machinery and electrical equipment',
    description:
      'All States shall prevent the direct or indirect supply, sale or transfer to the DPRK of all industrial machinery (HS codes 84 and 85).',
    hsPrefixes: ['84', '85'],
    exceptions: [AIRCRAFT_SPARES],
    citation: 'S/RES/2397 (2017), para. 7',
  },
  {
    id: 'unscr-2397-7-transport',
    resolution: '2397 (2017)',
    paragraph: '7',
    kind: 'ban',
    title: 'Transportation vehicles',
    description:
      'All States shall prevent the supply, sale or transfer to the DPRK of transportation vehicles (HS codes 86 through 89).',
    hsPrefixes: chapters(86, 89),
    exceptions: [AIRCRAFT_SPARES],
    citation: 'S/RES/2397 (2017), para. 7',
  },
  {
    id: 'unscr-2397-7-metals',
    resolution: '2397 (2017)',
    paragraph: '7',
    kind: 'ban',
    title: 'Iron, steel and other metals',
    description:
      'All States shall prevent the supply, sale or transfer to the DPRK of iron, steel and other metals (HS codes 72 through 83).',
    hsPrefixes: chapters(72, 83),
    exceptions: [AIRCRAFT_SPARES],
    citation: 'S/RES/2397 (2017), para. 7',
  },
  {
    id: 'unscr-2397-5-refined-petroleum',
    resolution: '2397 (2017)',
    paragraph: '5',
    kind: 'cap',
    title: 'Refined petroleum products cap',
    description:
      'Supply of all refined petroleum products to the DPRK is capped at 500,000 barrels for each 12-month period from 1 January 2018; supplying States notify the 1718 Committee every 30 days of amounts supplied.',
    hsPrefixes: ['2710'],
    citation: 'S/RES/2397 (2017), para. 5',
  },
  {
    id: 'unscr-2397-4-crude-oil',
    resolution: '2397 (2017)',
    paragraph: '4',
    kind: 'cap',
    title: 'Crude oil cap',
    description:
      'Supply of crude oil to the DPRK is capped at 4 million barrels (525,000 tons) per 12-month period; supplying States report amounts to the 1718 Committee every 90 days.',
    hsPrefixes: ['2709'],
    citation: 'S/RES/2397 (2017), para. 4',
  },
  {
    id: 'unscr-2375-13-condensates-ngl',
    resolution: '2375 (2017)',
    paragraph: '13',
    kind: 'ban',
    title: 'Condensates and natural gas liquids',
    description:
      'All States shall prevent the supply, sale or transfer to the DPRK of all condensates and natural gas liquids.',
    hsPrefixes: ['2709', '2711'],
    citation: 'S/RES/2375 (2017), para. 13',
  },
  {
    id: 'unscr-2321-30-helicopters-vessels',
    resolution: '2321 (2016)',
    paragraph: '30',
    kind: 'ban',
    title: 'New helicopters and vessels',
    description:
      'All States shall prevent the supply, sale or transfer to the DPRK of new helicopters and new vessels.',
    hsPrefixes: ['880211', '880212', '89'],
    exceptions: ['As approved in advance by the 1718 Committee on a case-by-case basis (2321 para. 30).'],
    citation: 'S/RES/2321 (2016), para. 30',
  },
  {
    id: 'unscr-2270-31-aviation-fuel',
    resolution: '2270 (2016)',
    paragraph: '31',
    kind: 'ban',
    title: 'Aviation fuel',
    description:
      'All States shall prevent the supply, sale or transfer to the DPRK of aviation fuel, including aviation gasoline, naphtha-type jet fuel, kerosene-type jet fuel and kerosene-type rocket fuel.',
    hsPrefixes: ['271012', '271019'],
    exceptions: [
      'Verified essential humanitarian needs, approved in advance by the 1718 Committee case by case (2270 para. 31).',
      'Fuel for civilian passenger aircraft outside the DPRK, exclusively for the flight to the DPRK and back (2270 para. 31).',
    ],
    citation: 'S/RES/2270 (2016), para. 31',
  },
  {
    id: 'unscr-1718-8-arms',
    resolution: '1718 (2006)',
    paragraph: '8(a)(i)',
    kind: 'embargo',
    title: 'Arms and related materiel',
    description:
      'All States shall prevent the supply, sale or transfer to the DPRK of arms and related materiel of all types, including spare parts (extended by 2270 para. 6).',
    hsPrefixes: ['93'],
    citation: 'S/RES/1718 (2006), para. 8(a)(i); S/RES/2270 (2016), para. 6',
  },
  {
    id: 'unscr-1718-8-luxury',
    resolution: '1718 (2006)',
    paragraph: '8(a)(iii)',
    kind: 'ban',
    title: 'Luxury goods',
    description:
      'All States shall prevent the supply, sale or transfer to the DPRK of luxury goods, as listed in 2094 annex IV, 2270 annex V and 2321 annex IV (jewellery, gems and pearls, luxury vehicles, yachts, watches, and others).',
    hsPrefixes: [
      '7101',
      '7102',
      '7103',
      '7104',
      '7113',
      '7114',
      '7116',
      '8703',
      '8903',
      '9101',
      '9102',
      '4303',
      '9701',
    ],
    citation:
      'S/RES/1718 (2006), para. 8(a)(iii); S/RES/2094 (2013), annex IV; S/RES/2270 (2016), annex V; S/RES/2321 (2016), annex IV',
  },
];
