import { DraftReadError } from '../../../src/node/draftReadError';

/** The DraftReadError a piece of work throws; fails the test if it throws anything else or nothing. */
export async function refusal(work: () => unknown): Promise<DraftReadError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DraftReadError) return error;
    throw error;
  }
  throw new Error('expected a DraftReadError');
}
