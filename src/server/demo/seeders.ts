import type { ServiceContext } from '../context.js';
import { seedDemoSanctionsList, seedDemoScreening } from '../modules/sanctions/sanctions.seed.js';
import { seedDemoTempo } from '../modules/tempo/tempo.seed.js';
import { seedDemoProposals } from '../modules/proposals/proposals.seed.js';
import { seedMeetingsDemo } from '../modules/meetings/meetings.demo.js';
import { seedDemoSources } from '../modules/sources/sources.seed.js';

/** What the foundation's demo loading made, for the modules' own demo data. */
export interface DemoWorld {
  groupId: string;
  /** user id by demo e-mail address */
  users: Map<string, string>;
  /** track id by track key */
  tracks: Map<string, string>;
}

export type DemoSeeder = (ctx: ServiceContext, world: DemoWorld) => Promise<void>;

/** The modules' demo data, loaded in this order after the group. Add a seeder here (one line). */
export const demoSeeders: DemoSeeder[] = [
  seedDemoSanctionsList,
  seedDemoProposals,
  seedDemoScreening,
  seedDemoTempo,
  seedMeetingsDemo,
  seedDemoSources,
];
