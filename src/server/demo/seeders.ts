import type { ServiceContext } from '../context.js';

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
export const demoSeeders: DemoSeeder[] = [];
