import { useEffect, useRef } from 'react';

/**
 * "Show N more" at the end of a paged list. It also presses itself when it scrolls within a screen
 * of view in its scroll container, so reading down a long list never stops at it, while a long
 * draft's panel renders only its first page when the findings arrive.
 */
export function ShowMoreButton({ label, onMore }: { label: string; onMore(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  const latest = useRef(onMore);
  latest.current = onMore;
  useEffect(() => {
    const element = button.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && latest.current(), {
      root: element.closest('.jk-panel-scroll'),
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <button ref={button} type="button" className="jk-show-more" data-testid="show-more" onClick={() => latest.current()}>
      {label}
    </button>
  );
}
