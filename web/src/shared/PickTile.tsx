import { CheckCircleFilled } from '@ant-design/icons';
import { theme } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';

interface Props {
  selected: boolean;
  onPick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  testId: string;
  padding?: string;
  children: ReactNode;
}

/** A large clickable choice (a recharge plan, a card product), keyboard-reachable, ticked when chosen. */
export function PickTile({ selected, onPick, onKeyDown, testId, padding = '12px 14px', children }: Props) {
  const { token } = theme.useToken();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a button cannot hold this block layout across browsers
    <div
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      onClick={onPick}
      onKeyDown={onKeyDown}
      data-testid={testId}
      style={{
        position: 'relative',
        cursor: 'pointer',
        padding,
        borderRadius: 8,
        border: `2px solid ${selected ? token.colorPrimary : token.colorBorderSecondary}`,
        background: selected ? token.colorPrimaryBg : token.colorBgContainer,
        userSelect: 'none',
      }}
    >
      {selected && (
        <CheckCircleFilled style={{ position: 'absolute', top: 8, right: 8, color: token.colorPrimary }} />
      )}
      {children}
    </div>
  );
}
