import { Alert, Button, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { useLoad } from '../lib/use-load.ts';
import { PickList } from './PickList.tsx';

type Held = Schemas['HeldOrder'];

/** F6: carts put aside in this store (挂单); Enter resumes, Del voids. */
export function HeldDialog({
  open,
  storeId,
  onClose,
  onResume,
}: {
  open: boolean;
  storeId: string;
  onClose: () => void;
  onResume: (held: Held) => void;
}) {
  const { t } = useTranslation();
  const list = useLoad(
    () =>
      open ? unwrap(api.GET('/api/v1/held-orders', { params: { query: { storeId } } })) : Promise.resolve([]),
    [open, storeId],
  );
  const [active, setActive] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const items = list.data ?? [];
  useEffect(() => {
    if (open) {
      setActive(0);
      setError(null);
    }
  }, [open]);

  const act = async (held: Held | undefined, action: 'resume' | 'void') => {
    if (!held) return;
    setError(null);
    try {
      const taken = await unwrap(
        api.POST(action === 'resume' ? '/api/v1/held-orders/{id}/resume' : '/api/v1/held-orders/{id}/void', {
          params: { path: { id: held.id } },
        }),
      );
      if (action === 'resume') onResume(taken);
      else await list.reload();
    } catch (err) {
      setError(err);
    }
  };

  // ↑/↓/Enter/Del on the window while open: the modal moves focus around as it opens.
  const keys = useRef({ items, active, act });
  keys.current = { items, active, act };
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      const { items: list, active: at, act: run } = keys.current;
      if (e.key === 'ArrowDown') setActive((a) => Math.min(list.length - 1, a + 1));
      else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
      else if (e.key === 'Enter') void run(list[at], 'resume');
      else if (e.key === 'Delete') void run(list[at], 'void');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <Modal
      open={open}
      title={t('pos.heldTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={560}
    >
      <div data-testid="held-dialog">
        {error ? (
          <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 8 }} />
        ) : null}
        <PickList<Held>
          items={items}
          active={active}
          onActive={setActive}
          onPick={(h) => void act(h, 'resume')}
          itemKey={(h) => h.id}
          loading={list.loading}
          empty={t('pos.heldEmpty')}
          testId="held-row"
          render={(h) => (
            <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
              <Typography.Text strong style={{ flex: 1 }}>
                {h.label || t('pos.heldNoLabel')}
              </Typography.Text>
              <span>{t('pos.heldLines', { count: h.cart.lines.length })}</span>
              <Typography.Text type="secondary">{formatDateTime(h.heldAt)}</Typography.Text>
              <Button
                size="small"
                danger
                onClick={(e) => {
                  e.stopPropagation();
                  void act(h, 'void');
                }}
              >
                {t('pos.heldVoid')}
              </Button>
            </div>
          )}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('pos.heldHelp')}
        </Typography.Text>
      </div>
    </Modal>
  );
}
