import { z } from 'zod';
import { WeaponClass } from '../domain/extraction.js';

/** A generic phrase naming a class of weapon ("ballistic missiles", "artillery shells"). */
export const WeaponTermEntry = z.object({
  phrases: z.array(z.string().min(1)).readonly(),
  class: WeaponClass,
});
export type WeaponTermEntry = z.infer<typeof WeaponTermEntry>;

/**
 * Generic words that name a class of weapon without naming a system, lowercase, singular and plural
 * written out. Bare "shell", "sam" and "jet" are left out: they name shell companies, people and
 * airliners more often than weapons.
 */
// biome-ignore format: phrases are grouped a few to a line by sense; the formatter would put each on its own line
export const weaponTerms: readonly WeaponTermEntry[] = [
  { class: 'drone', phrases: [
    'drone', 'drones', 'uav', 'uavs', 'unmanned aerial vehicle', 'unmanned aerial vehicles',
    'unmanned aircraft', 'unmanned aircraft system', 'unmanned aircraft systems',
    'unmanned aerial system', 'unmanned aerial systems', 'unmanned combat aerial vehicle', 'unmanned combat aerial vehicles',
    'kamikaze drone', 'kamikaze drones', 'kamikaze uav', 'kamikaze uavs', 'suicide drone', 'suicide drones',
    'attack drone', 'attack drones', 'attack uav', 'attack uavs', 'strike drone', 'strike drones',
    'combat drone', 'combat drones', 'one-way attack drone', 'one-way attack drones', 'one way attack drone',
    'one way attack drones', 'loitering munition', 'loitering munitions', 'long-range drone', 'long-range drones',
    'long range drone', 'long range drones', 'reconnaissance drone', 'reconnaissance drones', 'surveillance drone',
    'surveillance drones', 'fpv drone', 'fpv drones', 'first-person-view drone', 'first-person-view drones',
    'first-person view drone', 'first-person view drones', 'fiber-optic drone', 'fiber-optic drones',
    'fibre-optic drone', 'fibre-optic drones', 'decoy drone', 'decoy drones',
    'ucav', 'ucavs', 'drone swarm', 'drone swarms',
  ] },
  { class: 'ballistic_missile', phrases: [
    'ballistic missile', 'ballistic missiles', 'short-range ballistic missile', 'short-range ballistic missiles',
    'short range ballistic missile', 'short range ballistic missiles', 'srbm', 'srbms',
    'close-range ballistic missile', 'close-range ballistic missiles', 'close range ballistic missile',
    'close range ballistic missiles', 'medium-range ballistic missile', 'medium-range ballistic missiles',
    'medium range ballistic missile', 'medium range ballistic missiles', 'mrbm', 'mrbms',
    'intermediate-range ballistic missile', 'intermediate-range ballistic missiles',
    'intermediate range ballistic missile', 'intermediate range ballistic missiles', 'irbm', 'irbms',
    'intercontinental ballistic missile', 'intercontinental ballistic missiles', 'icbm', 'icbms',
    'long-range ballistic missile', 'long-range ballistic missiles', 'long range ballistic missile',
    'long range ballistic missiles', 'surface-to-surface ballistic missile', 'surface-to-surface ballistic missiles',
    'surface to surface ballistic missile', 'surface to surface ballistic missiles', 'tactical ballistic missile',
    'tactical ballistic missiles', 'anti-ship ballistic missile', 'anti-ship ballistic missiles',
    'submarine-launched ballistic missile', 'submarine-launched ballistic missiles', 'slbm', 'slbms',
  ] },
  { class: 'missile', phrases: [
    'missile', 'missiles', 'surface-to-surface missile', 'surface-to-surface missiles', 'surface to surface missile',
    'surface to surface missiles', 'ground-to-ground missile', 'ground-to-ground missiles', 'ground to ground missile',
    'ground to ground missiles', 'long-range missile', 'long-range missiles', 'long range missile',
    'long range missiles', 'guided missile', 'guided missiles', 'hypersonic missile', 'hypersonic missiles',
    'air-to-surface missile', 'air-to-surface missiles', 'air-to-ground missile', 'air-to-ground missiles',
    'air-to-air missile', 'air-to-air missiles', 'anti-radiation missile', 'anti-radiation missiles',
    'missile system', 'missile systems',
  ] },
  { class: 'cruise_missile', phrases: [
    'cruise missile', 'cruise missiles', 'anti-ship missile', 'anti-ship missiles', 'antiship missile',
    'antiship missiles', 'anti-ship cruise missile', 'anti-ship cruise missiles', 'air-launched cruise missile',
    'air-launched cruise missiles', 'land-attack cruise missile', 'land-attack cruise missiles',
    'ground-launched cruise missile', 'ground-launched cruise missiles', 'sea-launched cruise missile',
    'sea-launched cruise missiles', 'long-range cruise missile', 'long-range cruise missiles',
    'long range cruise missile', 'long range cruise missiles', 'missile-drone', 'missile-drones', 'missile drone',
    'missile drones',
  ] },
  { class: 'guided_bomb', phrases: [
    'guided bomb', 'guided bombs', 'guided aerial bomb', 'guided aerial bombs', 'guided air bomb', 'guided air bombs',
    'glide bomb', 'glide bombs', 'guided glide bomb', 'guided glide bombs', 'precision-guided bomb',
    'precision-guided bombs', 'precision guided bomb', 'precision guided bombs', 'laser-guided bomb',
    'laser-guided bombs', 'smart bomb', 'smart bombs', 'corrected aerial bomb', 'corrected aerial bombs', 'kab', 'kabs',
    'bunker buster', 'bunker busters', 'bunker-buster', 'bunker-busters', 'bunker-buster bomb', 'bunker-buster bombs',
    'bunker buster bomb', 'bunker buster bombs',
  ] },
  { class: 'artillery_ammunition', phrases: [
    'artillery shell', 'artillery shells', 'shells', 'artillery ammunition', 'artillery munition',
    'artillery munitions', 'ammunition', 'ammunitions', 'munition', 'munitions', 'ammo', 'rounds',
    'round of ammunition', 'rounds of ammunition', 'artillery round', 'artillery rounds', 'mortar round',
    'mortar rounds', 'mortar shell', 'mortar shells', 'mortar bomb', 'mortar bombs', 'tank shell', 'tank shells',
    'tank round', 'tank rounds', 'howitzer shell', 'howitzer shells', 'projectile', 'projectiles',
  ] },
  { class: 'rocket_artillery', phrases: [
    'rocket', 'rockets', 'artillery rocket', 'artillery rockets', 'guided rocket', 'guided rockets',
    'rocket artillery', 'rocket launcher', 'rocket launchers', 'rocket system', 'rocket systems',
    'multiple rocket launcher', 'multiple rocket launchers', 'multiple-rocket launcher', 'multiple-rocket launchers',
    'multiple launch rocket system', 'multiple launch rocket systems', 'multiple-launch rocket system',
    'multiple-launch rocket systems', 'multiple rocket launch system', 'multiple rocket launch systems',
    'mlrs', 'mrl', 'mrls',
  ] },
  { class: 'air_defense', phrases: [
    'air defense', 'air defence', 'air defenses', 'air defences', 'air-defense', 'air-defence',
    'air defense system', 'air defense systems', 'air defence system', 'air defence systems',
    'air-defense system', 'air-defense systems', 'air-defence system', 'air-defence systems',
    'air defense battery', 'air defense batteries', 'air defence battery', 'air defence batteries',
    'air defense missile', 'air defense missiles', 'air defence missile', 'air defence missiles',
    'air-defense missile', 'air-defense missiles', 'air-defence missile', 'air-defence missiles',
    'missile defense', 'missile defence', 'missile defense system', 'missile defense systems',
    'missile defence system', 'missile defence systems', 'surface-to-air missile', 'surface-to-air missiles',
    'surface to air missile', 'surface to air missiles', 'sam system', 'sam systems', 'sam site', 'sam sites',
    'sam battery', 'sam batteries', 'sam launcher', 'sam launchers', 'interceptor', 'interceptors',
    'interceptor missile', 'interceptor missiles', 'interceptor drone', 'interceptor drones',
    'anti-aircraft missile', 'anti-aircraft missiles', 'anti-aircraft gun', 'anti-aircraft guns',
    'anti-aircraft system', 'anti-aircraft systems', 'manpads', 'man-portable air-defense system',
    'man-portable air-defense systems', 'man-portable air defence system', 'man-portable air defence systems',
    'counter-drone system', 'counter-drone systems', 'anti-drone system', 'anti-drone systems',
    'anti-aircraft tank', 'anti-aircraft tanks', 'anti-aircraft gun system', 'anti-aircraft gun systems',
    'self-propelled anti-aircraft gun', 'self-propelled anti-aircraft guns',
    // Only the plural: a bare "sam" is a man's name.
    'sams',
  ] },
  { class: 'aircraft', phrases: [
    'aircraft', 'combat aircraft', 'military aircraft', 'fighter aircraft', 'fighter jet', 'fighter jets',
    'jet fighter', 'jet fighters', 'fighter plane', 'fighter planes', 'warplane', 'warplanes', 'fighter-bomber',
    'fighter-bombers', 'bomber', 'bombers', 'strategic bomber', 'strategic bombers', 'helicopter', 'helicopters',
    'attack helicopter', 'attack helicopters', 'combat helicopter', 'combat helicopters', 'military helicopter',
    'military helicopters', 'transport aircraft', 'jets', 'combat jets', 'military jets',
    'stealth fighter', 'stealth fighters', 'multirole fighter', 'multirole fighters', 'multi-role fighter',
    'multi-role fighters', 'fifth-generation fighter', 'fifth-generation fighters', 'trainer jet', 'trainer jets',
    'trainer aircraft', 'jet trainer', 'jet trainers', 'light attack aircraft', 'light combat aircraft',
    'attack aircraft', 'transport helicopter', 'transport helicopters', 'utility helicopter', 'utility helicopters',
    'maritime patrol aircraft', 'tanker aircraft',
    'gunship', 'gunships', 'helicopter gunship', 'helicopter gunships', 'chopper', 'choppers', 'attack chopper',
    'attack choppers',
  ] },
  { class: 'armored_vehicle', phrases: [
    'tank', 'tanks', 'battle tank', 'battle tanks', 'main battle tank', 'main battle tanks',
    'armored vehicle', 'armored vehicles', 'armoured vehicle', 'armoured vehicles', 'armored car', 'armored cars',
    'armoured car', 'armoured cars', 'armored fighting vehicle', 'armored fighting vehicles',
    'armoured fighting vehicle', 'armoured fighting vehicles', 'infantry fighting vehicle',
    'infantry fighting vehicles', 'ifv', 'ifvs', 'armored personnel carrier', 'armored personnel carriers',
    'armoured personnel carrier', 'armoured personnel carriers', 'apc', 'apcs', 'combat vehicle',
    'combat vehicles', 'mrap', 'mraps',
    'mbt', 'mbts', 'tank destroyer', 'tank destroyers', 'light tank', 'light tanks',
  ] },
  { class: 'small_arms', phrases: [
    'small arms', 'small-arms', 'small arms and light weapons', 'light weapon', 'light weapons', 'rifle', 'rifles',
    'assault rifle', 'assault rifles', 'sniper rifle', 'sniper rifles', 'machine gun', 'machine guns',
    'machine-gun', 'machine-guns', 'heavy machine gun', 'heavy machine guns', 'firearm', 'firearms', 'pistol',
    'pistols', 'handgun', 'handguns', 'automatic weapon', 'automatic weapons', 'bullet', 'bullets',
    'small arms ammunition', 'small-arms ammunition', 'grenade', 'grenades', 'hand grenade', 'hand grenades',
    'grenade launcher', 'grenade launchers',
    'carbine', 'carbines', 'submachine gun', 'submachine guns',
  ] },
  { class: 'naval', phrases: [
    'warship', 'warships', 'naval vessel', 'naval vessels', 'naval drone', 'naval drones', 'sea drone',
    'sea drones', 'maritime drone', 'maritime drones', 'underwater drone', 'underwater drones', 'drone boat',
    'drone boats', 'unmanned surface vessel', 'unmanned surface vessels', 'usv', 'usvs', 'patrol boat',
    'patrol boats', 'patrol vessel', 'patrol vessels', 'gunboat', 'gunboats', 'missile boat', 'missile boats',
    'fast attack craft', 'submarine', 'submarines', 'frigate', 'frigates', 'corvette', 'corvettes', 'destroyer',
    'destroyers', 'minehunter', 'minehunters', 'landing ship', 'landing ships', 'torpedo', 'torpedoes',
    'naval mine', 'naval mines', 'sea mine', 'sea mines', 'landing platform dock', 'landing platform docks',
    'amphibious assault ship', 'amphibious assault ships', 'amphibious ship', 'amphibious ships', 'landing craft',
    'offshore patrol vessel', 'offshore patrol vessels', 'coast guard cutter', 'coast guard cutters',
    'naval ship', 'naval ships',
  ] },
  { class: 'other', phrases: [
    'bomb', 'bombs', 'aerial bomb', 'aerial bombs', 'cluster bomb', 'cluster bombs',
    'anti-tank missile', 'anti-tank missiles', 'antitank missile', 'antitank missiles', 'anti-tank guided missile',
    'anti-tank guided missiles', 'atgm', 'atgms', 'anti-tank weapon', 'anti-tank weapons', 'anti-tank rocket',
    'anti-tank rockets', 'rocket-propelled grenade', 'rocket-propelled grenades', 'rpg', 'rpgs', 'howitzer',
    'howitzers', 'self-propelled howitzer', 'self-propelled howitzers', 'artillery', 'artillery piece',
    'artillery pieces', 'artillery system', 'artillery systems', 'artillery gun', 'artillery guns', 'mortar',
    'mortars', 'radar', 'radars',
    'self-propelled gun', 'self-propelled guns', 'field gun', 'field guns', 'radar system', 'radar systems', 'counter-battery radar', 'counter-battery radars',
    'electronic warfare system', 'electronic warfare systems', 'electronic-warfare system',
    'electronic-warfare systems', 'jammer', 'jammers', 'landmine', 'landmines', 'land mine', 'land mines',
    'anti-personnel mine', 'anti-personnel mines', 'antipersonnel mine', 'antipersonnel mines', 'anti-tank mine',
    'anti-tank mines', 'cluster munition', 'cluster munitions', 'cluster bomb', 'cluster bombs', 'aerial bomb',
    'aerial bombs', 'air bomb', 'air bombs', 'explosives', 'gunpowder', 'nitrocellulose', 'components',
    'drone components', 'missile components', 'weapon components', 'weapons components', 'spare parts',
    'dual-use goods', 'dual-use items', 'dual-use technology', 'dual-use technologies', 'microelectronics',
    'microchip', 'microchips', 'semiconductors', 'machine tool', 'machine tools', 'engine', 'engines',
    'drone engine', 'drone engines', 'jet engine', 'jet engines', 'military vehicle', 'military vehicles',
    'body armor', 'body armour', 'night-vision goggles', 'night vision goggles',
    'nuclear weapon', 'nuclear weapons', 'tactical nuclear weapon', 'tactical nuclear weapons',
    'nuclear warhead', 'nuclear warheads', 'tactical nuclear warhead', 'tactical nuclear warheads', 'warhead',
    'warheads',
  ] },
  { class: 'unspecified', phrases: [
    'weapon', 'weapons', 'arms', 'weaponry', 'armament', 'armaments', 'weapon system', 'weapon systems',
    'weapons system', 'weapons systems', 'military aid', 'military assistance', 'military support',
    'military equipment', 'military hardware', 'military kit', 'military supplies', 'military goods', 'defense equipment',
    'defence equipment', 'lethal aid', 'lethal weapons', 'security assistance', 'arms shipment', 'arms shipments',
    'weapons shipment', 'weapons shipments', 'arms package', 'arms packages', 'military aid package',
    'military aid packages', 'lethal support', 'lethal assistance', 'containers', 'crates',
    'ordnance', 'explosive ordnance', 'military gear', 'war materiel', 'military materiel', 'weapons kit',
    // Generic heads that name weapons only as anaphors ("the launchers", "these systems"); see mentions.ts.
    'launcher', 'launchers', 'system', 'systems', 'battery', 'batteries', 'equipment', 'hardware', 'kit', 'materiel',
  ] },
];

/**
 * Generic words of the class `other` that name parts and materials, not weapons: they are traded and
 * sanctioned, but nobody fires them ("components used in drones" tells no use).
 */
// biome-ignore format: phrases are grouped a few to a line by sense
export const partTerms: ReadonlySet<string> = new Set([
  'components', 'drone components', 'missile components', 'weapon components', 'weapons components', 'spare parts',
  'dual-use goods', 'dual-use items', 'dual-use technology', 'dual-use technologies', 'microelectronics',
  'microchip', 'microchips', 'semiconductors', 'machine tool', 'machine tools', 'engine', 'engines', 'drone engine',
  'drone engines', 'jet engine', 'jet engines', 'gunpowder', 'nitrocellulose',
]);
