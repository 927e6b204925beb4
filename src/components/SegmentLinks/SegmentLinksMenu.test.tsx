import React, { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TEST_IDS } from '../../constants';
import { SegmentFocusLayer } from '../SegmentFocusLayer';
import { SegmentLinksMenu } from './SegmentLinksMenu';
import type { SafeLink } from './segmentLinks';

const LINKS: SafeLink[] = [
  { title: 'Details', href: '/d/details?var-segment=B', target: '_blank' },
  { title: 'Accounts', href: '/d/accounts?var-segment=B', target: '_self' },
];

interface Opened {
  segment: string;
  x: number;
  y: number;
  returnFocus?: HTMLElement;
}

/** The focus layer and the links menu wired as the panel wires them. */
function Harness({ links = LINKS, onOpen }: { links?: SafeLink[]; onOpen?: (o: Opened) => void }) {
  const [menu, setMenu] = useState<Opened | null>(null);
  return (
    <>
      <button type="button">before</button>
      <SegmentFocusLayer
        segments={['A', 'B'].map((segment) => ({ segment, label: `${segment} moved` }))}
        boxes={[
          { segment: 'A', x: 50, y: 60, width: 20, height: 20 },
          { segment: 'B', x: 150, y: 60, width: 30, height: 30 },
        ]}
        selected={null}
        onSelect={() => {}}
        onFocusSegment={() => {}}
        onOpenLinks={(segment, { x, y }, returnFocus) => {
          const opened = { segment, x, y, returnFocus };
          onOpen?.(opened);
          setMenu(opened);
        }}
      />
      {menu && (
        <SegmentLinksMenu
          segment={menu.segment}
          links={links}
          x={menu.x}
          y={menu.y}
          returnFocus={menu.returnFocus}
          onClose={() => setMenu(null)}
        />
      )}
    </>
  );
}

const button = (s: string) => screen.getByTestId(TEST_IDS.focusSegment(s));
// Grafana's MenuItem with a url is a link (data-role="menuitem"), as the Menu's keyboard handling finds it.
const items = () => Array.from(screen.getByRole('menu').querySelectorAll<HTMLElement>('[data-role="menuitem"]'));

function focusB() {
  act(() => button('A').focus());
  fireEvent.keyDown(button('A'), { key: 'ArrowRight' });
  expect(document.activeElement).toBe(button('B'));
}

describe('data links from the keyboard', () => {
  it.each([
    ['Shift+F10', { key: 'F10', shiftKey: true }],
    ['the ContextMenu key', { key: 'ContextMenu' }],
  ])('%s on a focused segment opens its links at its box, with the focus on the first link', async (_name, key) => {
    const onOpen = jest.fn();
    render(<Harness onOpen={onOpen} />);
    focusB();
    // jsdom lays nothing out: the anchor is the button's box as the browser reports it
    jest
      .spyOn(button('B'), 'getBoundingClientRect')
      .mockReturnValue({ left: 100, top: 40, right: 140, bottom: 80, width: 40, height: 40, x: 100, y: 40 } as DOMRect);
    fireEvent.keyDown(button('B'), key);
    expect(onOpen).toHaveBeenCalledWith(
      expect.objectContaining({ segment: 'B', x: 140, y: 80, returnFocus: button('B') })
    );
    expect(screen.getByTestId(TEST_IDS.linksMenu).textContent).toBe('B');
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByTestId(TEST_IDS.linkItem('Details')));
    expect(document.activeElement).toHaveAttribute('href', '/d/details?var-segment=B');
  });

  it('F10 without Shift does nothing', () => {
    render(<Harness />);
    focusB();
    fireEvent.keyDown(button('B'), { key: 'F10' });
    expect(screen.queryByTestId(TEST_IDS.linksMenu)).toBeNull();
  });

  it('a contextmenu event on a segment (the browser sends one for the menu key) opens the links, not the browser menu', () => {
    render(<Harness />);
    focusB();
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    act(() => {
      button('B').dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(screen.getByTestId(TEST_IDS.linksMenu).textContent).toBe('B');
  });

  it('arrow keys move through the links (Grafana Menu), Escape closes the menu and gives the focus back to the segment', () => {
    render(<Harness />);
    focusB();
    fireEvent.keyDown(button('B'), { key: 'F10', shiftKey: true });
    const [details, accounts] = items();
    expect(document.activeElement).toBe(details);
    fireEvent.keyDown(details, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(accounts);
    fireEvent.keyDown(accounts, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(details);
    fireEvent.keyDown(details, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(accounts);
    fireEvent.keyDown(accounts, { key: 'Escape' });
    expect(screen.queryByTestId(TEST_IDS.linksMenu)).toBeNull();
    expect(document.activeElement).toBe(button('B'));
    // the focus layer works on as before
    fireEvent.keyDown(button('B'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(button('A'));
  });

  it('Enter on a link follows it and closes the menu', () => {
    render(<Harness />);
    focusB();
    fireEvent.keyDown(button('B'), { key: 'ContextMenu' });
    const details = screen.getByTestId(TEST_IDS.linkItem('Details'));
    const clicked = jest.fn((e: MouseEvent) => e.preventDefault()); // jsdom does not navigate
    details.addEventListener('click', clicked);
    fireEvent.keyDown(details, { key: 'Enter' });
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId(TEST_IDS.linksMenu)).toBeNull();
    expect(document.activeElement).toBe(button('B'));
  });

  it('with no links the menu says so and still closes on Escape', () => {
    render(<Harness links={[]} />);
    focusB();
    fireEvent.keyDown(button('B'), { key: 'F10', shiftKey: true });
    expect(screen.getByText('No data links')).toBeInTheDocument();
    const menu = screen.getByRole('menu');
    expect(document.activeElement).toBe(menu);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByTestId(TEST_IDS.linksMenu)).toBeNull();
    expect(document.activeElement).toBe(button('B'));
  });

  it('opened by the pointer (no returnFocus), closing leaves the focus alone', () => {
    const onClose = jest.fn();
    const { unmount } = render(<SegmentLinksMenu segment="A" links={LINKS} x={10} y={10} onClose={onClose} />);
    const before = screen.getByTestId(TEST_IDS.linkItem('Details'));
    expect(document.activeElement).toBe(before);
    fireEvent.keyDown(before, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
    unmount();
    expect(document.activeElement).toBe(document.body);
  });
});
