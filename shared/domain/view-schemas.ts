import { z } from 'zod';
import { SessionInfoSchema } from '../session/view-schemas.js';
import type { CommandTable } from './decision.js';
import type { Feature, FeatureViewSchemas } from './feature.js';
import { FEATURES } from './features.js';

/**
 * zod twins of views.ts: the client view as JSON Schema publishes it (docs/asyncapi.json),
 * put together from each feature's view shapes in the order of the feature list.
 * The server never parses its own views with these; tests check that real views of
 * every role parse, and that the inferred types equal the view types.
 * All times are Unix milliseconds.
 */
export { AdmissionSchema, PresenceSchema, SessionInfoSchema } from '../session/view-schemas.js';

type Part = Exclude<keyof FeatureViewSchemas, 'insideOnly'>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type ShapeOf<F, P extends Part> = F extends Feature<CommandTable, infer V> ? (V[P] extends z.ZodRawShape ? V[P] : object) : never;
/** Every feature's shape for one part of the view, merged. */
type Merged<P extends Part> = UnionToIntersection<ShapeOf<(typeof FEATURES)[number], P>>;
type Optionals<S> = { [K in keyof S]: S[K] extends z.ZodOptional<z.ZodType> ? S[K] : z.ZodOptional<S[K] & z.ZodType> };

function merged<P extends Part>(part: P): Merged<P> {
  return Object.assign({}, ...FEATURES.map((f) => (f.viewSchemas as FeatureViewSchemas | undefined)?.[part] ?? {})) as Merged<P>;
}

function optionals<S extends z.ZodRawShape>(shape: S): Optionals<S> {
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s instanceof z.ZodOptional ? s : (s as z.ZodType).optional()])) as Optionals<S>;
}

/**
 * A mask for `.omit()` naming every key given. Its keys are known only at run
 * time, so the variants' static types keep the keys; the published schemas do not.
 */
function mask(keys: Iterable<string>): object {
  return Object.fromEntries([...keys].map((k) => [k, true]));
}

const memberMe = merged('memberMe');
const insideOnly = FEATURES.flatMap((f) => (f.viewSchemas as FeatureViewSchemas | undefined)?.insideOnly ?? []);
const StaffRole = z.enum(['facilitator', 'cofacilitator']);

export const StaffViewSchema = z.strictObject(merged('staff'));

export const SharedViewSchema = z.strictObject({ ...merged('shared'), staff: StaffViewSchema.optional() });

export const MeViewSchema = z.strictObject({ ...merged('me'), ...optionals(memberMe) });

/** Any viewer's view. */
export const ClientViewSchema = z.strictObject({ session: SessionInfoSchema, shared: SharedViewSchema.nullable(), me: MeViewSchema });

/** A facilitator's or co-facilitator's view: `shared.staff` always, no member parts in `me`. */
export const StaffClientViewSchema = z.strictObject({
  session: SessionInfoSchema,
  shared: SharedViewSchema.extend({ staff: StaffViewSchema }),
  me: MeViewSchema.omit(mask(Object.keys(memberMe))).extend({ role: StaffRole, admission: z.literal('admitted') }),
});

/** An admitted member's view: never `shared.staff`; the member parts as each feature declares them (e.g. `me.signal` and `me.feedback` always). */
export const MemberClientViewSchema = z.strictObject({
  session: SessionInfoSchema,
  shared: SharedViewSchema.omit({ staff: true }),
  me: MeViewSchema.extend({ role: z.literal('member'), admission: z.literal('admitted'), ...memberMe }),
});

/** Someone outside the room (waiting, turned away, removed): nothing of the room. */
export const OutsideClientViewSchema = z.strictObject({
  session: SessionInfoSchema,
  shared: z.null(),
  me: MeViewSchema.omit(mask(insideOnly)).extend({ admission: z.enum(['waiting', 'declined', 'removed']) }),
});
