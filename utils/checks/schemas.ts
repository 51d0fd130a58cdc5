import * as z from 'zod/mini';
import { JURISDICTIONS, PLATFORM_IDS, RELATIONSHIPS, SEVERITIES } from './types';

// Schemas of the engine's vocabulary, for what validates stored data and messages (background, dashboard).
// Apart from ./types.ts so that content scripts, which only use the constants, bundle no zod.
export const PlatformIdSchema = z.enum(PLATFORM_IDS);
export const JurisdictionSchema = z.enum(JURISDICTIONS);
export const RelationshipSchema = z.enum(RELATIONSHIPS);
export const SeveritySchema = z.enum(SEVERITIES);
