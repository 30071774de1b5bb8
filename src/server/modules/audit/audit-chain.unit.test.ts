import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, groupVerifies, hashEntry, hashedText, type LinkGroup } from './audit-chain.js';

/** A group as the database returns it, built from entries chained in JavaScript. */
function chainGroup(details: readonly string[], start = GENESIS_HASH) {
  let prev = start;
  const hashes: string[] = [];
  const prevs: string[] = [];
  const texts: Buffer[] = [];
  details.forEach((d, i) => {
    const fields = {
      id: `e${i}`,
      at: '2018-11-20T15:00:00.000Z',
      actorId: null,
      actorLabel: '이도훈',
      action: 'proposal.transition',
      recordKind: 'proposal',
      recordId: null,
      groupId: 'g',
      requestId: null,
      ip: null,
      details: d,
    };
    const hash = hashEntry(prev, fields);
    prevs.push(prev);
    hashes.push(hash);
    texts.push(Buffer.from(hashedText(prev, fields)));
    prev = hash;
  });
  const group: LinkGroup = {
    count: details.length,
    lastSeq: details.length,
    hashes: hashes.join(''),
    prevHashes: prevs.join(''),
    texts: Buffer.concat(texts),
    lengths: texts.map((t) => t.length).join(','),
  };
  return { group, head: prev };
}

describe('groupVerifies', () => {
  const details = ['{}', '{"note":"판문점 😀"}', '{"party":"US"}', '{"note":"𝄞"}'];

  it('accepts an intact group, its texts cut by their byte lengths', () => {
    expect(groupVerifies(GENESIS_HASH, chainGroup(details).group)).toBe(true);
  });

  it('accepts a group that continues a chain only from that chain’s head', () => {
    const first = chainGroup(details);
    const second = chainGroup(details, first.head);
    expect(groupVerifies(first.head, second.group)).toBe(true);
    expect(groupVerifies(GENESIS_HASH, second.group)).toBe(false);
  });

  it('refuses a group with an edited text, a broken link, or lengths that do not cut it', () => {
    const { group } = chainGroup(details);
    const edited = Buffer.from(group.texts);
    const at = edited.length - 3;
    edited[at] = edited[at]! ^ 1;
    expect(groupVerifies(GENESIS_HASH, { ...group, texts: edited })).toBe(false);
    const prevs = group.prevHashes.slice(0, 64) + 'f'.repeat(64) + group.prevHashes.slice(128);
    expect(groupVerifies(GENESIS_HASH, { ...group, prevHashes: prevs })).toBe(false);
    const lengths = group.lengths.split(',').map(Number);
    lengths[0]! += 1;
    lengths[1]! -= 1;
    expect(groupVerifies(GENESIS_HASH, { ...group, lengths: lengths.join(',') })).toBe(false);
    expect(groupVerifies(GENESIS_HASH, { ...group, count: group.count - 1 })).toBe(false);
  });
});
