import type { CreateSourceInput } from '../../../core/contract/sources.js';
import type { ServiceContext } from '../../context.js';
import type { DemoWorld } from '../../demo/seeders.js';
import { ingestSource } from './sources.service.js';

const LEVEL = 'UNCLASSIFIED';

// Two short wire-style reports of the first meeting, written for the demo after the public record of 2018.
const DEMO_SOURCES: Array<{ author: string; party: string; input: CreateSourceInput }> = [
  {
    author: 'lee.dongyeol@mofa.kr.example',
    party: 'KR',
    input: {
      kind: 'news',
      outlet: 'Yonhap',
      title: 'S. Korea, U.S. launch working group on N. Korea (demo report)',
      url: '',
      format: 'text',
      visibility: 'shared',
      classification: LEVEL,
      text: `S. Korea, U.S. launch working group on N. Korea

Posted on : 2018-11-21 07:40 KST

WASHINGTON, Nov. 20 (Yonhap) -- South Korea and the United States held the first meeting of their working group on North Korea in Washington on Tuesday, discussing denuclearization, the peace regime and the inter-Korean railway project.

The meeting was co-chaired by Lee Do-hoon, Seoul's special representative for Korean Peninsula peace and security affairs, and U.S. Special Representative for North Korea Stephen Biegun.

Officials of the Ministry of Unification and Cheong Wa Dae joined the talks. (END)`,
    },
  },
  {
    author: 'alex.wong@state.us.example',
    party: 'US',
    input: {
      kind: 'news',
      outlet: 'AP',
      title: 'US, South Korea start working group to coordinate on North Korea (demo report)',
      url: '',
      format: 'text',
      publishedAt: '2018-11-20T23:05:00Z',
      visibility: 'shared',
      classification: LEVEL,
      text: `WASHINGTON (AP) — U.S. envoy Stephen Biegun and South Korean envoy Lee Do-hoon held the first meeting of a new working group on North Korea in Washington on Tuesday, the State Department said.

The group is meant to make sure the allies do not talk past each other as inter-Korean projects move ahead.`,
    },
  },
];

/** Demo seeder: two wire reports of round 1, folded into one candidate event linked to the meeting. */
export async function seedDemoSources(ctx: ServiceContext, world: DemoWorld): Promise<void> {
  const rank = Math.max(0, ctx.config.classificationLevels.indexOf(LEVEL));
  for (const { author, party, input } of DEMO_SOURCES) {
    const userId = world.users.get(author);
    if (!userId) throw new Error(`demo user ${author} is missing`);
    const access = { groupId: world.groupId, visibility: input.visibility, party, classificationRank: rank };
    await ingestSource(ctx, { userId, party }, access, input);
  }
}
