import type { Random } from '../shared/seeded-random';

/**
 * Structural mutations of valid inputs: the shape of a real file, one or a few things wrong with it, which
 * reaches far deeper into a parser than random bytes do.
 */

/** Values that break assumptions: wrong types, edge numbers, hostile strings, prototype keys. */
export function oddValue(random: Random, depth = 0): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => true,
    () => 0,
    () => -1,
    () => 1.5,
    () => Number.MAX_SAFE_INTEGER + 2,
    () => 1e308,
    () => '',
    () => ' ',
    () => 'x'.repeat(random.pick([10, 300, 501, 5_000, 250_000])),
    () => '\u0000\uFFFF\uD800',
    () => '__proto__',
    () => 'javascript:alert(1)',
    () => 'https://x.com/a/status/1',
    () => '<img src=x onerror=alert(1)>',
    () => '😀'.repeat(random.int(50)),
    () => ({ __proto__: { polluted: true } }),
    () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    () => [],
    () => (depth < 3 ? [oddValue(random, depth + 1), oddValue(random, depth + 1)] : []),
    () => (depth < 3 ? { a: oddValue(random, depth + 1) } : {}),
    () => nested(random.pick([20, 200, 1_000])),
  ];
  return random.pick(choices)();
}

/** `[[[…]]]` nested `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

type Json = unknown;

/** Every path to a value inside `root`, e.g. ['tables', 'brands', 0, 'name']. */
function paths(root: Json, limit = 5_000): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: [Json, (string | number)[]][] = [[root, []]];
  while (stack.length && found.length < limit) {
    const [value, path] = stack.pop() as [Json, (string | number)[]];
    found.push(path);
    if (Array.isArray(value)) {
      for (const [i, child] of value.entries()) stack.push([child, [...path, i]]);
    } else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        // An own "__proto__" (from JSON.parse) stays as it is: reaching it with obj[key] would hit the prototype.
        if (key !== '__proto__') stack.push([child, [...path, key]]);
      }
  }
  return found;
}

function parentOf(
  root: Json,
  path: (string | number)[],
): [Record<string | number, Json>, string | number] | undefined {
  if (path.length === 0) return undefined;
  let node = root as Record<string | number, Json>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, Json>;
  return [node, path.at(-1) as string | number];
}

/** A deep copy of a JSON value with 1–4 structural changes: values replaced, keys removed, items doubled. */
export function mutateJson(random: Random, original: Json): Json {
  const root = structuredClone(original);
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) {
    const all = paths(root);
    const target = parentOf(root, random.pick(all.slice(1)) ?? []);
    if (!target) continue;
    const [parent, key] = target;
    switch (random.int(6)) {
      case 0:
      case 1:
        parent[key] = oddValue(random);
        break;
      case 2:
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        break;
      case 3:
        // An item doubled: duplicate ids, shortcuts, permalinks.
        if (Array.isArray(parent)) parent.push(structuredClone(parent[key]));
        else parent[`${String(key)}2`] = structuredClone(parent[key]);
        break;
      case 4: {
        // A value moved to another place of the same file: right shape, wrong place.
        const other = parentOf(root, random.pick(all.slice(1)) ?? []);
        if (other) parent[key] = structuredClone(other[0][other[1]]);
        break;
      }
      default:
        if (typeof parent[key] === 'string') parent[key] = mutateText(random, parent[key] as string);
        else parent[key] = oddValue(random);
    }
  }
  return root;
}

/** Text-level damage: truncation, a flipped character, a repeated slice, an inserted hostile snippet. */
export function mutateText(random: Random, text: string, snippets: readonly string[] = []): string {
  const at = random.int(text.length + 1);
  switch (random.int(5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return `${text.slice(0, at)}${String.fromCharCode(random.int(0x3000))}${text.slice(at + 1)}`;
    case 2: {
      const end = Math.min(text.length, at + 1 + random.int(200));
      return `${text.slice(0, end)}${text.slice(at, end).repeat(1 + random.int(20))}${text.slice(end)}`;
    }
    case 3:
      return snippets.length
        ? `${text.slice(0, at)}${random.pick(snippets)}${text.slice(at)}`
        : text.slice(at);
    default:
      return `${text.slice(0, at)}${text.slice(at + 1 + random.int(50))}`;
  }
}

/** Line-level changes to a line-based format (iCalendar): lines dropped, doubled, moved, replaced, inserted. */
export function mutateLines(random: Random, text: string, snippets: readonly string[]): string {
  const lines = text.split('\r\n');
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) {
    const at = random.int(lines.length);
    switch (random.int(6)) {
      case 0:
        lines.splice(at, 1);
        break;
      case 1:
        lines.splice(at, 0, lines[at] ?? '');
        break;
      case 2: {
        const [line] = lines.splice(at, 1);
        lines.splice(random.int(lines.length + 1), 0, line ?? '');
        break;
      }
      case 3:
        lines.splice(at, 0, random.pick(snippets));
        break;
      case 4: {
        const line = lines[at] ?? '';
        const colon = line.indexOf(':');
        lines[at] =
          colon < 0
            ? mutateText(random, line)
            : `${line.slice(0, colon + 1)}${mutateText(random, line.slice(colon + 1))}`;
        break;
      }
      default:
        lines[at] = mutateText(random, lines[at] ?? '', snippets);
    }
  }
  return lines.join('\r\n');
}
