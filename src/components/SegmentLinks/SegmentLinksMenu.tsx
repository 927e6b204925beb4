import React, { useCallback, useEffect, useRef } from 'react';
import { ContextMenu, MenuItem } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import type { SafeLink } from './segmentLinks';

export interface SegmentLinksMenuProps {
  segment: string;
  links: SafeLink[];
  /** Viewport coordinates where the menu opens. */
  x: number;
  y: number;
  onClose: () => void;
  /**
   * Opened from the keyboard: the element that had the focus (the segment), focused again when the menu
   * closes. Without it (a right-click) the focus is left where the pointer put it.
   */
  returnFocus?: HTMLElement | null;
}

/**
 * The segment's data links in Grafana's context menu; each opens as Grafana opens links (href + target).
 * Grafana's Menu moves through the items with the arrow keys, Home and End, activates one with Enter and
 * closes on Escape; the first item gets the focus when the menu opens.
 */
export function SegmentLinksMenu({ segment, links, x, y, onClose, returnFocus }: SegmentLinksMenuProps) {
  const header = useRef<HTMLDivElement | null>(null);

  // Nothing to focus in the menu (no links): focus the menu itself, so that Escape still reaches it.
  useEffect(() => {
    const menu = header.current?.closest<HTMLElement>('[role="menu"]');
    if (menu && !menu.querySelector('[data-role="menuitem"]:not([data-disabled])')) {
      menu.focus();
    }
  }, []);

  // Give the focus back to the segment when the menu goes, unless the user has moved it elsewhere since.
  useEffect(() => {
    if (!returnFocus) {
      return;
    }
    return () => {
      const active = document.activeElement;
      const lost =
        !active || active === document.body || !active.isConnected || Boolean(active.closest('[role="menu"]'));
      if (returnFocus.isConnected && lost) {
        returnFocus.focus();
      }
    };
  }, [returnFocus]);

  const renderHeader = useCallback(
    () => (
      <div ref={header} data-testid={TEST_IDS.linksMenu}>
        {segment}
      </div>
    ),
    [segment]
  );

  return (
    <ContextMenu
      x={x}
      y={y}
      onClose={onClose}
      focusOnOpen
      renderHeader={renderHeader}
      renderMenuItems={() =>
        links.length === 0 ? (
          <MenuItem label="No data links" disabled testId={TEST_IDS.linkItem('none')} />
        ) : (
          links.map((link, i) => (
            <MenuItem
              key={`${i}-${link.href}`}
              label={link.title}
              icon="external-link-alt"
              url={link.href}
              target={link.target}
              testId={TEST_IDS.linkItem(link.title)}
              onClick={(event) => {
                if (link.onClick) {
                  event.preventDefault();
                  link.onClick(event);
                }
                onClose();
              }}
            />
          ))
        )
      }
    />
  );
}
