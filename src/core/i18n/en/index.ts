import type { MessageKey } from '../messages';
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

/** Typed against the zh catalogue so a missing English string fails the typecheck. */
export const en: Record<MessageKey, string> = { ...app, ...cli, ...punctuation, ...repetition, ...style, ...typo, ...consistency, ...gazetteer, ...arithmetic, ...date, ...number, ...diff, ...review, ...cleanCopy, ...importer, ...shell, ...recovery, ...source, ...engine, ...chrome };
