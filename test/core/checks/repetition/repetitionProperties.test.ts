import { repetitionCheck } from '../../../../src/core/checks/repetition/repetitionCheck';
import { describeParagraphCheckProperties } from '../punctuation/paragraphCheckProperties';

describeParagraphCheckProperties(repetitionCheck);
