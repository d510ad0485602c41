/**
 * Every package's unit and integration tests run in a random order within each file, so that no
 * test can lean on another having run first. The seed is printed; `GJ_TEST_SEED=<n> npm test`
 * replays an order. (The browser scenarios are stories told in order and keep theirs.)
 */
const seed = Number(process.env.GJ_TEST_SEED) || Math.floor(Math.random() * 1_000_000);
if (!process.env.VITEST_WORKER_ID) console.log(`Test order: GJ_TEST_SEED=${seed}`);

export const shuffledTests = { shuffle: { files: false, tests: true }, seed };
