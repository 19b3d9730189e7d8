/// <reference types="vite/client" />
// Every feature of the workbench: each folder here with an index.ts(x) that exports `feature`.
// A new side view or panel is one new folder; nothing else in the renderer changes.
import type { Feature } from '../workbench/feature';

const modules = import.meta.glob<{ feature: Feature }>('./*/index.{ts,tsx}', { eager: true });

export const FEATURES: readonly Feature[] = Object.values(modules).map((module) => module.feature);
