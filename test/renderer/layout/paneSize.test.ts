import { describe, expect, it } from 'vitest';
import { clampPaneSize, comparePaneBounds, sidePanelBounds } from '../../../src/renderer/components/layout/paneSize';
import { PANE_LIMITS } from '../../../src/shared/settingsLimits';

describe('pane sizes', () => {
  it('keeps a dragged size within bounds, in whole pixels', () => {
    expect(clampPaneSize(12.6, { min: 100, max: 300 })).toBe(100);
    expect(clampPaneSize(212.6, { min: 100, max: 300 })).toBe(213);
    expect(clampPaneSize(9000, { min: 100, max: 300 })).toBe(300);
  });

  it('leaves the editor a usable width however wide the side panel is dragged', () => {
    expect(sidePanelBounds(1280, PANE_LIMITS.sidePanel)).toEqual({ min: PANE_LIMITS.sidePanel.min, max: 800 });
    expect(sidePanelBounds(3000, PANE_LIMITS.sidePanel).max).toBe(PANE_LIMITS.sidePanel.max);
    // A window too small for both: the panel keeps its minimum.
    expect(sidePanelBounds(600, PANE_LIMITS.sidePanel)).toEqual({ min: PANE_LIMITS.sidePanel.min, max: PANE_LIMITS.sidePanel.min });
  });

  it('leaves the editor some height below the comparison', () => {
    expect(comparePaneBounds(674, PANE_LIMITS.compare).max).toBe(514);
    expect(comparePaneBounds(200, PANE_LIMITS.compare).max).toBe(PANE_LIMITS.compare.min);
  });
});
