import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Adjustment, api, type MemberCard, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan, parseYuan } from '../../../lib/money.ts';

export type CardItem = MemberCard['items'][number];

/** What is being corrected: stored value, points, or one counted item of one card. */
export type AdjustTarget =
  | { account: 'stored_value' }
  | { account: 'points' }
  | { account: 'card_sessions'; card: MemberCard; item: CardItem };

interface Values {
  principal?: string;
  bonus?: string;
  points?: string;
  sessions?: string;
  reason: string;
}

interface Props {
  /** Open while set. */
  target: AdjustTarget | null;
  memberId: string;
  storeId: string | null;
  /** Above this value in fen the adjustment waits for approval; 0 = never. */
  approvalThresholdCents: number | undefined;
  onClose: () => void;
  onDone: (adjustment: Adjustment) => void;
}

// The server's bounds (fen for money, a count for points and sessions).
const MAX_FEN = 100_000_000;
const MAX_POINTS = 100_000_000;
const MAX_SESSIONS = 10_000;

const TEXT: Record<
  AdjustTarget['account'],
  { title: string; help: string; threshold: string; submit: string }
> = {
  stored_value: {
    title: 'adjust.title',
    help: 'adjust.help',
    threshold: 'adjust.thresholdHint',
    submit: 'adjust.submit',
  },
  points: {
    title: 'adjust.pointsTitle',
    help: 'adjust.pointsHelp',
    threshold: 'adjust.valueThresholdHint',
    submit: 'adjust.submitChange',
  },
  card_sessions: {
    title: 'adjust.sessionsTitle',
    help: 'adjust.sessionsHelp',
    threshold: 'adjust.valueThresholdHint',
    submit: 'adjust.submitChange',
  },
};

/** A signed whole number such as "20" or "-5"; null when it is not one. */
function parseCount(text: string | undefined): number | null {
  const s = text?.trim() ?? '';
  return /^[+-]?\d{1,9}$/.test(s) ? Number(s) : null;
}

/**
 * 调账: a manual correction, either way and always with a reason, of stored value (principal and/or
 * bonus), points, or the sessions left on one item of a counted card.
 */
export function AdjustModal({ target, memberId, storeId, approvalThresholdCents, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const open = target !== null;
  // One key per opening: a retry after a timeout records one adjustment, not two.
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (open) idempotencyKey.current = newIdempotencyKey();
  }, [open]);

  // An empty field means "no change"; a leading minus takes money off.
  const toFen = (text: string | undefined) => (text?.trim() ? parseYuan(text) : 0);
  const amountRule = {
    validator: async (_: unknown, text: string | undefined) => {
      const fen = toFen(text);
      if (fen === null || Math.abs(fen) > MAX_FEN) throw new Error(t('adjust.invalidAmount'));
    },
  };
  const countRule = (max: number) => ({
    validator: async (_: unknown, text: string | undefined) => {
      const n = parseCount(text);
      if (n === null || n === 0 || Math.abs(n) > max) throw new Error(t('adjust.invalidCount'));
      // Sessions stay between none and what the card was sold with; the server checks it too.
      if (target?.account === 'card_sessions') {
        const { sessionsLeft, sessionsTotal } = target.item;
        const after = (sessionsLeft ?? 0) + n;
        if (after < 0 || (sessionsTotal !== null && after > sessionsTotal)) {
          throw new Error(t('adjust.sessionsOutOfRange', { total: sessionsTotal }));
        }
      }
    },
  });

  /** The request for this target, or null when the form says nothing changes. */
  const send = (what: AdjustTarget, v: Values, store: string): Promise<Adjustment> | null => {
    const reason = v.reason.trim();
    const headers = { 'Idempotency-Key': idempotencyKey.current };
    switch (what.account) {
      case 'stored_value': {
        const principalDeltaCents = toFen(v.principal) ?? 0;
        const bonusDeltaCents = toFen(v.bonus) ?? 0;
        if (principalDeltaCents === 0 && bonusDeltaCents === 0) {
          form.setFields([{ name: 'principal', errors: [t('adjust.nothingToChange')] }]);
          return null;
        }
        return unwrap(
          api.POST('/api/v1/members/{id}/adjustments', {
            params: { path: { id: memberId } },
            headers,
            body: { storeId: store, principalDeltaCents, bonusDeltaCents, reason },
          }),
        );
      }
      case 'points':
        return unwrap(
          api.POST('/api/v1/members/{id}/points/adjustments', {
            params: { path: { id: memberId } },
            headers,
            body: { storeId: store, pointsDelta: parseCount(v.points) ?? 0, reason },
          }),
        );
      case 'card_sessions':
        return unwrap(
          api.POST('/api/v1/members/{id}/cards/{cardId}/adjustments', {
            params: { path: { id: memberId, cardId: what.card.id } },
            headers,
            body: {
              storeId: store,
              itemCode: what.item.itemCode,
              sessionsDelta: parseCount(v.sessions) ?? 0,
              reason,
            },
          }),
        );
    }
  };

  const submit = async () => {
    if (!storeId || !target) return;
    const request = send(target, await form.validateFields(), storeId);
    if (!request) return;
    setSaving(true);
    try {
      onDone(await request);
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  const text = TEXT[target?.account ?? 'stored_value'];
  const item = target?.account === 'card_sessions' ? target.item : null;
  const params = {
    card: target?.account === 'card_sessions' ? target.card.name : '',
    item: item?.itemName ?? '',
    left: item?.sessionsLeft ?? 0,
    total: item?.sessionsTotal ?? 0,
  };

  return (
    <Modal
      title={t(text.title, params)}
      open={open}
      onCancel={onClose}
      maskClosable={!saving}
      footer={
        <Space>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            loading={saving}
            disabled={!storeId}
            onClick={() => void submit()}
            data-testid="adjust-submit"
          >
            {t(text.submit)}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t(text.help, params)}
        description={
          approvalThresholdCents
            ? t(text.threshold, { amount: formatYuan(approvalThresholdCents) })
            : undefined
        }
      />
      {!storeId && <Alert type="error" title={t('recharge.noStore')} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        autoComplete="off"
        initialValues={{ principal: '', bonus: '', points: '', sessions: '', reason: '' }}
      >
        {target?.account === 'stored_value' && (
          <>
            <Form.Item name="principal" label={t('wallet.principalDelta')} rules={[amountRule]}>
              <Input
                prefix="¥"
                inputMode="decimal"
                placeholder={t('adjust.amountPlaceholder')}
                style={{ maxWidth: 220 }}
                data-testid="adjust-principal"
              />
            </Form.Item>
            <Form.Item name="bonus" label={t('wallet.bonusDelta')} rules={[amountRule]}>
              <Input
                prefix="¥"
                inputMode="decimal"
                placeholder={t('adjust.amountPlaceholder')}
                style={{ maxWidth: 220 }}
                data-testid="adjust-bonus"
              />
            </Form.Item>
          </>
        )}
        {target?.account === 'points' && (
          <Form.Item name="points" label={t('adjust.pointsDelta')} rules={[countRule(MAX_POINTS)]}>
            <Input
              suffix={t('adjust.pointsUnit')}
              placeholder={t('adjust.countPlaceholder')}
              style={{ maxWidth: 220 }}
              data-testid="adjust-points"
            />
          </Form.Item>
        )}
        {target?.account === 'card_sessions' && (
          <Form.Item name="sessions" label={t('adjust.sessionsDelta')} rules={[countRule(MAX_SESSIONS)]}>
            <Input
              suffix={t('adjust.sessionsUnit')}
              placeholder={t('adjust.countPlaceholder')}
              style={{ maxWidth: 220 }}
              data-testid="adjust-sessions"
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('adjust.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('adjust.reason') }),
            },
          ]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="adjust-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
