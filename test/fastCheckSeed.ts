import fc from 'fast-check';

// Under CI every property runs from one fixed seed, so a submission never fails by the luck of the
// draw; on a developer's machine each run draws a new seed and explores further (a failure prints
// its seed, to replay with FC_SEED).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20_261_204 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
