import { Input, type InputRef } from 'antd';
import { forwardRef, useEffect, useState } from 'react';
import { fenToYuanText, parseYuan } from '../lib/money.ts';

interface Props {
  value: number;
  onChange: (fen: number) => void;
  onEnter?: () => void;
  testId: string;
  size?: 'middle' | 'large';
  autoFocus?: boolean;
}

/** A yuan amount field holding integer fen; keeps what is typed ("12.") until it parses. */
export const YuanInput = forwardRef<InputRef, Props>(function YuanInput(
  { value, onChange, onEnter, testId, size, autoFocus },
  ref,
) {
  const [text, setText] = useState(fenToYuanText(value));
  useEffect(() => {
    setText((current) => (parseYuan(current || '0') === value ? current : fenToYuanText(value)));
  }, [value]);
  const fen = parseYuan(text || '0');
  return (
    <Input
      ref={ref}
      autoFocus={autoFocus}
      size={size ?? 'large'}
      prefix="¥"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      status={fen === null || fen < 0 ? 'error' : undefined}
      onFocus={(e) => e.target.select()}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseYuan(e.target.value || '0');
        if (next !== null && next >= 0) onChange(next);
      }}
      onPressEnter={onEnter}
      data-testid={testId}
    />
  );
});
