import { z } from 'zod';

/** A span of document text, as UTF-16 offsets into `document.text`. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().optional(),
});
export type Span = z.infer<typeof Span>;

export const EntityKind = z.enum([
  'country',
  'person',
  'outlet',
  'organization',
  'igo',
  'group',
  'weapon_system',
  'region',
]);
export type EntityKind = z.infer<typeof EntityKind>;

export const WeaponClass = z.enum([
  'drone',
  'missile',
  'ballistic_missile',
  'cruise_missile',
  'guided_bomb',
  'artillery_ammunition',
  'rocket_artillery',
  'air_defense',
  'aircraft',
  'armored_vehicle',
  'small_arms',
  'naval',
  'other',
  'unspecified',
]);
export type WeaponClass = z.infer<typeof WeaponClass>;

export const ClaimType = z.enum([
  'transfer',
  'negotiate_transfer',
  'military_use',
  'sanction',
  'threaten',
  'refer_international',
  'coordinate',
  'other',
]);
export type ClaimType = z.infer<typeof ClaimType>;

export const ClaimStatus = z.enum([
  'asserted',
  'denied',
  'unconfirmed',
  'possible',
  'planned',
  'conditional',
]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const SourceKind = z.enum(['person', 'outlet', 'government', 'organization', 'anonymous', 'group']);
export type SourceKind = z.infer<typeof SourceKind>;

export const AttributionMode = z.enum(['direct_quote', 'indirect', 'citation']);
export type AttributionMode = z.infer<typeof AttributionMode>;

/** The document as extraction sees it: body text plus header metadata. */
export const ExtractedDocument = z.object({
  id: z.string(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  text: z.string(),
});
export type ExtractedDocument = z.infer<typeof ExtractedDocument>;

/** A canonical entity with every place the text mentions it. */
export const Entity = z.object({
  id: z.string(),
  kind: EntityKind,
  name: z.string(),
  mentions: z.array(Span),
  role: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
});
export type Entity = z.infer<typeof Entity>;

export const Source = z.object({
  name: z.string(),
  entity: z.string().nullable(),
  kind: SourceKind,
  role: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  mention: Span.optional(),
});
export type Source = z.infer<typeof Source>;

/** One reported statement: who says it, with which cue, over which span, carried by which parent. */
export const Attribution = z.object({
  id: z.string(),
  source: Source,
  cue: z.string(),
  mode: AttributionMode.optional(),
  content: Span,
  parent: z.string().nullable(),
  cueSpan: Span.optional(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Weapon = z.object({
  class: WeaponClass,
  system: z.string().nullable().optional(),
  text: z.string().optional(),
});
export type Weapon = z.infer<typeof Weapon>;

export const Quantity = z.object({
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  approximate: z.boolean().optional(),
  text: z.string().optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const ClaimTime = z.object({
  start: z.string().nullable().optional(),
  end: z.string().nullable().optional(),
  text: z.string().optional(),
});
export type ClaimTime = z.infer<typeof ClaimTime>;

/** One (event, source) statement: what is claimed, how firmly, by whom, with its evidence. */
export const Claim = z.object({
  id: z.string(),
  type: ClaimType,
  actor: z.string().nullable(),
  target: z.string().nullable(),
  weapons: z.array(Weapon),
  quantity: Quantity.nullable().optional(),
  time: ClaimTime.nullable().optional(),
  status: ClaimStatus,
  /** Set on a transfer told as paused, halted, suspended or blocked ("paused a shipment of bombs"): its status is `denied`. */
  halted: z.literal(true).optional(),
  /**
   * The roles whose party the claim's sentence does not name: they come from a pronoun, an earlier
   * sentence or the story's main parties, and are weaker evidence than a named party.
   */
  inferred: z.array(z.enum(['actor', 'target'])).optional(),
  /**
   * When the stance that tells the claim was taken, where the text dates it ("In 2022 Tehran denied
   * ..."), ISO; `time` is when the event happened, `stated` when its source said so.
   */
  stated: z.string().optional(),
  /**
   * Set when the stance is told as an old one ("at first denied", "had previously denied", a dated
   * stance well before publication): a recap, not a stance taken at publication.
   */
  retrospective: z.literal(true).optional(),
  source: z.string().nullable(),
  chain: z.array(z.string()),
  evidence: Span,
});
export type Claim = z.infer<typeof Claim>;

/** What `corroborate extract --json` prints for one document (corroborate/extraction@1). */
export const Extraction = z.object({
  schema: z.literal('corroborate/extraction@1'),
  document: ExtractedDocument,
  entities: z.array(Entity),
  attributions: z.array(Attribution),
  claims: z.array(Claim),
  warnings: z.array(z.string()).optional(),
});
export type Extraction = z.infer<typeof Extraction>;
