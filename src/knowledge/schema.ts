import { z } from 'zod';
import { WeaponClass } from '../domain/extraction.js';

const Iso3 = z.string().regex(/^[A-Z]{3}$/);
const Names = z.array(z.string().min(1)).readonly();

/** A state (UN member, observer, or widely named other) and every way news names it. */
export const CountryEntry = z.object({
  iso3: Iso3,
  name: z.string().min(1),
  formal: z.string().min(1),
  status: z.enum(['member', 'observer', 'other']),
  aliases: Names,
  adjectives: Names,
  demonyms: Names,
  capitals: Names,
  seats: Names,
});
export type CountryEntry = z.infer<typeof CountryEntry>;

/** A news outlet or agency with its aliases and web domains. */
export const OutletEntry = z.object({
  id: z.string().regex(/^outlet:[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: Names,
  domains: Names,
  country: Iso3.nullable(),
  kind: z.enum(['agency', 'newspaper', 'broadcaster', 'online', 'magazine', 'state_media']),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
});
export type OutletEntry = z.infer<typeof OutletEntry>;

/** An international body (igo:*) or a non-state organisation or armed group. */
export const BodyEntry = z.object({
  id: z.string().regex(/^(igo|org|group):[a-z0-9-]+$/),
  kind: z.enum(['igo', 'organization', 'group']),
  name: z.string().min(1),
  aliases: Names,
  country: Iso3.nullable(),
});
export type BodyEntry = z.infer<typeof BodyEntry>;

/** A named weapon system or munition type with its class and country of origin. */
export const WeaponEntry = z.object({
  id: z.string().regex(/^weapon:[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: Names,
  class: WeaponClass,
  origin: Iso3.nullable(),
});
export type WeaponEntry = z.infer<typeof WeaponEntry>;

/** A well-known official whose name and role news repeat. */
export const PersonEntry = z.object({
  id: z.string().regex(/^person:[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: Names,
  role: z.string().min(1),
  country: Iso3.nullable(),
});
export type PersonEntry = z.infer<typeof PersonEntry>;
