import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * The anchor of the page's URL (`#check-ci-pipeline` gives
 * `check-ci-pipeline`) and the key of the navigation that set it, which
 * changes when the same link is followed again.
 */
export function useAnchor(): { anchor: string; navigation: string } {
  const { hash, key } = useLocation();
  let anchor = hash.replace(/^#/, '');
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    // A malformed escape: use the anchor as written.
  }
  return { anchor, navigation: key };
}

/**
 * Scrolls the element of the URL's anchor into view once the page shows it
 * (`ready`), and again whenever a link to an anchor is followed.
 */
export function useScrollToAnchor(ready: boolean) {
  const { anchor, navigation } = useAnchor();
  useEffect(() => {
    if (!ready || !anchor) return;
    // Optional call: jsdom and old browsers have no scrollIntoView.
    document.getElementById(anchor)?.scrollIntoView?.({ block: 'start' });
  }, [ready, anchor, navigation]);
}
