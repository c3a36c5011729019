/**
 * The firewall's peers: the IPv4 and IPv6 addresses and CIDR blocks allowed to reach the ports, read
 * from what the reader typed, normalized, and refused when a block would let in too much. Pure, no DOM
 * and no Node APIs (it runs in the browser's worker).
 */
import { fail, pass, quoted, type Parsed } from '../validation';

/** An address or block the firewall lets through, normalized. */
export interface Peer {
  family: 'ipv4' | 'ipv6';
  /** `192.168.1.2`, `192.168.1.0/24`, `fd00::2`, `fd00::/64`: IPv4 as typed, IPv6 in its canonical form. */
  text: string;
}

/** At most this many peers (after removing duplicates), to keep the scripts readable. */
export const maxPeers = 64;

/**
 * The shortest prefix a peer block may have, in both families: the widest private ranges, 10.0.0.0/8 and
 * fd00::/8, fit; 0.0.0.0/1 does not. With at most `maxPeers` blocks, the peers can then cover at most
 * 64/256, a quarter, of either address family, never all of it (as 0.0.0.0/1 with 128.0.0.0/1 would).
 */
export const widestPrefix = 8;

/** A peer with its address as a number, to find duplicates and blocks inside other blocks. */
interface PeerBits extends Peer {
  bits: bigint;
  prefix: number;
}

const familyWidth = { ipv4: 32, ipv6: 128 } as const;

/** A decimal from 0 to 255 without leading zeros. */
const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ipv4Pattern = new RegExp(`^${octet}\\.${octet}\\.${octet}\\.${octet}$`);
/** A prefix length without leading zeros. */
const prefixPattern = /^(?:0|[1-9][0-9]{0,2})$/;

/** The 128 bits of an IPv6 address in the canonical form URL gives it (hex groups, at most one `::`). */
function ipv6Bits(canonical: string): bigint {
  const [head = '', tail] = canonical.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].reduce((bits, group) => (bits << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function ipv4Bits(address: string): bigint {
  return address.split('.').reduce((bits, part) => (bits << 8n) | BigInt(Number(part)), 0n);
}

function ipv4Text(bits: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 255n)).join('.');
}

function ipv6Text(bits: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((bits >> shift) & 0xffffn).toString(16));
  return new URL(`http://[${groups.join(':')}]`).hostname.slice(1, -1);
}

/** The address with the bits after the prefix cleared. */
function network(bits: bigint, prefix: number, width: number): bigint {
  const hostBits = BigInt(width - prefix);
  return (bits >> hostBits) << hostBits;
}

function parsePeerBits(token: string): Parsed<PeerBits> {
  const name = quoted(token);
  const slash = token.indexOf('/');
  const address = slash === -1 ? token : token.slice(0, slash);
  const prefixText = slash === -1 ? undefined : token.slice(slash + 1);
  const family = address.includes(':') ? 'ipv6' : 'ipv4';
  const width = familyWidth[family];

  let bits: bigint;
  let text: string;
  if (family === 'ipv4') {
    if (!ipv4Pattern.test(address)) {
      return fail('peer.ipv4', {
        zh: `${name.zh}不是 IPv4 或 IPv6 地址：IPv4 地址为 4 个 0 到 255 之间、不带前导 0 的数，用“.”分隔，例如 192.168.1.2`,
        en: `${name.en} is not an IPv4 or IPv6 address: IPv4 is four numbers from 0 to 255 without leading zeros, separated by '.', e.g. 192.168.1.2`,
      });
    }
    bits = ipv4Bits(address);
    text = address;
  } else {
    if (address.includes('%')) {
      return fail('peer.zoneId', {
        zh: `${name.zh}带有区域标识（“%”及其后的部分），请去掉，例如 fe80::1`,
        en: `${name.en} has a zone ID ('%…'), which firewall rules cannot use; leave it out, e.g. fe80::1`,
      });
    }
    let canonical: string | undefined;
    if (/^[0-9a-fA-F:.]+$/.test(address)) {
      try {
        canonical = new URL(`http://[${address}]`).hostname.slice(1, -1);
      } catch {
        canonical = undefined;
      }
    }
    if (canonical === undefined) {
      return fail('peer.ipv6', {
        zh: `${name.zh}不是有效的 IPv6 地址，例如 fd00::2 或 fd00::/64`,
        en: `${name.en} is not a valid IPv6 address; use e.g. fd00::2 or fd00::/64`,
      });
    }
    bits = ipv6Bits(canonical);
    text = canonical;
  }

  let prefix: number = width;
  if (prefixText !== undefined) {
    if (!prefixPattern.test(prefixText) || Number(prefixText) > width) {
      return fail('peer.prefixLength', {
        zh: `${name.zh}的前缀长度（“/”之后）应为 ${widestPrefix} 到 ${width} 之间的整数`,
        en: `${name.en}: the prefix length after '/' must be a whole number from ${widestPrefix} to ${width}`,
      });
    }
    prefix = Number(prefixText);
    if (prefix < widestPrefix) {
      const block = family === 'ipv4' ? '192.168.1.0/24' : 'fd00::/64';
      const share =
        prefix === 0
          ? { zh: '所有地址', en: 'every address' }
          : {
              zh: `所有 ${family === 'ipv4' ? 'IPv4' : 'IPv6'} 地址的 1/${2 ** prefix}`,
              en: `1/${2 ** prefix} of all ${family === 'ipv4' ? 'IPv4' : 'IPv6'} addresses`,
            };
      return fail('peer.blockTooWide', {
        zh: `${name.zh}会放行${share.zh}；网段最大为 /${widestPrefix}，请填写其他训练服务器的地址或更小的网段，例如 ${block}`,
        en: `${name.en} would allow ${share.en}; a block may be at most a /${widestPrefix}: list the other training servers' addresses or a smaller block, e.g. ${block}`,
      });
    }
    const start = network(bits, prefix, width);
    if (start !== bits) {
      const block = `${family === 'ipv4' ? ipv4Text(start) : ipv6Text(start)}/${prefix}`;
      return fail('peer.hostBitsSet', {
        zh: `${name.zh}在前 ${prefix} 位之后还有非 0 的位，请填写该网段的起始地址 ${block}`,
        en: `${name.en} has bits set after the first ${prefix}; use the block's first address, ${block}`,
      });
    }
    text = `${text}/${prefix}`;
  }
  return pass({ family, text, bits, prefix });
}

/**
 * One allowed address or CIDR block: IPv4 dotted quad (no leading zeros) or IPv6 (no zone ID), with an
 * optional prefix length of at least `widestPrefix`, the bits after it zero.
 */
export function parsePeer(token: string): Parsed<Peer> {
  const parsed = parsePeerBits(token);
  return parsed.ok ? pass({ family: parsed.value.family, text: parsed.value.text }) : parsed;
}

/** `a` covers `b`: every address of `b` is in `a`. */
function covers(a: PeerBits, b: PeerBits): boolean {
  if (a.family !== b.family || a.prefix > b.prefix) return false;
  const width = familyWidth[a.family];
  return network(a.bits, a.prefix, width) === network(b.bits, a.prefix, width);
}

/**
 * The peers as typed: separated by newlines, commas or spaces; 1 to 64 distinct ones. Duplicates, and
 * addresses inside a block also listed, are dropped (the block lets them in already, and nftables refuses
 * overlapping set elements); the rest keep the order they were typed in.
 */
export function parsePeers(text: string): Parsed<{ ipv4: string[]; ipv6: string[] }> {
  const tokens = text.split(/[\s,，、]+/).filter((token) => token !== '');
  if (tokens.length === 0) {
    return fail('peers.none', {
      zh: '请至少填写一个允许访问的 IPv4 或 IPv6 地址或网段（其他训练服务器的地址），例如 192.168.1.2',
      en: "Enter at least one IPv4 or IPv6 address or CIDR block to allow (the other training servers' addresses), e.g. 192.168.1.2",
    });
  }
  // Linear in what was typed, and no further than the limit: a pasted list of 20,000 peers stops at the 65th.
  const peers: PeerBits[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    const parsed = parsePeerBits(token);
    if (!parsed.ok) return parsed;
    const peer = parsed.value;
    const key = `${peer.family} ${peer.bits} ${peer.prefix}`;
    if (seen.has(key)) continue;
    seen.add(key);
    peers.push(peer);
    if (peers.length > maxPeers) {
      return fail('peers.tooMany', {
        zh: `最多填写 ${maxPeers} 个地址或网段（已超过），可用网段涵盖多台服务器，例如 192.168.1.0/24`,
        en: `List at most ${maxPeers} addresses or blocks (there are more); use a CIDR block to cover several servers, e.g. 192.168.1.0/24`,
      });
    }
  }
  const kept = peers.filter(
    (peer, i) => !peers.some((other, j) => j !== i && covers(other, peer) && (other.prefix < peer.prefix || j < i)),
  );
  return pass({
    ipv4: kept.filter((peer) => peer.family === 'ipv4').map((peer) => peer.text),
    ipv6: kept.filter((peer) => peer.family === 'ipv6').map((peer) => peer.text),
  });
}
