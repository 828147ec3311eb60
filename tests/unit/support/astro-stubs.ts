// Stand-ins for 'astro:content' and 'astro/loaders', so plain Node can import
// src/content.config.ts and see which folders the collections read.
import { z } from 'astro/zod';

export type StubLoader = { kind: 'glob'; pattern: string; base: string } | { kind: 'file'; path: string };

export const defineCollection = <T>(collection: T): T => collection;
export const reference = (collection: string) => z.string().transform((id) => ({ collection, id }));
export const glob = (options: { pattern: string; base: string }): StubLoader => ({ kind: 'glob', ...options });
export const file = (path: string): StubLoader => ({ kind: 'file', path });
