export * from './axis.ts';
export * from './entries.ts';
export * from './lanes.ts';
export * from './layout.ts';
export * from './timelinejs.ts';
