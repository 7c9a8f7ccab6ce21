// Run as a child process by the kill-mid-write test: writes payloads A and B in turn to argv[2]
// with writeFileAtomic until killed, printing `writing X` before and `wrote X` after each write.
import { writeFileAtomic } from '../../../src/node/writeFileAtomic';
import { payload, PAYLOAD_NAMES } from './alternatingPayloads';

async function main(path: string): Promise<never> {
  const payloads = PAYLOAD_NAMES.map((name) => ({ name, data: payload(name) }));
  for (let round = 0; ; round++) {
    const { name, data } = payloads[round % payloads.length]!;
    process.stdout.write(`writing ${name}\n`);
    await writeFileAtomic(path, data);
    process.stdout.write(`wrote ${name}\n`);
  }
}

void main(process.argv[2]!);
