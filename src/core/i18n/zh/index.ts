/**
 * The zh-CN message catalogue. One section file per area keeps concurrent work apart;
 * together they are the one catalogue, and `en/index.ts` must supply the same keys.
 * Keys are prefixed with their section (`punctuation.halfWidth`) so sections never collide.
 */
import { app } from './app';
import { cli } from './cli';
import { punctuation } from './punctuation';
import { repetition } from './repetition';
import { style } from './style';
import { typo } from './typo';
import { consistency } from './consistency';
import { gazetteer } from './gazetteer';
import { arithmetic } from './arithmetic';
import { date } from './date';
import { number } from './number';
import { diff } from './diff';
import { review } from './review';
import { cleanCopy } from './cleanCopy';
import { importer } from './importer';
import { shell } from './shell';
import { recovery } from './recovery';
import { source } from './source';
import { engine } from './engine';
import { chrome } from './chrome';


export const zh = { ...app, ...cli, ...punctuation, ...repetition, ...style, ...typo, ...consistency, ...gazetteer, ...arithmetic, ...date, ...number, ...diff, ...review, ...cleanCopy, ...importer, ...shell, ...recovery, ...source, ...engine, ...chrome } as const;
