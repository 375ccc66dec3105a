import { Empty, Spin } from 'antd';
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';

interface Props<T> {
  items: readonly T[];
  active: number;
  onActive: (index: number) => void;
  onPick: (item: T) => void;
  render: (item: T) => ReactNode;
  itemKey: (item: T) => string;
  loading?: boolean;
  empty?: ReactNode;
  testId: string;
}

/** ↑/↓ move, Enter picks: call from the search box's onKeyDown so focus never leaves it. */
export function pickListKeys<T>(
  event: KeyboardEvent,
  items: readonly T[],
  active: number,
  onActive: (i: number) => void,
): boolean {
  if (event.key === 'ArrowDown' && items.length) {
    event.preventDefault();
    onActive(Math.min(items.length - 1, active + 1));
    return true;
  }
  if (event.key === 'ArrowUp' && items.length) {
    event.preventDefault();
    onActive(Math.max(0, active - 1));
    return true;
  }
  return false;
}

export function PickList<T>({
  items,
  active,
  onActive,
  onPick,
  render,
  itemKey,
  loading,
  empty,
  testId,
}: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <Spin spinning={Boolean(loading)}>
      <div ref={box} style={{ maxHeight: 360, overflow: 'auto', marginTop: 8 }}>
        {items.length === 0 && !loading
          ? empty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
          : items.map((item, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the search box above owns ↑/↓/Enter
              // biome-ignore lint/a11y/noStaticElementInteractions: a tap target beside the keyboard path
              <div
                key={itemKey(item)}
                className={`pos-list-item${i === active ? ' pos-list-item-active' : ''}`}
                onMouseEnter={() => onActive(i)}
                onClick={() => onPick(item)}
                data-testid={testId}
              >
                {render(item)}
              </div>
            ))}
      </div>
    </Spin>
  );
}
