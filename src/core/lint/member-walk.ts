// Every member of a JSON tree with the path of the object that holds it, without recursion
// (a hostile token can nest 512 levels) and with a cap on how many are visited.
import type { JsonMember, JsonNode } from '../report';

export interface MemberAt {
  member: JsonMember;
  /** Member names (and array indexes) leading to the holding object; [] for the root. */
  path: string[];
}

export function* walkMembers(root: JsonNode | undefined, limit = 200_000): Generator<MemberAt> {
  if (!root) return;
  const stack: { node: JsonNode; path: string[] }[] = [{ node: root, path: [] }];
  let seen = 0;
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.type === 'object') {
      for (const member of node.members) {
        if (++seen > limit) return;
        yield { member, path };
        const value = member.value;
        if (value.type === 'object' || value.type === 'array') stack.push({ node: value, path: [...path, member.name] });
      }
    } else if (node.type === 'array') {
      // Only containers can hold members: scalar items are never queued (a 20,000-string array
      // costs one pass, not 20,000 paths). Popping order among containers is unchanged.
      const items = node.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (item.type === 'object' || item.type === 'array') stack.push({ node: item, path: [...path, String(i)] });
      }
    }
  }
}
