/**
 * The prefixes navies and merchant fleets write before a ship's name ('INS Mysore', 'HMS Belfast', 'MV Gibe'),
 * from the lists of ship prefixes of the navies that use them (Royal Navy and the Commonwealth navies, the US
 * Navy, Military Sealift Command and Coast Guard, the navies of India, Pakistan, Bangladesh, Sri Lanka,
 * Indonesia, South Korea, Turkey, the Netherlands, Denmark, Norway, Sweden, Germany, Poland, Argentina, Peru and
 * the Philippines) and the civil ones (motor vessel, Royal Mail ship, research and fishing vessel). A prefix is
 * not part of the name: 'the Mysore' and 'INS Mysore' are one ship. Written in capitals as the fleets write them;
 * prefixes that are as often initials of a person's names ('MS', 'SS') or a state ('MT') are left out.
 */
export const SHIP_PREFIXES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'HMS',
  'HMAS',
  'HMCS',
  'HMNZS',
  'USS',
  'USNS',
  'USCGC',
  'INS',
  'PNS',
  'BNS',
  'SLNS',
  'KRI',
  'ROKS',
  'TCG',
  'HNLMS',
  'HDMS',
  'HNoMS',
  'HSwMS',
  'FGS',
  'ORP',
  'ARA',
  'BAP',
  'BRP',
  'MV',
  'RMS',
  'RV',
  'FV',
]);

/** A ship's name without its prefix ('INS Mysore' → 'Mysore'), or the name as given when it has none. */
export function withoutShipPrefix(name: string): string {
  const space = name.indexOf(' ');
  return space > 0 && SHIP_PREFIXES.has(name.slice(0, space)) ? name.slice(space + 1) : name;
}
