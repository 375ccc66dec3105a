import { useEffect, useRef, useState } from 'react';
import {
  api,
  type Level,
  type Member,
  type MemberCard,
  type Points,
  type StoredValue,
  unwrap,
} from '../api/client.ts';
import { type Cart, cartBody, type PricedCart } from './cart.ts';

export interface MemberInfo {
  member: Member;
  level: Level | null;
  storedValue: StoredValue;
  cards: MemberCard[];
  points: Points;
}

async function loadMember(id: string): Promise<MemberInfo> {
  const path = { params: { path: { id } } };
  const [member, storedValue, cards, points, levels] = await Promise.all([
    unwrap(api.GET('/api/v1/members/{id}', path)),
    unwrap(api.GET('/api/v1/members/{id}/stored-value', path)),
    unwrap(api.GET('/api/v1/members/{id}/cards', path)),
    unwrap(api.GET('/api/v1/members/{id}/points', path)),
    unwrap(api.GET('/api/v1/levels')).catch(() => [] as Level[]),
  ]);
  return {
    member,
    level: levels.find((l) => l.id === member.levelId) ?? null,
    storedValue,
    cards: cards.filter((c) => c.status === 'active' && !c.expired),
    points,
  };
}

/** The attached member with balances, usable cards and points; `reload` after a sale or recharge. */
export function useMemberInfo(memberId: string | null) {
  const [info, setInfo] = useState<MemberInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    if (!memberId) {
      setInfo(null);
      setError(null);
      return;
    }
    // `tick` asks for a fresh read of the same member.
    void tick;
    loadMember(memberId).then(
      (next) => {
        if (!live) return;
        setInfo(next);
        setError(null);
      },
      (err) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [memberId, tick]);
  return {
    info: info && info.member.id === memberId ? info : null,
    error,
    reload: () => setTick((n) => n + 1),
  };
}

/**
 * Prices the cart on the server whenever it changes (debounced): the till never computes a discount
 * itself. `quote` is only trusted for checkout when `fresh` (it priced exactly this cart).
 */
export function useQuote(storeId: string, cart: Cart) {
  const [state, setState] = useState<{ key: string; quote: PricedCart | null; error: unknown }>({
    key: '',
    quote: null,
    error: null,
  });
  const [loading, setLoading] = useState(false);
  // Bumped to price the same cart again (the server said PRICE_CHANGED).
  const [round, setRound] = useState(0);
  const body = cartBody(cart);
  const key = cart.lines.length ? JSON.stringify(body) : '';
  const latest = useRef(key);
  latest.current = key;

  // biome-ignore lint/correctness/useExhaustiveDependencies: round is the re-price signal
  useEffect(() => {
    if (!key) {
      setState({ key: '', quote: null, error: null });
      setLoading(false);
      return;
    }
    setLoading(true);
    const timer = window.setTimeout(() => {
      unwrap(api.POST('/api/v1/sales/quote', { body: { storeId, ...JSON.parse(key) } }))
        .then(
          (quote) => latest.current === key && setState({ key, quote, error: null }),
          (error) => latest.current === key && setState((s) => ({ key, quote: s.quote, error })),
        )
        .finally(() => latest.current === key && setLoading(false));
    }, 200);
    return () => window.clearTimeout(timer);
  }, [key, storeId, round]);

  const fresh = key !== '' && state.key === key && state.error === null && state.quote !== null;
  const requote = () => {
    setState((s) => ({ ...s, key: '' }));
    setRound((n) => n + 1);
  };
  return {
    quote: key ? state.quote : null,
    error: state.key === key ? state.error : null,
    fresh,
    loading,
    key,
    requote,
  };
}
