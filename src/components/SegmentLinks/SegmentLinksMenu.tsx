import React from 'react';
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
}

/** The segment's data links in Grafana's context menu; each opens as Grafana opens links (href + target). */
export function SegmentLinksMenu({ segment, links, x, y, onClose }: SegmentLinksMenuProps) {
  return (
    <ContextMenu
      x={x}
      y={y}
      onClose={onClose}
      focusOnOpen
      renderHeader={() => <div data-testid={TEST_IDS.linksMenu}>{segment}</div>}
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
