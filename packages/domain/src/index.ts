export * from './entities.js';
export * from './beneficiaries.js';
export * from './calendar.js';
export * from './schedule.js';
export * from './indicators.js';
export * from './roles.js';
export * from './plan/index.js';
