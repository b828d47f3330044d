export const ASTRO_CLI: string;
export const ALLOCATOR_TUNABLES: string;
export function buildEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
