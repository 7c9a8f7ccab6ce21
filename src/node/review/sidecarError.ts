import { ReviewError } from '../../core/review/reviewError';

/** A sidecar that is refused (corrupt, newer, unreadable): a ReviewError raised by the file layer. */
export class SidecarError extends ReviewError {
  override name = 'SidecarError';
}
