import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, type Me, type Permission, setUnauthorizedHandler, unwrap } from '../../api/client.ts';
import { readStored, writeStored } from '../../lib/storage.ts';

const STORE_KEY = 'md.store';

type Status = 'loading' | 'signed-out' | 'signed-in';
/** Why there is no session: never signed in, the server ended it (401), or the user signed out. */
type Ended = 'none' | 'expired' | 'user';

export interface Session {
  status: Status;
  me: Me | null;
  ended: Ended;
  storeId: string | null;
  setStoreId: (id: string) => void;
  can: (permission: Permission) => boolean;
  /** True when the user holds the permission, or any one of a list. */
  canAny: (permissions: Permission | readonly Permission[]) => boolean;
  signedIn: (me: Me) => void;
  refresh: () => Promise<void>;
  signOut: (everywhere?: boolean) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The remembered store if the user may still use it, else their first store. */
function pickStore(me: Me | null, wanted: string | null): string | null {
  if (!me) return null;
  if (wanted && me.stores.some((s) => s.id === wanted)) return wanted;
  return me.stores.find((s) => s.status === 'active')?.id ?? me.stores[0]?.id ?? null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [ended, setEnded] = useState<Ended>('none');
  const [storeId, setStoreIdState] = useState<string | null>(null);

  const signedIn = useCallback((next: Me) => {
    setMe(next);
    setStatus('signed-in');
    setEnded('none');
    setStoreIdState(pickStore(next, readStored(STORE_KEY)));
  }, []);

  const clear = useCallback((why: Ended) => {
    setMe(null);
    setStatus('signed-out');
    setEnded(why);
  }, []);

  const refresh = useCallback(async () => {
    try {
      signedIn(await unwrap(api.GET('/api/v1/auth/me')));
    } catch {
      clear('none');
    }
  }, [signedIn, clear]);

  useEffect(() => {
    // Any 401 means the session is gone: drop it and let the route guard send the user to sign in.
    setUnauthorizedHandler((response) =>
      clear(response.url.endsWith('/api/v1/auth/me') ? 'none' : 'expired'),
    );
    void refresh();
    return () => setUnauthorizedHandler(null);
  }, [refresh, clear]);

  const setStoreId = useCallback((id: string) => {
    writeStored(STORE_KEY, id);
    setStoreIdState(id);
  }, []);

  const signOut = useCallback(
    async (everywhere = false) => {
      try {
        await unwrap(api.POST(everywhere ? '/api/v1/auth/logout-everywhere' : '/api/v1/auth/logout'));
      } finally {
        clear('user');
      }
    },
    [clear],
  );

  const value = useMemo<Session>(() => {
    const can = (permission: Permission) => me?.permissions.includes(permission) ?? false;
    return {
      status,
      me,
      ended,
      storeId,
      setStoreId,
      can,
      canAny: (permissions) => (typeof permissions === 'string' ? [permissions] : permissions).some(can),
      signedIn,
      refresh,
      signOut,
    };
  }, [status, me, ended, storeId, setStoreId, signedIn, refresh, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
