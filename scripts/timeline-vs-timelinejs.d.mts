export const TIMELINEJS_DIST: string;
export function timelineJsHarness(origin: string, jsonPath: string): string;
export function serveComparison(root: string): Promise<{ url: string; close: () => Promise<void> }>;
