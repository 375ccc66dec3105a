import { ScanOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, type InputRef } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../admin/auth/session.tsx';
import { ExchangeModal } from '../admin/pages/points-exchange/ExchangeModal.tsx';
import { ApiError, api, type MemberHit, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { formatYuan } from '../lib/money.ts';
import { useLoad } from '../lib/use-load.ts';
import { RechargeDialog } from '../shared/RechargeDialog.tsx';
import type { Order } from '../shared/receipt/Receipt.tsx';
import { ReceiptDialog } from '../shared/receipt/ReceiptDialog.tsx';
import { CartTable, cardsFor } from './CartTable.tsx';
import {
  addProduct,
  type Cart,
  cartBody,
  cartFromHeld,
  EMPTY_CART,
  type LineStaff,
  onePerLine,
  type ProductInfo,
  removeLine,
  setCoupon,
  setLineCard,
  setLineStaff,
  setMember,
  setQty,
  withQuotedInfo,
} from './cart.ts';
import { HeldDialog } from './HeldDialog.tsx';
import { useMemberInfo, useQuote } from './hooks.ts';
import { Kbd } from './Kbd.tsx';
import { MemberPanel } from './MemberPanel.tsx';
import { PosBar } from './PosBar.tsx';
import type { Shift } from './PosHome.tsx';
import { SalesDialog } from './SalesDialog.tsx';
import { MemberDialog, ProductDialog, toProductInfo } from './SearchDialogs.tsx';
import { ShiftCloseDialog } from './ShiftCloseDialog.tsx';
import { DiscountDialog, PointsDialog, QtyDialog, StaffDialog } from './SmallDialogs.tsx';
import { TenderDialog } from './TenderDialog.tsx';
import { Totals } from './Totals.tsx';
import { useShortcuts } from './use-shortcuts.ts';

type Dialog =
  | 'member'
  | 'product'
  | 'qty'
  | 'staff'
  | 'discount'
  | 'points'
  | 'held'
  | 'tender'
  | 'recharge'
  | 'sales'
  | 'shift'
  | 'exchange';

const NO_STAFF: LineStaff[] = [];

interface Props {
  shift: Shift;
  till: string;
  onShiftClosed: () => void;
  onChangeTill: () => void;
}

/** The counter: the scanner field always has focus; every action has a key shown on its button. */
export function CheckoutScreen({ shift, till, onShiftClosed, onChangeTill }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { me, can, signOut } = useSession();
  const storeId = shift.storeId;
  const storeName = me?.stores.find((s) => s.id === storeId)?.name ?? '';
  const [cart, setCartState] = useState<Cart>(EMPTY_CART);
  const cartRef = useRef(cart);
  const setCart = useCallback((next: Cart) => {
    cartRef.current = next;
    setCartState(next);
  }, []);
  const [selected, setSelected] = useState(-1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [productQuery, setProductQuery] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Order | null>(null);
  const [code, setCode] = useState('');
  const [scanError, setScanError] = useState<string | null>(null);
  const scanner = useRef<InputRef>(null);
  const scanQueue = useRef<Promise<void>>(Promise.resolve());
  const member = useMemberInfo(cart.memberId);
  const priced = useQuote(storeId, cart);
  const quote = priced.quote;
  const line = cart.lines[selected] ?? null;
  const people = useLoad(
    () => unwrap(api.GET('/api/v1/sales/staff', { params: { query: { storeId } } })),
    [storeId],
  );
  const staffNames = useMemo(
    () => new Map((people.data ?? []).map((p) => [p.userId, p.displayName])),
    [people.data],
  );
  const blocked = dialog !== null || receipt !== null;

  // A resumed cart learns its names and prices from the first quote.
  useEffect(() => {
    if (priced.fresh && quote) {
      const next = withQuotedInfo(cartRef.current, quote);
      if (next !== cartRef.current) setCart(next);
    }
  }, [priced.fresh, quote, setCart]);

  const blockedRef = useRef(blocked);
  blockedRef.current = blocked;
  // Deferred past the closing dialog's animation; a dialog opened meanwhile keeps its focus.
  const focusScanner = useCallback(
    () => window.setTimeout(() => !blockedRef.current && scanner.current?.focus(), 60),
    [],
  );
  useEffect(() => {
    if (!blocked) focusScanner();
  }, [blocked, focusScanner]);
  const close = () => setDialog(null);

  const add = (product: ProductInfo) => {
    const result = addProduct(cartRef.current, product);
    setCart(result.cart);
    setSelected(result.index);
  };

  /** Scans run one after another, so a fast scanner keeps the order of its codes. */
  const scan = (raw: string) => {
    const text = raw.trim();
    if (!text) return;
    setScanError(null);
    scanQueue.current = scanQueue.current.then(async () => {
      try {
        const found = await unwrap(
          api.GET('/api/v1/catalog/lookup', { params: { query: { code: text, storeId } } }),
        );
        add(toProductInfo(found));
      } catch (err) {
        if (err instanceof ApiError && (err.code === 'PRODUCT_NOT_FOUND' || err.status === 404)) {
          setProductQuery(text);
          setDialog('product');
        } else {
          setScanError(errorText(t, err));
        }
      }
    });
  };

  const hold = async () => {
    if (!cartRef.current.lines.length) return;
    try {
      const label = member.info?.member.name ?? '';
      await unwrap(
        api.POST('/api/v1/held-orders', {
          body: { storeId, ...(label ? { label } : {}), cart: cartBody(cartRef.current) },
        }),
      );
      setCart(EMPTY_CART);
      setSelected(-1);
      message.success(t('pos.held'));
    } catch (err) {
      message.error(errorText(t, err));
    }
  };

  const pay = () => {
    if (!cart.lines.length) return;
    if (!priced.fresh || !quote) {
      message.info(priced.error ? errorText(t, priced.error) : t('pos.pricing'));
      return;
    }
    setDialog('tender');
  };

  const openStaff = () => {
    if (!line) return;
    if (people.error) void people.reload();
    setDialog('staff');
  };

  const toggleCard = (index: number) => {
    const target = cartRef.current.lines[index];
    if (!target) return;
    const usable = cardsFor(target, member.info?.cards ?? []);
    setCart(setLineCard(cartRef.current, index, target.cardId ? null : (usable[0]?.id ?? null)));
  };

  const clearCart = () => {
    if (!cartRef.current.lines.length && !cartRef.current.memberId) return;
    modal.confirm({
      title: t('pos.clearConfirm'),
      okText: t('pos.clear'),
      okButtonProps: { danger: true },
      onOk: () => {
        setCart(EMPTY_CART);
        setSelected(-1);
      },
      afterClose: focusScanner,
    });
  };

  useShortcuts(!blocked, {
    F2: () => setDialog('member'),
    F3: () => line && !onePerLine(line.product) && setDialog('qty'),
    F4: () => cart.lines.length && setDialog('discount'),
    F5: () => void hold(),
    F6: () => (cart.lines.length ? message.warning(t('pos.resumeNeedsEmpty')) : setDialog('held')),
    F7: () => cart.memberId && cart.lines.length && setDialog('points'),
    F8: pay,
    F9: () => member.info && setDialog('recharge'),
    F10: () => setDialog('sales'),
    Delete: () => {
      if (code || selected < 0) return false;
      setCart(removeLine(cartRef.current, selected));
      setSelected((s) => Math.min(s, cartRef.current.lines.length - 1));
    },
    ArrowUp: () => setSelected((s) => Math.max(0, s - 1)),
    ArrowDown: () => setSelected((s) => Math.min(cart.lines.length - 1, s + 1)),
    Escape: () => (code ? setCode('') : clearCart()),
    'Alt+k': () => selected >= 0 && toggleCard(selected),
    'Alt+s': openStaff,
    'Alt+j': () => setDialog('shift'),
    'Alt+l': () => void signOut(),
  });

  const keys: { k: string; label: string; run: () => void; disabled?: boolean; testId: string }[] = [
    { k: 'F2', label: t('pos.keyMember'), run: () => setDialog('member'), testId: 'key-member' },
    {
      k: 'F3',
      label: t('pos.keyQty'),
      run: () => setDialog('qty'),
      disabled: !line || onePerLine(line.product),
      testId: 'key-qty',
    },
    {
      k: 'Alt+S',
      label: t('pos.keyStaff'),
      run: openStaff,
      disabled: !line,
      testId: 'key-staff',
    },
    {
      k: 'F4',
      label: t('pos.keyDiscount'),
      run: () => setDialog('discount'),
      disabled: !cart.lines.length,
      testId: 'key-discount',
    },
    {
      k: 'F5',
      label: t('pos.keyHold'),
      run: () => void hold(),
      disabled: !cart.lines.length,
      testId: 'key-hold',
    },
    {
      k: 'F6',
      label: t('pos.keyResume'),
      run: () => setDialog('held'),
      disabled: cart.lines.length > 0,
      testId: 'key-resume',
    },
    {
      k: 'F7',
      label: t('pos.keyPoints'),
      run: () => setDialog('points'),
      disabled: !cart.memberId || !cart.lines.length,
      testId: 'key-points',
    },
    {
      k: 'F9',
      label: t('pos.keyRecharge'),
      run: () => setDialog('recharge'),
      disabled: !member.info,
      testId: 'key-recharge',
    },
    { k: 'F10', label: t('pos.keySales'), run: () => setDialog('sales'), testId: 'key-sales' },
    {
      k: 'Del',
      label: t('pos.keyRemove'),
      run: () => {
        setCart(removeLine(cartRef.current, selected));
        setSelected((s) => Math.min(s, cartRef.current.lines.length - 1));
      },
      disabled: !line,
      testId: 'key-remove',
    },
    {
      k: 'Esc',
      label: t('pos.keyClear'),
      run: clearCart,
      disabled: !cart.lines.length && !cart.memberId,
      testId: 'key-clear',
    },
  ];

  return (
    <div className="pos-root" data-testid="pos-screen">
      <PosBar
        storeName={storeName}
        till={till}
        onChangeTill={onChangeTill}
        onCloseShift={() => setDialog('shift')}
        onSignOut={() => void signOut()}
      />
      <div className="pos-main">
        <div className="pos-left">
          <Input
            ref={scanner}
            size="large"
            prefix={<ScanOutlined />}
            placeholder={t('pos.scanPlaceholder')}
            value={code}
            autoComplete="off"
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => {
              scan(code);
              setCode('');
            }}
            onBlur={() =>
              window.setTimeout(() => {
                const el = document.activeElement;
                const typing = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
                if (!typing && !document.querySelector('.ant-modal-wrap, .ant-drawer-open'))
                  scanner.current?.focus();
              }, 120)
            }
            style={{ height: 52, fontSize: 20 }}
            data-testid="scan-input"
          />
          {scanError && (
            <Alert type="error" showIcon closable title={scanError} onClose={() => setScanError(null)} />
          )}
          <CartTable
            cart={cart}
            quote={quote}
            selected={selected}
            onSelect={setSelected}
            cards={member.info?.cards ?? []}
            onToggleCard={toggleCard}
            staffNames={staffNames}
          />
          <Totals priced={priced} cart={cart} />
        </div>
        <div className="pos-side">
          <MemberPanel
            info={member.info}
            error={member.error}
            attached={cart.memberId !== null}
            onFind={() => setDialog('member')}
            onDetach={() => setCart(setMember(cartRef.current, null))}
            coupons={quote?.coupons}
            couponId={cart.couponId}
            onPickCoupon={(id) => setCart(setCoupon(cartRef.current, id))}
            onExchange={can('points.exchange') ? () => setDialog('exchange') : undefined}
          />
          <div className="pos-keys">
            {keys.map((key) => (
              <Button key={key.k} onClick={key.run} disabled={key.disabled} data-testid={key.testId}>
                <Kbd k={key.k} />
                {key.label}
              </Button>
            ))}
          </div>
          <Button
            type="primary"
            size="large"
            onClick={pay}
            disabled={!cart.lines.length}
            style={{ height: 64, fontSize: 20 }}
            data-testid="key-pay"
          >
            <Kbd k="F8" />
            {t('pos.keyPay')} {quote ? formatYuan(quote.totalCents) : ''}
          </Button>
        </div>
      </div>

      <MemberDialog
        open={dialog === 'member'}
        onClose={close}
        onPick={(m: MemberHit) => {
          setCart(setMember(cartRef.current, m.id));
          close();
        }}
      />
      <ProductDialog
        initial={dialog === 'product' ? (productQuery ?? '') : null}
        onClose={close}
        onPick={(p) => {
          add(p);
          close();
        }}
      />
      <QtyDialog
        open={dialog === 'qty'}
        name={line?.product.name ?? ''}
        qty={line?.qty ?? 1}
        onClose={close}
        onSet={(qty) => {
          setCart(setQty(cartRef.current, selected, qty));
          close();
        }}
      />
      <StaffDialog
        open={dialog === 'staff'}
        name={line?.product.name ?? ''}
        current={line?.staff ?? NO_STAFF}
        people={people.data ?? []}
        loading={people.loading}
        onClose={close}
        onSet={(staff) => {
          setCart(setLineStaff(cartRef.current, selected, staff));
          close();
        }}
      />
      <DiscountDialog
        open={dialog === 'discount'}
        current={cart.manualDiscount}
        allowed={can('pos.discount')}
        onClose={close}
        onSet={(manualDiscount) => {
          setCart({ ...cartRef.current, manualDiscount });
          close();
        }}
      />
      <PointsDialog
        open={dialog === 'points'}
        balance={member.info?.points.balance ?? 0}
        current={cart.pointsToRedeem}
        valueCents={quote?.pointsValueCents ?? 0}
        onClose={close}
        onSet={(pointsToRedeem) => {
          setCart({ ...cartRef.current, pointsToRedeem });
          close();
        }}
      />
      <HeldDialog
        open={dialog === 'held'}
        storeId={storeId}
        onClose={close}
        onResume={(held) => {
          setCart(cartFromHeld(held.cart));
          setSelected(0);
          close();
        }}
      />
      {quote && (
        <TenderDialog
          open={dialog === 'tender'}
          totalCents={quote.totalCents}
          cart={cartBody(cart)}
          storeId={storeId}
          till={till}
          storedValueCents={member.info ? member.info.storedValue.totalCents : null}
          onClose={close}
          onPriceChanged={() => {
            close();
            priced.requote();
            message.warning(t('errors.PRICE_CHANGED'));
          }}
          onDone={(order) => {
            setDialog(null);
            setReceipt(order);
            setCart(EMPTY_CART);
            setSelected(-1);
          }}
        />
      )}
      <RechargeDialog
        open={dialog === 'recharge'}
        member={member.info ? { id: member.info.member.id, name: member.info.member.name } : null}
        storeId={storeId}
        onClose={close}
        onDone={() => {
          member.reload();
          message.success(t('pos.recharged'));
          close();
        }}
      />
      {dialog === 'sales' && <SalesDialog storeId={storeId} till={till} onClose={close} />}
      {member.info && (
        <ExchangeModal
          open={dialog === 'exchange'}
          memberId={member.info.member.id}
          onClose={close}
          onDone={() => member.reload()}
        />
      )}
      {dialog === 'shift' && (
        <ShiftCloseDialog
          shiftId={shift.id}
          title={me?.tenant.name ?? ''}
          cashier={me?.user.displayName ?? ''}
          onClose={close}
          onClosed={() => {
            close();
            onShiftClosed();
          }}
        />
      )}
      <ReceiptDialog
        order={receipt}
        title={me?.tenant.name ?? ''}
        storeName={storeName}
        onClose={() => setReceipt(null)}
        header={
          receipt && receipt.changeCents > 0 ? (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 8, fontSize: 18 }}
              title={t('pos.giveChange', { amount: formatYuan(receipt.changeCents) })}
              data-testid="receipt-change"
            />
          ) : null
        }
      />
    </div>
  );
}
