import { looksAlike } from './lookAlike';
import { soundAlike } from './soundAlike';

/** Whether one character could be written for the other by a slip of the ear (岚/兰) or of the eye (士/土). */
export function slipAlike(a: string, b: string): boolean {
  return soundAlike(a, b) || looksAlike(a, b);
}
