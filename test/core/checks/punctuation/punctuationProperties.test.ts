import { punctuationCheck } from '../../../../src/core/checks/punctuation/punctuationCheck';
import { describeParagraphCheckProperties } from './paragraphCheckProperties';

describeParagraphCheckProperties(punctuationCheck);
