// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check for load balancers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password; sets the session cookie */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the signed-in user on every device */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their permissions and stores */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; my other sessions end */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission a role can carry */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff users I may see */
        get: operations["listUsers"];
        put?: never;
        /** Create a staff user with roles and stores */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, phone, roles or stores of a user */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user and end their sessions */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled user */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a user; their sessions end */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in and custom roles */
        get: operations["listRoles"];
        put?: never;
        /** Create a custom role */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a custom role nobody holds */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /** Rename a custom role or change its permissions */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores I may see */
        get: operations["listStores"];
        put?: never;
        /** Open a store */
        post: operations["createStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a store, or close it */
        patch: operations["updateStore"];
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tenant name, time zone and switches */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change tenant name, time zone or switches */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log, newest first, filterable and cursor-paginated */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One search box: phone, last 4, card, QR token, name, pinyin, initials — ranked */
        get: operations["searchMembers"];
        put?: never;
        /** Register a member */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s profile */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member’s profile, tags, consents */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/members/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything that happened to a member’s value, newest first */
        get: operations["getMemberTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze a member: no value moves until unfrozen */
        post: operations["freezeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unfreeze a member */
        post: operations["unfreezeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a member’s personal data; ledgers stay with an anonymous reference */
        post: operations["eraseMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Member levels, lowest rank first */
        get: operations["listLevels"];
        put?: never;
        /** Create a level: rank, threshold in the basis unit, discount, points multiplier */
        post: operations["createLevel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/levels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a level nobody holds */
        delete: operations["deleteLevel"];
        options?: never;
        head?: never;
        /** Change a level; members keep theirs until the next upgrade or review */
        patch: operations["updateLevel"];
        trace?: never;
    };
    "/api/v1/members/{id}/level-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s level changes, newest first */
        get: operations["listMemberLevelHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recharge-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recharge plans (pay X, get Y bonus) */
        get: operations["listRechargePlans"];
        put?: never;
        /** Create a recharge plan */
        post: operations["createRechargePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recharge-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, reorder or archive a recharge plan */
        patch: operations["updateRechargePlan"];
        trace?: never;
    };
    "/api/v1/members/{id}/recharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s recharges, newest first */
        get: operations["listMemberRecharges"];
        put?: never;
        /** Recharge stored value with a plan or a custom amount (Idempotency-Key required) */
        post: operations["rechargeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recharges/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a recharge: unspent principal back, matching bonus forfeited (Idempotency-Key required) */
        post: operations["refundRecharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/stored-value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s stored value: principal and bonus */
        get: operations["getStoredValue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/stored-value/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s stored-value ledger, newest first */
        get: operations["listStoredValueEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a member’s stored value with a reason; above the approval threshold it waits for a second person */
        post: operations["adjustStoredValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a member’s points with a reason; above the approval threshold it waits for a second person */
        post: operations["adjustPoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/cards/{cardId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the sessions left on one item of a member’s counted card; above the approval threshold it waits */
        post: operations["adjustCardSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval queue and past adjustments */
        get: operations["listAdjustments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adjustments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve and apply a pending adjustment (not your own) */
        post: operations["approveAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adjustments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending adjustment */
        post: operations["rejectAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s points: balance, lots and what expires next */
        get: operations["getPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s points ledger, newest first */
        get: operations["listPointsEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/card-products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counted and time card products */
        get: operations["listCardProducts"];
        put?: never;
        /** Create a card product (items with sessions, or unlimited for a period) */
        post: operations["createCardProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/card-products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Archive or reactivate a card product */
        patch: operations["updateCardProduct"];
        trace?: never;
    };
    "/api/v1/members/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s cards with sessions left and expiry */
        get: operations["listMemberCards"];
        put?: never;
        /** Sell a card to a member with its payment recorded (Idempotency-Key required) */
        post: operations["issueCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/consume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Use one session of an item (Idempotency-Key required) */
        post: operations["consumeCardSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a time card */
        post: operations["pauseCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused time card; its end date moves out by the pause */
        post: operations["resumeCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund what is left of a card, pro rata (Idempotency-Key required) */
        post: operations["refundCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Price a cart with every discount explained, without charging anything */
        post: operations["quoteCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a line can be credited to (commission): the store’s active staff, 技师 first */
        get: operations["listSaleStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales, newest first, in the stores you work in */
        get: operations["listOrders"];
        put?: never;
        /** Ring up a sale: price, take the tenders (split), use cards and points, move stock, earn points — one transaction */
        post: operations["checkout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with its lines, discounts, tenders and refunds (for the receipt too) */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a whole order or chosen lines; reverses every ledger the sale touched, in proportion */
        post: operations["refundOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store’s shifts, newest first (filter by till and status) */
        get: operations["listShifts"];
        put?: never;
        /** Open a till’s shift with its cash float */
        post: operations["openShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shift report: expected amount per tender, cash expected, counted and the difference */
        get: operations["getShift"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shifts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a shift (交班) with the counted cash; the difference is recorded */
        post: operations["closeShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/held-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Carts held in a store */
        get: operations["listHeldOrders"];
        put?: never;
        /** Put a cart aside (挂单); any till of the store can resume it */
        post: operations["holdOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/held-orders/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a held cart back to this till (it leaves the held list) */
        post: operations["resumeHeldOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/held-orders/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a held cart before payment */
        post: operations["voidHeldOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commission rules, most specific first wins: product > category > kind */
        get: operations["listCommissionRules"];
        put?: never;
        /** Add a rule for a product, a category, a kind or recharges (one active rule per target) */
        post: operations["createCommissionRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One commission rule */
        get: operations["getCommissionRule"];
        put?: never;
        post?: never;
        /** Archive a rule; its target falls back to the next rule up */
        delete: operations["deleteCommissionRule"];
        options?: never;
        head?: never;
        /** Change a rule’s values from now on (what was earned stays) */
        patch: operations["updateCommissionRule"];
        trace?: never;
    };
    "/api/v1/commission/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s commission entries and totals over a period; your own always, others’ with commission.read */
        get: operations["getCommissionStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission/statement.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statement as Excel (streamed, every entry) */
        get: operations["exportCommissionStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-person commission totals of a store (or all your stores) over a period */
        get: operations["getCommissionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coupon-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coupon templates (active, or all) */
        get: operations["listCouponTemplates"];
        put?: never;
        /** Create a coupon template (fixed, percent with cap, 满减; scope, stores, validity, limits) */
        post: operations["createCouponTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coupon-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a coupon template’s terms, or archive it (issued coupons keep their validity) */
        patch: operations["updateCouponTemplate"];
        trace?: never;
    };
    "/api/v1/members/{id}/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s coupons: usable first, then used, expired and voided */
        get: operations["listMemberCoupons"];
        put?: never;
        /** Give a member coupons of a template (stock and per-member limit enforced) */
        post: operations["issueCoupons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promotions: member day, special price, order 满减 tiers, buy X get Y */
        get: operations["listPromotions"];
        put?: never;
        /** Create a promotion with its date window and stores */
        post: operations["createPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a promotion’s terms (same kind), or archive / reactivate it */
        patch: operations["updatePromotion"];
        trace?: never;
    };
    "/api/v1/gift-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gift cards, newest first; find one by the last four digits of its code */
        get: operations["listGiftCards"];
        put?: never;
        /** Issue a gift card outside a sale (reason, audited); the code is shown once */
        post: operations["issueGiftCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gift-cards.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every gift card with its balance as Excel (the outstanding balance is a liability) */
        get: operations["exportGiftCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gift-cards/liability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What active cards still hold, in all and per issuing store (a liability, like stored value) */
        get: operations["getGiftCardLiability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gift-cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A gift card with its ledger (every issue, spend, refund and void) */
        get: operations["getGiftCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gift-cards/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a gift card (lost, fraud): its balance is written off in the ledger */
        post: operations["voidGiftCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gift-cards/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a scanned gift card holds and whether it can pay now (the till, before the tender) */
        post: operations["checkGiftCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The points-exchange catalogue (active, or all) */
        get: operations["listExchangeItems"];
        put?: never;
        /** Offer a coupon, a gift product or a gift card for points (optional total stock) */
        post: operations["createExchangeItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item’s name, points, stock or order, or archive it */
        patch: operations["updateExchangeItem"];
        trace?: never;
    };
    "/api/v1/members/{id}/points-exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s points exchanges, newest first */
        get: operations["listMemberExchanges"];
        put?: never;
        /** Exchange a member’s points for a catalogue item — points, stock and the gift in one transaction */
        post: operations["exchangePoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent imports of the kinds the user may import (or of one kind) */
        get: operations["listImports"];
        put?: never;
        /** Upload a file to import (CSV, gzipped CSV or .xlsx as the raw body); answers headers, first rows and a mapping */
        post: operations["uploadImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of import the user may run, each with the fields a column can map to */
        get: operations["listImportKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import’s status and progress (any app node can answer) */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run (or dry-run) an import with a column mapping; poll getImport for progress */
        post: operations["runImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/rejected.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows with the reason for each, as Excel */
        get: operations["downloadImportRejections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/members.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every member with balances and points, as Excel (streamed) */
        get: operations["exportMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/stored-value-ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored-value ledger of a period, as Excel (streamed) */
        get: operations["exportStoredValueLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock per store and product with its moving-average value; lowOnly for low stock */
        get: operations["listStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stock/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock list under the same filters, as Excel (streamed) */
        get: operations["exportStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product’s stock ledger (one store or every store you see), newest first */
        get: operations["listStockLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock-tracked goods for document pickers: SKU prefix, barcode or name */
        get: operations["searchStockProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct one product’s stock in one store with a reason (Idempotency-Key required) */
        post: operations["adjustStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppliers */
        get: operations["listSuppliers"];
        put?: never;
        /** Add a supplier */
        post: operations["createSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, archive or reactivate a supplier */
        patch: operations["updateSupplier"];
        trace?: never;
    };
    "/api/v1/inventory/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purchase orders of your stores, newest first */
        get: operations["listPurchaseOrders"];
        put?: never;
        /** Order goods from a supplier for a store (moves no stock) */
        post: operations["createPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A purchase order with its lines, ordered and received */
        get: operations["getPurchaseOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/purchase-orders/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive all that is outstanding, or the given lines in part (Idempotency-Key required) */
        post: operations["receivePurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/purchase-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel what is still to come on an open or partly received order */
        post: operations["cancelPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers from or to your stores, newest first */
        get: operations["listTransfers"];
        put?: never;
        /** Send goods to another store: they leave at the moving average and are in transit */
        post: operations["sendTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A transfer with its lines and the value they carry */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/transfers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a transfer into the receiving store at the value it left with */
        post: operations["receiveTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a transfer in transit: the goods go back to the sender at the same value */
        post: operations["cancelTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stocktakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock-takes of your stores, newest first (without lines) */
        get: operations["listStocktakes"];
        put?: never;
        /** Open a count sheet for a store */
        post: operations["openStocktake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stocktakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A count sheet with counted, expected and the difference per product */
        get: operations["getStocktake"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stocktakes/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter counted quantities (a null count takes the product off the sheet) */
        put: operations["saveStocktakeLines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stocktakes/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a count sheet: each difference goes through the stock ledger; final */
        post: operations["postStocktake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/stocktakes/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a count sheet without moving stock */
        post: operations["cancelStocktake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every category, flat (parentId builds the tree), by sort */
        get: operations["listCategories"];
        put?: never;
        /** Create a category, at the top or under a parent */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an empty category (no products, no sub-categories) */
        delete: operations["deleteCategory"];
        options?: never;
        head?: never;
        /** Rename, move (never under itself), re-sort or set the points rate of a category */
        patch: operations["updateCategory"];
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products by SKU; search by name, SKU prefix, pinyin initials or barcode (cursor paginated) */
        get: operations["listProducts"];
        put?: never;
        /** Create goods, a service or a card product (sells a card product as an item) */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product with its barcodes */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product (barcodes, when given, replace the set); archive or restore it */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/catalog/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scanner path: a barcode or SKU, exactly, with what checkout needs to show a line */
        get: operations["lookupProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/products.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every product with prices, costs and barcodes, as Excel (streamed) */
        get: operations["exportProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved segments */
        get: operations["listSegments"];
        put?: never;
        /** Save a segment: rules over level, tags, spend, visits, birthday month, store, consent */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a segment’s name and rules */
        put: operations["updateSegment"];
        post?: never;
        /** Delete a segment no campaign uses */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Live count and the first members of (unsaved) rules */
        post: operations["previewSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/segments/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A segment’s members as Excel (streamed; also needs members.export) */
        get: operations["exportSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest first */
        get: operations["listCampaigns"];
        put?: never;
        /** Send a message (and optionally a coupon) to a segment now, or schedule it */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/campaigns/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reached, sent, failed, skipped by consent or cap; coupons redeemed and revenue */
        get: operations["getCampaignReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled campaign */
        post: operations["cancelCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every automation with its switch and parameters */
        get: operations["listAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/automations/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Switch an automation on or off and set its parameters */
        put: operations["saveAutomation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message log: every message with its status, reason and provider reply */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s portal inbox as the member sees it */
        get: operations["getMemberInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store’s appointments starting in [from, to): a calendar day or week */
        get: operations["listAppointments"];
        put?: never;
        /** Book a service for a member (optionally with a person, optionally holding a card session); Idempotency-Key accepted */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member’s appointments in the stores you work in, latest first (at most 100) */
        get: operations["listMemberAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One appointment */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/arrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The member came: uses the card session the booking held; Idempotency-Key accepted */
        post: operations["markAppointmentArrived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel: frees the slot and gives the held card session back (late cancels follow the no-show rule) */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The member did not come (after the start): frees the slot; the session is released or forfeited per the tenant’s rule */
        post: operations["markAppointmentNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{storeId}/appointment-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store’s working hours, slot size and capacities, and per-person hours */
        get: operations["getAppointmentSchedule"];
        /** Set a store’s working hours, slot size and capacities (new bookings follow them) */
        put: operations["saveAppointmentSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{storeId}/appointment-staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who can be booked in a store: its active people, service staff first */
        get: operations["listAppointmentStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ratings of visits in your stores, newest first */
        get: operations["listRatings"];
        put?: never;
        /** Record a member’s rating (1–5) of a visit; one per visit */
        post: operations["recordRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Average rating per store and per person; complaints by status and category */
        get: operations["getFeedbackSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints in your stores, newest first (feedback.read); anyone: those assigned to them */
        get: operations["listComplaints"];
        put?: never;
        /** Log a complaint about a visit, a member’s experience or a store */
        post: operations["fileComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint and its history (feedback.read in its store, or its assignee) */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a complaint: new → assigned → resolved → closed (resolved → assigned reopens); feedback.manage, or the assignee resolving */
        post: operations["changeComplaintStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note and optionally move the follow-up date (feedback.manage or the assignee) */
        post: operations["addComplaintNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Post-visit follow-up tasks (回访): your own, or everyone’s in your stores with feedback.read */
        get: operations["listFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome of a follow-up call and close the task (its assignee, or feedback.manage) */
        post: operations["closeFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/rfm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFM: quintile scores (1–5) and the 8 classes of every member who bought, a page of rows */
        get: operations["getRfm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/rfm.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The RFM members (of one class when asked) as Excel, streamed */
        get: operations["exportRfm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lifecycle stages (活跃/近期流失/中期流失/休眠) by days since the last purchase */
        get: operations["getLifecycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/lifecycle.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members by lifecycle stage (of one stage when asked) as Excel, streamed */
        get: operations["exportLifecycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/abcd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ABCD classes by purchase frequency and amount: counts, amounts, a page of rows */
        get: operations["getAbcd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/abcd.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ABCD members (of one class when asked) as Excel, streamed */
        get: operations["exportAbcd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/affinity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Product affinity: bought A → also bought B, with support, confidence and lift */
        get: operations["getAffinity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/affinity.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The affinity pairs as Excel, streamed */
        get: operations["exportAffinity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today, this week or this month against the period before, the 30-day trend, top items and stores */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales, refunds, cost and gross profit by day, store, category, product, staff or payment */
        get: operations["getSalesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/sales.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sales report as Excel: the same rows and totals */
        get: operations["exportSalesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/liability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored value, points, card sessions and gift cards owed to members at the end of a day, by store */
        get: operations["getLiability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/liability.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The liability report as Excel */
        get: operations["exportLiability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored value recharged in one store and spent in another over a period, and what each store owes or is owed */
        get: operations["getSettlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/settlement.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settlement matrix and nets as Excel */
        get: operations["exportSettlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** New, active and repeat-buying members by day or month and by store */
        get: operations["getMemberGrowth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/members.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Member growth as Excel */
        get: operations["exportMemberGrowth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagement/sms-inbound/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SMS provider webhook for member replies: T / TD / 退订 / STOP opts the number out of marketing SMS. Authenticated by MEMBERDESK_SMS_INBOUND_SECRET in the X-Memberdesk-Secret header or the secret query parameter. */
        post: operations["receiveInboundSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time sign-in code to a phone by SMS (the same answer for any phone) */
        post: operations["requestPortalCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with the code (an unknown phone joins as a member); sets the member cookie */
        post: operations["signInMember"];
        /** Sign this phone out of the member portal */
        delete: operations["signOutMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rotating member code for the counter’s scanner, and the card number */
        get: operations["getPortalMemberCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account: profile, level, stored value, points, cards, coupon counts */
        get: operations["getPortalAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name, birthday, e-mail or marketing consent (opt out) */
        patch: operations["updatePortalProfile"];
        trace?: never;
    };
    "/api/v1/portal/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My coupons: usable, used and expired, with their codes */
        get: operations["listPortalCoupons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My purchases, newest first */
        get: operations["listPortalOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my purchases as a receipt */
        get: operations["getPortalReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/recharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My recharges, newest first */
        get: operations["listPortalRecharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages to me, newest first */
        get: operations["getPortalInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my messages read */
        post: operations["markPortalInboxRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every error: a stable code, a message and optional details */
        ErrorInput: {
            error: {
                code: string;
                message: string;
                details?: unknown;
            };
        };
        AdjustmentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            storeId: string;
            /** @enum {string} */
            account: "stored_value" | "points" | "card_sessions";
            principalDeltaCents: number;
            bonusDeltaCents: number;
            pointsDelta: number;
            /** Format: uuid */
            memberCardId: string | null;
            itemCode: string | null;
            sessionsDelta: number;
            /** @description What the approval threshold compared: the amount, or the value of points or sessions */
            valueCents: number;
            reason: string;
            /** @enum {string} */
            status: "pending" | "applied" | "rejected";
            /** Format: uuid */
            requestedBy: string;
            /** @description ISO-8601 UTC timestamp */
            requestedAt: string;
            /** Format: uuid */
            decidedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            decidedAt: string | null;
            decisionNote: string;
        };
        RfmReportInput: {
            asOf: string;
            windowDays: number | null;
            net: boolean;
            memberCount: number;
            /** @description All members together */
            monetaryCents: number;
            classes: {
                [key: string]: number;
            };
            /** @description Monetary of each class */
            classMonetaryCents: {
                [key: string]: number;
            };
            rows: {
                /** Format: uuid */
                memberId: string;
                /** @description The old system's customer id of an imported member, else the member id */
                memberRef: string;
                name: string;
                recencyDays: number;
                /** @description Distinct purchase orders */
                frequency: number;
                monetaryCents: number;
                rScore: number;
                fScore: number;
                mScore: number;
                /** @enum {string} */
                rfmClass: "important_value" | "important_development" | "important_retain" | "important_win_back" | "general_value" | "general_development" | "general_retain" | "general_win_back";
            }[];
            nextCursor: string | null;
        };
        LifecycleReportInput: {
            asOf: string;
            thresholds: {
                activeDays: number;
                recentDays: number;
                midDays: number;
            };
            memberCount: number;
            stages: {
                [key: string]: number;
            };
            rows: {
                /** Format: uuid */
                memberId: string;
                /** @description The old system's customer id of an imported member, else the member id */
                memberRef: string;
                name: string;
                daysSinceLastPurchase: number;
                /** @enum {string} */
                stage: "active" | "recent_churn" | "mid_churn" | "dormant";
            }[];
            nextCursor: string | null;
        };
        AbcdReportInput: {
            asOf: string;
            windowDays: number | null;
            net: boolean;
            /** @description The cut used (null when nobody bought) */
            frequencyAbove: number | null;
            amountAboveCents: number | null;
            memberCount: number;
            /** @description All members together */
            amountCents: number;
            classes: {
                [key: string]: number;
            };
            classAmountCents: {
                [key: string]: number;
            };
            rows: {
                /** Format: uuid */
                memberId: string;
                /** @description The old system's customer id of an imported member, else the member id */
                memberRef: string;
                name: string;
                frequency: number;
                amountCents: number;
                /** @enum {string} */
                abcdClass: "A" | "B" | "C" | "D";
            }[];
            nextCursor: string | null;
        };
        AffinityReportInput: {
            from: string | null;
            to: string;
            minSupport: number;
            /** @enum {string} */
            sort: "lift" | "confidence" | "support";
            /** @description Purchase orders in the period */
            basketCount: number;
            /** @description Pairs A → B at or above minSupport (rows hold the best of them) */
            pairCount: number;
            rows: {
                /** Format: uuid */
                productAId: string;
                productASku: string;
                productAName: string;
                /** Format: uuid */
                productBId: string;
                productBSku: string;
                productBName: string;
                /** @description Baskets with both */
                pairBaskets: number;
                productABaskets: number;
                productBBaskets: number;
                /** @description pairBaskets / basketCount */
                support: number;
                /** @description pairBaskets / productABaskets */
                confidence: number;
                /** @description confidence / (productBBaskets / basketCount) */
                lift: number;
            }[];
        };
        DayHoursInput: {
            open: string;
            close: string;
        } | null;
        WeekHoursInput: components["schemas"]["DayHoursInput"][];
        AppointmentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            durationMinutes: number;
            /** Format: uuid */
            staffUserId: string | null;
            staffName: string | null;
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string;
            /** @enum {string} */
            status: "booked" | "arrived" | "cancelled" | "no_show";
            /** Format: uuid */
            cardId: string | null;
            cardName: string | null;
            cardItemCode: string | null;
            /**
             * @description The card session the booking holds: reserved until arrival (consumed) or cancel (released)
             * @enum {string}
             */
            session: "none" | "reserved" | "consumed" | "released" | "forfeited";
            note: string;
            cancelReason: string;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
        };
        AppointmentScheduleInput: {
            /** Format: uuid */
            storeId: string;
            hours: components["schemas"]["WeekHoursInput"];
            slotMinutes: number;
            staffCapacity: number;
            storeCapacity: number | null;
            staffHours: {
                /** Format: uuid */
                userId: string;
                hours: components["schemas"]["WeekHoursInput"];
            }[];
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string | null;
            /** @description The tenant’s IANA zone; hours are local times there */
            timezone: string;
        };
        BookableStaffInput: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            serviceStaff: boolean;
        };
        UserInput: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            phone: string;
            /** @enum {string} */
            status: "active" | "disabled";
            allStores: boolean;
            roles: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            }[];
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        RoleInput: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            permissions: ("stores.read" | "stores.manage" | "users.read" | "users.manage" | "roles.manage" | "audit.read" | "settings.manage" | "members.read" | "members.manage" | "members.erase" | "members.phone.unmasked" | "wallet.recharge" | "wallet.refund" | "wallet.adjust" | "wallet.approve" | "wallet.plans.manage" | "cards.products.manage" | "cards.issue" | "cards.consume" | "cards.refund" | "levels.manage" | "members.import" | "members.export" | "points.adjust" | "cards.adjust" | "catalog.manage" | "inventory.read" | "inventory.manage" | "inventory.adjust" | "pos.sell" | "pos.discount" | "pos.refund" | "orders.read" | "commission.manage" | "commission.read" | "engagement.read" | "engagement.manage" | "coupons.manage" | "promotions.manage" | "feedback.read" | "feedback.record" | "feedback.manage" | "giftcards.read" | "giftcards.manage" | "exchange.manage" | "points.exchange" | "appointments.read" | "appointments.manage" | "appointments.schedule" | "history.import" | "reports.read")[];
            builtin: boolean;
        };
        CommissionTierInput: {
            /** @description Month-to-date volume, fen */
            fromCents: number;
            /** @description percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit */
            assignedValue: number;
            /** @description percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit */
            requestedValue: number;
        };
        CommissionRuleInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            scope: "product" | "category" | "kind" | "recharge";
            /** Format: uuid */
            targetId: string | null;
            /** @enum {string|null} */
            kind: "goods" | "service" | "card" | "gift_card" | null;
            targetName: string | null;
            /** @enum {string} */
            basis: "percent" | "fixed";
            /** @description 轮钟 (assigned) value */
            assignedValue: number;
            /** @description 点钟 (requested) value */
            requestedValue: number;
            tiers: components["schemas"]["CommissionTierInput"][];
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        CommissionTotalsInput: {
            saleCents: number;
            /** @description Reversed by refunds (negative) */
            refundCents: number;
            netCents: number;
            /** @description Commissionable volume, refunds netted */
            baseCents: number;
            /** @description Sale entries */
            lines: number;
        };
        CommissionStatementInput: {
            staff: {
                /** Format: uuid */
                userId: string;
                name: string;
            };
            /** @description ISO-8601 UTC timestamp */
            from: string;
            /** @description ISO-8601 UTC timestamp */
            to: string;
            totals: components["schemas"]["CommissionTotalsInput"];
            entries: {
                /** Format: uuid */
                id: string;
                /** @description ISO-8601 UTC timestamp */
                at: string;
                /** @enum {string} */
                kind: "sale" | "refund" | "recharge";
                /** Format: uuid */
                storeId: string;
                /** Format: uuid */
                orderId: string | null;
                orderNo: string;
                lineNo: number | null;
                refundId: string | null;
                itemName: string;
                qty: number;
                sharePercent: number;
                requested: boolean;
                /** @enum {string|null} */
                basis: "percent" | "fixed" | null;
                rate: number;
                baseCents: number;
                amountCents: number;
                /** Format: uuid */
                ruleId: string | null;
            }[];
            truncated: boolean;
        };
        CommissionSummaryInput: {
            /** Format: uuid */
            storeId: string | null;
            /** @description ISO-8601 UTC timestamp */
            from: string;
            /** @description ISO-8601 UTC timestamp */
            to: string;
            rows: {
                saleCents: number;
                /** @description Reversed by refunds (negative) */
                refundCents: number;
                netCents: number;
                /** @description Commissionable volume, refunds netted */
                baseCents: number;
                /** @description Sale entries */
                lines: number;
                /** Format: uuid */
                staffUserId: string;
                name: string;
            }[];
            totals: components["schemas"]["CommissionTotalsInput"];
        };
        CardProductInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "counted" | "time";
            priceCents: number;
            /** @enum {string} */
            validity: "days" | "fixed";
            validDays?: number;
            /** @description ISO-8601 UTC timestamp */
            validUntil?: string;
            /** @enum {string} */
            status: "active" | "archived";
            items: {
                itemCode: string;
                itemName: string;
                sessions: number | null;
            }[];
        };
        MemberCardInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            cardProductId: string;
            name: string;
            /** @enum {string} */
            kind: "counted" | "time";
            /** @enum {string} */
            status: "active" | "paused" | "refunded";
            /** Format: uuid */
            storeId: string;
            priceCents: number;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            pausedAt: string | null;
            refundedCents: number;
            expired: boolean;
            items: {
                itemCode: string;
                itemName: string;
                sessionsTotal: number | null;
                sessionsLeft: number | null;
                /** @description Held for booked appointments (not in sessionsLeft) */
                sessionsReserved: number;
            }[];
        };
        CategoryInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            name: string;
            sort: number;
            /** @description Points per ¥1 paid; null = the tenant’s rate */
            pointsPerYuan: number | null;
            /** @description Products directly in this category */
            productCount: number;
        };
        ProductInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "goods" | "service" | "card" | "gift_card";
            sku: string;
            name: string;
            /** @description Pinyin initials of the name (洗剪吹 → xjc) */
            nameInitials: string;
            /** Format: uuid */
            categoryId: string | null;
            unit: string;
            priceCents: number;
            memberPriceCents: number | null;
            /** @description Standard cost, fen */
            costCents: number;
            trackStock: boolean;
            /** @description Whether the member’s level discount applies */
            levelDiscount: boolean;
            durationMinutes: number | null;
            /** Format: uuid */
            cardProductId: string | null;
            lowStockThreshold: number | null;
            /** @enum {string} */
            status: "active" | "archived";
            barcodes: string[];
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        ProductLineInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "goods" | "service" | "card" | "gift_card";
            sku: string;
            name: string;
            unit: string;
            priceCents: number;
            memberPriceCents: number | null;
            levelDiscount: boolean;
            trackStock: boolean;
            /** Format: uuid */
            categoryId: string | null;
            /** Format: uuid */
            cardProductId: string | null;
            /** @enum {string} */
            matchedBy: "barcode" | "sku";
            /** @description Stock in storeId; null when not asked or not tracked */
            onHand: number | null;
        };
        CouponTemplateInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description fixed: value fen off; percent: value % off (cap maxOffCents); threshold: 满减, value fen off
             * @enum {string}
             */
            kind: "fixed" | "percent" | "threshold";
            /** @description Fen off, or percent off for kind percent */
            value: number;
            /** @description Percent coupons: the most they take off (null = no cap) */
            maxOffCents: number | null;
            /** @description The lines in scope must cost at least this (0 = none) */
            thresholdCents: number;
            /** @enum {string} */
            scope: "all" | "products" | "categories";
            scopeIds: string[];
            /** @description Stores where it can be used; [] = every store */
            storeIds: string[];
            /**
             * @description fixed: validFrom–validUntil; days: validDays from issue
             * @enum {string}
             */
            validity: "fixed" | "days";
            /** @description ISO-8601 UTC timestamp */
            validFrom: string | null;
            /** @description ISO-8601 UTC timestamp */
            validUntil: string | null;
            validDays: number | null;
            /** @description 0 = no limit */
            perMemberLimit: number;
            /** @description null = unlimited */
            totalStock: number | null;
            issuedCount: number;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        CouponInput: {
            /** Format: uuid */
            id: string;
            /** @description Short code for the phone and the scanner */
            code: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            templateId: string;
            name: string;
            /** @enum {string} */
            kind: "fixed" | "percent" | "threshold";
            value: number;
            maxOffCents: number | null;
            thresholdCents: number;
            /** @enum {string} */
            scope: "all" | "products" | "categories";
            scopeIds: string[];
            storeIds: string[];
            /** @enum {string} */
            status: "issued" | "redeemed" | "void";
            /** @enum {string} */
            state: "usable" | "not_yet_valid" | "used" | "expired" | "void";
            /** @description ISO-8601 UTC timestamp */
            validFrom: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string;
            /** @enum {string} */
            source: "manual" | "recharge" | "signup" | "birthday" | "campaign" | "points" | "points_exchange";
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            redeemedAt: string | null;
            /** Format: uuid */
            redeemedOrderId: string | null;
            discountCents: number;
        };
        CartCouponInput: {
            /** Format: uuid */
            id: string;
            /** @description Short code for the phone and the scanner */
            code: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            templateId: string;
            name: string;
            /** @enum {string} */
            kind: "fixed" | "percent" | "threshold";
            value: number;
            maxOffCents: number | null;
            thresholdCents: number;
            /** @enum {string} */
            scope: "all" | "products" | "categories";
            scopeIds: string[];
            storeIds: string[];
            /** @enum {string} */
            status: "issued" | "redeemed" | "void";
            /** @enum {string} */
            state: "usable" | "not_yet_valid" | "used" | "expired" | "void";
            /** @description ISO-8601 UTC timestamp */
            validFrom: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string;
            /** @enum {string} */
            source: "manual" | "recharge" | "signup" | "birthday" | "campaign" | "points" | "points_exchange";
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            redeemedAt: string | null;
            /** Format: uuid */
            redeemedOrderId: string | null;
            discountCents: number;
            applicable: boolean;
            /** @description What it would take off this cart (before points) */
            estimateCents: number;
            /** @description Why not: store, no_items_in_scope, below_threshold */
            reason: string | null;
        };
        SegmentRulesInput: {
            levelIds?: string[];
            tagsAny?: string[];
            tagsAll?: string[];
            spendMinCents?: number;
            spendMaxCents?: number;
            visitsMin?: number;
            visitsMax?: number;
            visitWindowDays?: number;
            lastVisitWithinDays?: number;
            noVisitWithinDays?: number;
            birthdayMonths?: number[];
            homeStoreIds?: string[];
            smsConsent?: boolean;
            emailConsent?: boolean;
            rfmClasses?: ("important_value" | "important_development" | "important_retain" | "important_win_back" | "general_value" | "general_development" | "general_retain" | "general_win_back")[];
            lifecycleStages?: ("active" | "recent_churn" | "mid_churn" | "dormant")[];
            abcdClasses?: ("A" | "B" | "C" | "D")[];
        };
        SegmentInput: {
            /** Format: uuid */
            id: string;
            name: string;
            rules: components["schemas"]["SegmentRulesInput"];
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        CampaignInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            segmentId: string;
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            subject: string;
            body: string;
            couponTemplateId: string | null;
            reportDays: number;
            /** @enum {string} */
            status: "scheduled" | "running" | "done" | "cancelled";
            /** @description ISO-8601 UTC timestamp */
            scheduledAt: string;
            /** @description ISO-8601 UTC timestamp */
            startedAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            finishedAt: string | null;
            audience: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        AutomationInput: {
            /** @enum {string} */
            kind: "birthday" | "win_back" | "level_up" | "balance_low" | "card_expiring" | "coupon_expiring" | "appointment_reminder" | "follow_up";
            enabled: boolean;
            params: {
                [key: string]: unknown;
            };
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string | null;
        };
        MessageInput: {
            /** Format: uuid */
            id: string;
            memberId: string | null;
            memberName: string | null;
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            /** @enum {string} */
            purpose: "marketing" | "transactional";
            template: string;
            recipient: string;
            subject: string;
            body: string;
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "skipped";
            reason: string | null;
            provider: string | null;
            providerId: string | null;
            providerReply: string | null;
            attempts: number;
            /** @description ISO-8601 UTC timestamp */
            nextAttemptAt: string;
            /** @enum {string} */
            sourceType: "campaign" | "automation" | "system";
            sourceId: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            sentAt: string | null;
        };
        RatingInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            orderNo: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            /** Format: uuid */
            staffUserId: string | null;
            staffName: string | null;
            score: number;
            comment: string;
            /** @enum {string} */
            channel: "staff" | "member";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        FeedbackSummaryInput: {
            /** @description ISO-8601 UTC timestamp */
            from: string | null;
            /** @description ISO-8601 UTC timestamp */
            to: string | null;
            ratings: {
                count: number;
                scoreSum: number;
                average: number;
                byScore: {
                    [key: string]: number;
                };
            };
            byStore: {
                id: string | null;
                name: string | null;
                count: number;
                scoreSum: number;
                average: number;
            }[];
            byStaff: {
                id: string | null;
                name: string | null;
                count: number;
                scoreSum: number;
                average: number;
            }[];
            complaints: {
                total: number;
                byStatus: {
                    [key: string]: number;
                };
                byCategory: {
                    [key: string]: number;
                };
            };
        };
        ComplaintInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            /** Format: uuid */
            orderId: string | null;
            orderNo: string | null;
            category: string;
            description: string;
            /** @enum {string} */
            status: "new" | "assigned" | "resolved" | "closed";
            /** Format: uuid */
            assigneeUserId: string | null;
            assigneeName: string | null;
            followUpOn: string | null;
            resolution: string;
            /** @enum {string} */
            channel: "staff" | "member";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
            /** @description ISO-8601 UTC timestamp */
            resolvedAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
        };
        ComplaintNoteInput: {
            /** Format: uuid */
            id: string;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** Format: uuid */
            authorUserId: string | null;
            authorName: string;
            /** @enum {string} */
            kind: "created" | "note" | "assign" | "status";
            /** @enum {string|null} */
            fromStatus: "new" | "assigned" | "resolved" | "closed" | null;
            /** @enum {string|null} */
            toStatus: "new" | "assigned" | "resolved" | "closed" | null;
            /** Format: uuid */
            assigneeUserId: string | null;
            followUpOn: string | null;
            text: string;
        };
        ComplaintDetailInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            /** Format: uuid */
            orderId: string | null;
            orderNo: string | null;
            category: string;
            description: string;
            /** @enum {string} */
            status: "new" | "assigned" | "resolved" | "closed";
            /** Format: uuid */
            assigneeUserId: string | null;
            assigneeName: string | null;
            followUpOn: string | null;
            resolution: string;
            /** @enum {string} */
            channel: "staff" | "member";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
            /** @description ISO-8601 UTC timestamp */
            resolvedAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
            notes: components["schemas"]["ComplaintNoteInput"][];
        };
        FollowUpInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            orderNo: string;
            orderTotalCents: number;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberPhone: string | null;
            /** Format: uuid */
            staffUserId: string | null;
            staffName: string | null;
            /** @description ISO-8601 UTC timestamp */
            visitAt: string;
            /** @description ISO-8601 UTC timestamp */
            dueAt: string;
            /** @enum {string} */
            status: "open" | "done";
            /** @enum {string|null} */
            outcome: "contacted" | "no_answer" | "complaint_raised" | "declined" | "wrong_number" | null;
            note: string;
            /** Format: uuid */
            complaintId: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
        };
        GiftCardInput: {
            /** Format: uuid */
            id: string;
            /** @description The code’s last four digits (the code itself is never stored) */
            last4: string;
            faceValueCents: number;
            balanceCents: number;
            /** @enum {string} */
            status: "active" | "void";
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description Where it was issued or sold
             */
            storeId: string;
            /** @enum {string} */
            source: "sale" | "manual" | "points_exchange";
            /** Format: uuid */
            soldOrderId: string | null;
            soldLineNo: number | null;
            /** Format: uuid */
            memberId: string | null;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            voidedAt: string | null;
            voidReason: string;
            note: string;
        };
        GiftCardEntryInput: {
            /** Format: uuid */
            id: string;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** Format: uuid */
            storeId: string | null;
            /** @enum {string} */
            kind: "issue" | "spend" | "spend_reversal" | "void";
            refType: string;
            refId: string;
            deltaCents: number;
            balanceAfterCents: number;
            note: string;
            /** Format: uuid */
            createdBy: string | null;
        };
        GiftCardDetailInput: {
            /** Format: uuid */
            id: string;
            /** @description The code’s last four digits (the code itself is never stored) */
            last4: string;
            faceValueCents: number;
            balanceCents: number;
            /** @enum {string} */
            status: "active" | "void";
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description Where it was issued or sold
             */
            storeId: string;
            /** @enum {string} */
            source: "sale" | "manual" | "points_exchange";
            /** Format: uuid */
            soldOrderId: string | null;
            soldLineNo: number | null;
            /** Format: uuid */
            memberId: string | null;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            voidedAt: string | null;
            voidReason: string;
            note: string;
            ledger: components["schemas"]["GiftCardEntryInput"][];
        };
        IssuedGiftCardInput: {
            card: components["schemas"]["GiftCardInput"];
            /** @description The full code: shown once, to print or hand over */
            code: string;
        };
        GiftCardCheckInput: {
            /** Format: uuid */
            id: string;
            /** @description The code’s last four digits (the code itself is never stored) */
            last4: string;
            faceValueCents: number;
            balanceCents: number;
            /** @enum {string} */
            status: "active" | "void";
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description Where it was issued or sold
             */
            storeId: string;
            /** @enum {string} */
            source: "sale" | "manual" | "points_exchange";
            /** Format: uuid */
            soldOrderId: string | null;
            soldLineNo: number | null;
            /** Format: uuid */
            memberId: string | null;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            voidedAt: string | null;
            voidReason: string;
            note: string;
            usable: boolean;
            /** @description Why it cannot pay now (GIFT_CARD_NOT_ACTIVE, GIFT_CARD_EXPIRED) */
            unusableCode: string | null;
        };
        ExchangeItemInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "coupon" | "product" | "gift_card";
            /** Format: uuid */
            couponTemplateId: string | null;
            /** Format: uuid */
            productId: string | null;
            giftCardValueCents: number | null;
            pointsCost: number;
            /** @description Total units to give; null = unlimited */
            stock: number | null;
            exchangedCount: number;
            left: number | null;
            /** @enum {string} */
            status: "active" | "archived";
            sort: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        PointsExchangeRecordInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            itemName: string;
            /** @enum {string} */
            kind: "coupon" | "product" | "gift_card";
            qty: number;
            points: number;
            /** Format: uuid */
            storeId: string;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        PointsExchangeInput: {
            /** Format: uuid */
            id: string;
            item: components["schemas"]["ExchangeItemInput"];
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            storeId: string;
            qty: number;
            points: number;
            /** @description The member’s points after the exchange */
            pointsBalance: number;
            coupons: components["schemas"]["CouponInput"][];
            giftCards: components["schemas"]["IssuedGiftCardInput"][];
            /** Format: uuid */
            productId: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        GiftCardLiabilityInput: {
            activeCount: number;
            /** @description Balance of every active card: owed to card holders */
            outstandingCents: number;
            byStore: {
                /** Format: uuid */
                storeId: string;
                activeCount: number;
                outstandingCents: number;
            }[];
        };
        /** @enum {string} */
        ImportKindInput: "members" | "products" | "history";
        ImportJobInput: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ImportKindInput"];
            fileName: string;
            fileHash: string;
            /** @enum {string} */
            status: "uploaded" | "running" | "done" | "failed";
            dryRun: boolean;
            mapping: {
                [key: string]: string;
            } | null;
            totalRows: number;
            processedRows: number;
            /** @description Rows created */
            importedRows: number;
            /** @description Rows that changed an existing record (products: same SKU) */
            updatedRows: number;
            /** @description Rows left as they are: a member whose phone exists, a product with nothing changed */
            skippedRows: number;
            rejectedRows: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            finishedAt: string | null;
            error: string | null;
        };
        StockLevelInput: {
            /** Format: uuid */
            storeId: string;
            storeName: string;
            /** Format: uuid */
            productId: string;
            sku: string;
            productName: string;
            unit: string;
            /** Format: uuid */
            categoryId: string | null;
            onHand: number;
            /** @description Moving-average value of what is on hand (fen) */
            valueCents: number;
            /** @description value / on hand (fen); null with nothing on hand */
            unitCostCents: number | null;
            lowStockThreshold: number | null;
            low: boolean;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        StockEntryInput: {
            /** Format: uuid */
            id: string;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            productId: string;
            /** @enum {string} */
            kind: "opening" | "sale" | "refund" | "purchase" | "transfer_out" | "transfer_in" | "stocktake" | "adjustment";
            refType: string;
            refId: string;
            qtyDelta: number;
            valueDeltaCents: number;
            onHandAfter: number;
            valueAfterCents: number;
            /** Format: uuid */
            actorUserId: string | null;
            note: string;
        };
        StockProductInput: {
            /** Format: uuid */
            id: string;
            sku: string;
            name: string;
            unit: string;
            /** Format: uuid */
            categoryId: string | null;
            costCents: number;
            lowStockThreshold: number | null;
        };
        SupplierInput: {
            /** Format: uuid */
            id: string;
            name: string;
            contact: string;
            phone: string;
            note: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        PurchaseOrderInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            storeName: string;
            /** Format: uuid */
            supplierId: string;
            supplierName: string;
            /** @enum {string} */
            status: "open" | "partial" | "received" | "cancelled";
            note: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
            totalCents: number;
            receivedCents: number;
            lines: {
                lineNo: number;
                /** Format: uuid */
                productId: string;
                sku: string;
                productName: string;
                unit: string;
                qtyOrdered: number;
                qtyReceived: number;
                unitCostCents: number;
            }[];
        };
        PurchaseReceiptInput: {
            /** Format: uuid */
            receiptId: string;
            lines: {
                lineNo: number;
                /** Format: uuid */
                productId: string;
                qty: number;
                valueCents: number;
            }[];
            purchaseOrder: components["schemas"]["PurchaseOrderInput"];
        };
        StockTransferInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromStoreId: string;
            fromStoreName: string;
            /** Format: uuid */
            toStoreId: string;
            toStoreName: string;
            /** @enum {string} */
            status: "in_transit" | "received" | "cancelled";
            note: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** Format: uuid */
            receivedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            receivedAt: string | null;
            /** @description The value the goods left the sender with (fen) */
            valueCents: number;
            lines: {
                /** Format: uuid */
                productId: string;
                sku: string;
                productName: string;
                unit: string;
                qty: number;
                valueCents: number;
            }[];
        };
        StocktakeInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            storeName: string;
            /** @enum {string} */
            status: "open" | "posted" | "cancelled";
            note: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** Format: uuid */
            postedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            postedAt: string | null;
            lines: {
                /** Format: uuid */
                productId: string;
                sku: string;
                productName: string;
                unit: string;
                countedQty: number;
                /** @description On hand when posted; until then, on hand now */
                expectedQty: number;
                difference: number;
                reason: string;
            }[];
        };
        StockAdjustmentInput: {
            /** Format: uuid */
            adjustmentId: string;
            onHand: number;
            valueCents: number;
            valueDeltaCents: number;
        };
        MemberInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Masked as 138****5678 without members.phone.unmasked */
            phone: string | null;
            phoneMasked: boolean;
            cardNo: string | null;
            qrToken: string;
            /** @enum {string} */
            gender: "male" | "female" | "unknown";
            birthday: string | null;
            /** @enum {string} */
            birthdayCalendar: "solar" | "lunar";
            email: string | null;
            /** Format: uuid */
            homeStoreId: string | null;
            /** Format: uuid */
            referrerId: string | null;
            /** Format: uuid */
            levelId: string | null;
            tags: string[];
            customFields: {
                [key: string]: string | number | boolean;
            };
            notes: string;
            smsConsent: boolean;
            emailConsent: boolean;
            /** @enum {string} */
            status: "active" | "frozen" | "erased";
            cumulativeSpendCents: number;
            rechargeTotalCents: number;
            pointsEarnedTotal: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        LevelInput: {
            /** Format: uuid */
            id: string;
            /** @description Higher is better; unique per tenant */
            rank: number;
            name: string;
            /** @description What the level basis must reach: fen of spend or recharge, or points (tenant setting levelBasis) */
            threshold: number;
            /** @description 95 = 95折 (pays 95%); 100 = no discount */
            discountPercent: number;
            /** @description 150 = 1.5× points */
            pointsMultiplierPercent: number;
            benefits: string;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        LevelChangeInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromLevelId: string | null;
            /** Format: uuid */
            toLevelId: string | null;
            /** @enum {string} */
            reason: "recharge" | "checkout" | "points" | "yearly_review";
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /**
             * Format: uuid
             * @description Null when the system made the change (yearly review)
             */
            actorUserId: string | null;
        };
        PortalProfileInput: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string | null;
            cardNo: string | null;
            /** @enum {string} */
            gender: "male" | "female" | "unknown";
            birthday: string | null;
            /** @enum {string} */
            birthdayCalendar: "solar" | "lunar";
            email: string | null;
            smsConsent: boolean;
            emailConsent: boolean;
            /** @enum {string} */
            status: "active" | "frozen" | "erased";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        PortalAccountInput: {
            profile: components["schemas"]["PortalProfileInput"];
            level: {
                /** @enum {string} */
                basis: "spend" | "recharge" | "points";
                /** @description Fen of spend or recharge, or points earned, by the basis */
                total: number;
                current: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    rank: number;
                    threshold: number;
                    discountPercent: number;
                    benefits: string;
                } | null;
                next: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    rank: number;
                    threshold: number;
                    discountPercent: number;
                    benefits: string;
                } | null;
                /** @description What is left to reach the next level, in the basis unit */
                toNext: number | null;
            };
            storedValue: {
                principalCents: number;
                bonusCents: number;
                totalCents: number;
            };
            points: {
                balance: number;
                nextExpiry: {
                    /** @description ISO-8601 UTC timestamp */
                    at: string;
                    points: number;
                } | null;
            };
            cards: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "counted" | "time";
                /** @enum {string} */
                status: "active" | "paused" | "refunded";
                /** @description ISO-8601 UTC timestamp */
                expiresAt: string | null;
                expired: boolean;
                items: {
                    itemName: string;
                    sessionsTotal: number | null;
                    /** @description Free to use: held by bookings not counted */
                    sessionsLeft: number | null;
                }[];
            }[];
            coupons: {
                usable: number;
                used: number;
                expired: number;
            };
            inboxUnread: number;
        };
        PromotionInput: {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "member_day";
            rules: {
                /** @description 0 = Sunday … 6 = Saturday */
                weekdays: number[];
                /** @description Extra percent off the order for members */
                percentOff: number;
                /** @description 200 = double points */
                pointsMultiplierPercent: number;
            };
        } | {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "special_price";
            rules: {
                items: {
                    /** Format: uuid */
                    productId: string;
                    priceCents: number;
                }[];
            };
        } | {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "order_tiers";
            rules: {
                tiers: {
                    thresholdCents: number;
                    offCents: number;
                }[];
            };
        } | {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "buy_x_get_y";
            rules: {
                productIds: string[];
                buyQty: number;
                getQty: number;
                /** @description Off each "get" unit: 100 = free */
                percentOff: number;
            };
        };
        LiabilityInput: {
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            asOf: string;
            rows: {
                /** @description Stored value principal: paid in by members, not yet spent */
                principalCents: number;
                /** @description Stored value bonus still to be honoured */
                bonusCents: number;
                points: number;
                /** @description The points at the redemption rate, rounded down */
                pointsValueCents: number;
                /** @description Unused sessions of unexpired counted cards */
                cardSessions: number;
                /** @description Their share of the card price (price × unused ÷ sold, rounded down) */
                cardValueCents: number;
                /** @description Unspent balances of unexpired gift cards */
                giftCardCents: number;
                /**
                 * Format: uuid
                 * @description null: value with no store (member without a home store)
                 */
                storeId: string | null;
                storeCode: string;
                storeName: string;
            }[];
            total: {
                /** @description Stored value principal: paid in by members, not yet spent */
                principalCents: number;
                /** @description Stored value bonus still to be honoured */
                bonusCents: number;
                points: number;
                /** @description The points at the redemption rate, rounded down */
                pointsValueCents: number;
                /** @description Unused sessions of unexpired counted cards */
                cardSessions: number;
                /** @description Their share of the card price (price × unused ÷ sold, rounded down) */
                cardValueCents: number;
                /** @description Unspent balances of unexpired gift cards */
                giftCardCents: number;
            };
        };
        SettlementInput: {
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            stores: {
                /** Format: uuid */
                storeId: string;
                code: string;
                name: string;
            }[];
            /** @description Recharge store × spend store; a store’s own money spent in it included */
            cells: {
                /**
                 * Format: uuid
                 * @description Where the money was recharged: it owes…
                 */
                rechargeStoreId: string;
                /**
                 * Format: uuid
                 * @description …the store where it was spent or paid back
                 */
                spendStoreId: string;
                /** @description Settled: principal spent less principal refunded back */
                principalCents: number;
                /** @description Bonus spent, shown, not settled */
                bonusCents: number;
            }[];
            nets: {
                /** Format: uuid */
                storeId: string;
                /** @description Other stores’ principal spent here */
                receivableCents: number;
                /** @description This store’s principal spent elsewhere */
                payableCents: number;
                /** @description receivable − payable: positive is paid to the store */
                netCents: number;
            }[];
            /** @description Σ net of the stores shown: 0 when every store is shown */
            totalNetCents: number;
        };
        MemberGrowthInput: {
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            /** @enum {string} */
            by: "day" | "month";
            series: {
                /** @description Registered in the period at this home store (history imports excluded) */
                newMembers: number;
                /** @description Distinct members with a sale order */
                activeMembers: number;
                /** @description Members with two or more orders in the bucket or period */
                repeatBuyers: number;
                /** @description YYYY-MM-DD or YYYY-MM */
                bucket: string;
            }[];
            byStore: {
                /** @description Registered in the period at this home store (history imports excluded) */
                newMembers: number;
                /** @description Distinct members with a sale order */
                activeMembers: number;
                /** @description Members with two or more orders in the bucket or period */
                repeatBuyers: number;
                /** Format: uuid */
                storeId: string;
                storeCode: string;
                storeName: string;
            }[];
            total: {
                /** @description Registered in the period at this home store (history imports excluded) */
                newMembers: number;
                /** @description Distinct members with a sale order */
                activeMembers: number;
                /** @description Members with two or more orders in the bucket or period */
                repeatBuyers: number;
            };
        };
        DashboardTotalsInput: {
            /** @description What sales orders charged: order totals after every discount, before refunds */
            salesCents: number;
            orderCount: number;
            /** @description Refunded in the period (of orders of any day) */
            refundCents: number;
            /** @description salesCents − refundCents */
            netCents: number;
            /** @description Stored value recharged: the principal paid, bonus excluded */
            rechargeCents: number;
            rechargeCount: number;
            /** @description Principal paid back by recharge refunds in the period */
            rechargeRefundCents: number;
            /** @description Members registered in the period (history imports excluded) */
            newMembers: number;
            /** @description Distinct members who bought in the period */
            activeMembers: number;
        };
        DashboardInput: {
            /** @enum {string} */
            period: "today" | "week" | "month";
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            /** @description The previous period of equal length: yesterday, last week or last month to the same day */
            previous: components["schemas"]["DashboardTotalsInput"];
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            previousFrom: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            previousTo: string;
            totals: components["schemas"]["DashboardTotalsInput"];
            /** @description Every day of the 30 days ending `to`, zero-filled, oldest first */
            trend: {
                /**
                 * Format: date
                 * @description A calendar day in the tenant's time zone, YYYY-MM-DD
                 */
                day: string;
                salesCents: number;
                refundCents: number;
                rechargeCents: number;
                orderCount: number;
            }[];
            /** @description The 10 products with the most sales in the period */
            topItems: {
                /** Format: uuid */
                productId: string;
                name: string;
                quantity: number;
                salesCents: number;
            }[];
            /** @description Every store in scope, by code */
            byStore: {
                /** Format: uuid */
                storeId: string;
                storeCode: string;
                storeName: string;
                salesCents: number;
                orderCount: number;
                rechargeCents: number;
            }[];
        };
        SalesReportRowInput: {
            /** @description The day, store id, category id, product id, staff user id or tender method; "none" for none */
            key: string;
            /** @description The day, store name, category name, product name or staff name; the method for payment; "" for none */
            label: string;
            /** @description Orders with a line (or a payment) in this row; in totals every order once */
            orderCount: number;
            /** @description Units sold; by=staff units split by share; by=payment the number of payments */
            quantity: number;
            /** @description Sold (line totals after every discount); by=payment paid with it */
            salesCents: number;
            /** @description Refunded in the period; by=payment refunded to it */
            refundCents: number;
            /** @description salesCents − refundCents */
            netCents: number;
            /** @description Net cost: moving-average cost at sale time less what refunds took back */
            costCents: number;
            /** @description netCents − costCents */
            grossProfitCents: number;
        };
        SalesReportTotalsInput: {
            /** @description Orders with a line (or a payment) in this row; in totals every order once */
            orderCount: number;
            /** @description Units sold; by=staff units split by share; by=payment the number of payments */
            quantity: number;
            /** @description Sold (line totals after every discount); by=payment paid with it */
            salesCents: number;
            /** @description Refunded in the period; by=payment refunded to it */
            refundCents: number;
            /** @description salesCents − refundCents */
            netCents: number;
            /** @description Net cost: moving-average cost at sale time less what refunds took back */
            costCents: number;
            /** @description netCents − costCents */
            grossProfitCents: number;
        };
        SalesReportInput: {
            /** @enum {string} */
            by: "day" | "store" | "category" | "product" | "staff" | "payment";
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            rows: components["schemas"]["SalesReportRowInput"][];
            totals: components["schemas"]["SalesReportTotalsInput"];
        };
        PricedCartInput: {
            lines: {
                /** Format: uuid */
                productId: string;
                sku: string;
                name: string;
                /** @enum {string} */
                kind: "goods" | "service" | "card" | "gift_card";
                qty: number;
                unitPriceCents: number;
                listCents: number;
                discountCents: number;
                totalCents: number;
                pointsRedeemed: number;
                adjustments: {
                    kind: string;
                    label: string;
                    amountCents: number;
                }[];
            }[];
            orderAdjustments: {
                kind: string;
                label: string;
                amountCents: number;
            }[];
            listCents: number;
            discountCents: number;
            totalCents: number;
            pointsRedeemed: number;
            pointsValueCents: number;
            /** @description Points if everything is paid with money */
            pointsToEarnEstimate: number;
            /** @description The member’s usable coupons, each priced on this cart */
            coupons: components["schemas"]["CartCouponInput"][];
        };
        OrderSummaryInput: {
            /** Format: uuid */
            id: string;
            orderNo: string;
            /** Format: uuid */
            storeId: string;
            till: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            cashierName: string | null;
            /** @enum {string} */
            status: "completed" | "partially_refunded" | "refunded";
            listCents: number;
            discountCents: number;
            totalCents: number;
            refundedCents: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        OrderInput: {
            /** Format: uuid */
            id: string;
            orderNo: string;
            /** Format: uuid */
            storeId: string;
            till: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            cashierName: string | null;
            /** @enum {string} */
            status: "completed" | "partially_refunded" | "refunded";
            listCents: number;
            discountCents: number;
            totalCents: number;
            refundedCents: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** Format: uuid */
            shiftId: string | null;
            memberPhone: string | null;
            changeCents: number;
            pointsRedeemed: number;
            pointsValueCents: number;
            pointsEarned: number;
            moneyPaidCents: number;
            note: string;
            orderAdjustments: {
                kind: string;
                label: string;
                amountCents: number;
            }[];
            lines: {
                lineNo: number;
                /** Format: uuid */
                productId: string;
                sku: string;
                name: string;
                /** @enum {string} */
                kind: "goods" | "service" | "card" | "gift_card";
                qty: number;
                unitPriceCents: number;
                listCents: number;
                discountCents: number;
                totalCents: number;
                adjustments: {
                    kind: string;
                    label: string;
                    amountCents: number;
                }[];
                pointsRedeemed: number;
                /** Format: uuid */
                memberCardId: string | null;
                /** Format: uuid */
                issuedCardId: string | null;
                refundedQty: number;
                refundedCents: number;
                staff: {
                    /** Format: uuid */
                    userId: string;
                    name: string;
                    sharePercent: number;
                    requested: boolean;
                }[];
            }[];
            payments: {
                seq: number;
                /** @enum {string} */
                method: "cash" | "stored_value" | "gift_card" | "bank_card" | "wechat" | "alipay" | "other";
                amountCents: number;
                tenderedCents: number;
                principalCents: number;
                bonusCents: number;
                ref: string;
                refundedCents: number;
            }[];
            memberBalances: {
                principalCents: number;
                bonusCents: number;
                points: number;
            } | null;
            refunds: {
                /** Format: uuid */
                id: string;
                amountCents: number;
                reason: string;
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
            }[];
            /** @description Gift cards sold on the order and the ones that paid it */
            giftCards: {
                /** Format: uuid */
                giftCardId: string;
                last4: string;
                /** @enum {string} */
                role: "sold" | "paid";
                lineNo: number | null;
                seq: number | null;
                amountCents: number;
                /** @description The card’s balance now */
                balanceCents: number;
                /** @description The full code: only in the sale’s own response, for the receipt */
                code: string | null;
            }[];
        };
        ShiftInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            till: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: uuid */
            openedBy: string;
            /** @description ISO-8601 UTC timestamp */
            openedAt: string;
            floatCents: number;
            /** Format: uuid */
            closedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
            orderCount: number;
            refundCount: number;
            tenders: {
                /** @enum {string} */
                method: "cash" | "stored_value" | "gift_card" | "bank_card" | "wechat" | "alipay" | "other";
                salesCents: number;
                refundsCents: number;
                netCents: number;
            }[];
            expectedCashCents: number;
            countedCashCents: number | null;
            differenceCents: number | null;
            note: string;
        };
        HeldOrderInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            label: string;
            /** Format: uuid */
            memberId: string | null;
            cart: {
                /** Format: uuid */
                memberId?: string | null;
                lines: {
                    /** Format: uuid */
                    productId: string;
                    qty: number;
                    /** @description The price the till showed; a different current price → PRICE_CHANGED */
                    unitPriceCents?: number;
                    /**
                     * Format: uuid
                     * @description Pay this line with sessions of this member card
                     */
                    cardId?: string;
                    staff?: {
                        /** Format: uuid */
                        userId: string;
                        sharePercent: number;
                        /** @description 点钟: the member asked for this person */
                        requested?: boolean;
                    }[];
                }[];
                manualDiscount?: {
                    /** @enum {string} */
                    kind: "percent" | "amount";
                    value: number;
                    reason: string;
                } | null;
                pointsToRedeem?: number;
                /**
                 * Format: uuid
                 * @description One of the member’s coupons
                 */
                couponId?: string | null;
                /** @description A coupon by its scanned code */
                couponCode?: string | null;
            };
            /** Format: uuid */
            heldBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            heldAt: string;
        };
        SaleStaffInput: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            roleCodes: string[];
        };
        StoreInput: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            address: string;
            phone: string;
            /**
             * @description direct = 直营, franchise = 加盟
             * @enum {string}
             */
            ownership: "direct" | "franchise";
            /** @enum {string} */
            status: "active" | "closed";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        RechargePlanInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description fen (1/100 yuan) */
            payCents: number;
            /** @description fen (1/100 yuan) */
            bonusCents: number;
            /** @description Points credited with each recharge on this plan */
            points: number;
            /**
             * Format: uuid
             * @description Coupons given with each recharge on this plan
             */
            couponTemplateId: string | null;
            /** @description How many coupons of that template */
            couponCount: number;
            /** @enum {string} */
            status: "active" | "archived";
            sort: number;
        };
        RechargeInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            planId: string | null;
            /** @description fen (1/100 yuan) */
            principalCents: number;
            /** @description fen (1/100 yuan) */
            bonusCents: number;
            points: number;
            /** @enum {string} */
            paymentMethod: "cash" | "bank_card" | "wechat" | "alipay" | "other";
            paymentRef: string;
            /** @enum {string} */
            status: "completed" | "refunded";
            /** @description fen (1/100 yuan) */
            refundedPrincipalCents: number;
            /** @description fen (1/100 yuan) */
            forfeitedBonusCents: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            refundedAt: string | null;
        };
        ImportKindInfoInput: {
            kind: components["schemas"]["ImportKindInput"];
            permission: string;
            fields: {
                key: string;
                required: boolean;
                /** @description Headers recognised; the first is the template’s */
                aliases: string[];
            }[];
        };
        /** @description Every error: a stable code, a message and optional details */
        Error: {
            error: {
                code: string;
                message: string;
                details?: unknown;
            };
        };
        Adjustment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            storeId: string;
            /** @enum {string} */
            account: "stored_value" | "points" | "card_sessions";
            principalDeltaCents: number;
            bonusDeltaCents: number;
            pointsDelta: number;
            /** Format: uuid */
            memberCardId: string | null;
            itemCode: string | null;
            sessionsDelta: number;
            /** @description What the approval threshold compared: the amount, or the value of points or sessions */
            valueCents: number;
            reason: string;
            /** @enum {string} */
            status: "pending" | "applied" | "rejected";
            /** Format: uuid */
            requestedBy: string;
            /** @description ISO-8601 UTC timestamp */
            requestedAt: string;
            /** Format: uuid */
            decidedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            decidedAt: string | null;
            decisionNote: string;
        };
        RfmReport: {
            asOf: string;
            windowDays: number | null;
            net: boolean;
            memberCount: number;
            /** @description All members together */
            monetaryCents: number;
            classes: {
                [key: string]: number;
            };
            /** @description Monetary of each class */
            classMonetaryCents: {
                [key: string]: number;
            };
            rows: {
                /** Format: uuid */
                memberId: string;
                /** @description The old system's customer id of an imported member, else the member id */
                memberRef: string;
                name: string;
                recencyDays: number;
                /** @description Distinct purchase orders */
                frequency: number;
                monetaryCents: number;
                rScore: number;
                fScore: number;
                mScore: number;
                /** @enum {string} */
                rfmClass: "important_value" | "important_development" | "important_retain" | "important_win_back" | "general_value" | "general_development" | "general_retain" | "general_win_back";
            }[];
            nextCursor: string | null;
        };
        LifecycleReport: {
            asOf: string;
            thresholds: {
                activeDays: number;
                recentDays: number;
                midDays: number;
            };
            memberCount: number;
            stages: {
                [key: string]: number;
            };
            rows: {
                /** Format: uuid */
                memberId: string;
                /** @description The old system's customer id of an imported member, else the member id */
                memberRef: string;
                name: string;
                daysSinceLastPurchase: number;
                /** @enum {string} */
                stage: "active" | "recent_churn" | "mid_churn" | "dormant";
            }[];
            nextCursor: string | null;
        };
        AbcdReport: {
            asOf: string;
            windowDays: number | null;
            net: boolean;
            /** @description The cut used (null when nobody bought) */
            frequencyAbove: number | null;
            amountAboveCents: number | null;
            memberCount: number;
            /** @description All members together */
            amountCents: number;
            classes: {
                [key: string]: number;
            };
            classAmountCents: {
                [key: string]: number;
            };
            rows: {
                /** Format: uuid */
                memberId: string;
                /** @description The old system's customer id of an imported member, else the member id */
                memberRef: string;
                name: string;
                frequency: number;
                amountCents: number;
                /** @enum {string} */
                abcdClass: "A" | "B" | "C" | "D";
            }[];
            nextCursor: string | null;
        };
        AffinityReport: {
            from: string | null;
            to: string;
            minSupport: number;
            /** @enum {string} */
            sort: "lift" | "confidence" | "support";
            /** @description Purchase orders in the period */
            basketCount: number;
            /** @description Pairs A → B at or above minSupport (rows hold the best of them) */
            pairCount: number;
            rows: {
                /** Format: uuid */
                productAId: string;
                productASku: string;
                productAName: string;
                /** Format: uuid */
                productBId: string;
                productBSku: string;
                productBName: string;
                /** @description Baskets with both */
                pairBaskets: number;
                productABaskets: number;
                productBBaskets: number;
                /** @description pairBaskets / basketCount */
                support: number;
                /** @description pairBaskets / productABaskets */
                confidence: number;
                /** @description confidence / (productBBaskets / basketCount) */
                lift: number;
            }[];
        };
        DayHours: {
            open: string;
            close: string;
        } | null;
        WeekHours: components["schemas"]["DayHours"][];
        Appointment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            durationMinutes: number;
            /** Format: uuid */
            staffUserId: string | null;
            staffName: string | null;
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string;
            /** @enum {string} */
            status: "booked" | "arrived" | "cancelled" | "no_show";
            /** Format: uuid */
            cardId: string | null;
            cardName: string | null;
            cardItemCode: string | null;
            /**
             * @description The card session the booking holds: reserved until arrival (consumed) or cancel (released)
             * @enum {string}
             */
            session: "none" | "reserved" | "consumed" | "released" | "forfeited";
            note: string;
            cancelReason: string;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
        };
        AppointmentSchedule: {
            /** Format: uuid */
            storeId: string;
            hours: components["schemas"]["WeekHours"];
            slotMinutes: number;
            staffCapacity: number;
            storeCapacity: number | null;
            staffHours: {
                /** Format: uuid */
                userId: string;
                hours: components["schemas"]["WeekHours"];
            }[];
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string | null;
            /** @description The tenant’s IANA zone; hours are local times there */
            timezone: string;
        };
        BookableStaff: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            serviceStaff: boolean;
        };
        User: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            phone: string;
            /** @enum {string} */
            status: "active" | "disabled";
            allStores: boolean;
            roles: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            }[];
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        Role: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            permissions: ("stores.read" | "stores.manage" | "users.read" | "users.manage" | "roles.manage" | "audit.read" | "settings.manage" | "members.read" | "members.manage" | "members.erase" | "members.phone.unmasked" | "wallet.recharge" | "wallet.refund" | "wallet.adjust" | "wallet.approve" | "wallet.plans.manage" | "cards.products.manage" | "cards.issue" | "cards.consume" | "cards.refund" | "levels.manage" | "members.import" | "members.export" | "points.adjust" | "cards.adjust" | "catalog.manage" | "inventory.read" | "inventory.manage" | "inventory.adjust" | "pos.sell" | "pos.discount" | "pos.refund" | "orders.read" | "commission.manage" | "commission.read" | "engagement.read" | "engagement.manage" | "coupons.manage" | "promotions.manage" | "feedback.read" | "feedback.record" | "feedback.manage" | "giftcards.read" | "giftcards.manage" | "exchange.manage" | "points.exchange" | "appointments.read" | "appointments.manage" | "appointments.schedule" | "history.import" | "reports.read")[];
            builtin: boolean;
        };
        CommissionTier: {
            /** @description Month-to-date volume, fen */
            fromCents: number;
            /** @description percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit */
            assignedValue: number;
            /** @description percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit */
            requestedValue: number;
        };
        CommissionRule: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            scope: "product" | "category" | "kind" | "recharge";
            /** Format: uuid */
            targetId: string | null;
            /** @enum {string|null} */
            kind: "goods" | "service" | "card" | "gift_card" | null;
            targetName: string | null;
            /** @enum {string} */
            basis: "percent" | "fixed";
            /** @description 轮钟 (assigned) value */
            assignedValue: number;
            /** @description 点钟 (requested) value */
            requestedValue: number;
            tiers: components["schemas"]["CommissionTier"][];
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        CommissionTotals: {
            saleCents: number;
            /** @description Reversed by refunds (negative) */
            refundCents: number;
            netCents: number;
            /** @description Commissionable volume, refunds netted */
            baseCents: number;
            /** @description Sale entries */
            lines: number;
        };
        CommissionStatement: {
            staff: {
                /** Format: uuid */
                userId: string;
                name: string;
            };
            /** @description ISO-8601 UTC timestamp */
            from: string;
            /** @description ISO-8601 UTC timestamp */
            to: string;
            totals: components["schemas"]["CommissionTotals"];
            entries: {
                /** Format: uuid */
                id: string;
                /** @description ISO-8601 UTC timestamp */
                at: string;
                /** @enum {string} */
                kind: "sale" | "refund" | "recharge";
                /** Format: uuid */
                storeId: string;
                /** Format: uuid */
                orderId: string | null;
                orderNo: string;
                lineNo: number | null;
                refundId: string | null;
                itemName: string;
                qty: number;
                sharePercent: number;
                requested: boolean;
                /** @enum {string|null} */
                basis: "percent" | "fixed" | null;
                rate: number;
                baseCents: number;
                amountCents: number;
                /** Format: uuid */
                ruleId: string | null;
            }[];
            truncated: boolean;
        };
        CommissionSummary: {
            /** Format: uuid */
            storeId: string | null;
            /** @description ISO-8601 UTC timestamp */
            from: string;
            /** @description ISO-8601 UTC timestamp */
            to: string;
            rows: {
                saleCents: number;
                /** @description Reversed by refunds (negative) */
                refundCents: number;
                netCents: number;
                /** @description Commissionable volume, refunds netted */
                baseCents: number;
                /** @description Sale entries */
                lines: number;
                /** Format: uuid */
                staffUserId: string;
                name: string;
            }[];
            totals: components["schemas"]["CommissionTotals"];
        };
        CardProduct: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "counted" | "time";
            priceCents: number;
            /** @enum {string} */
            validity: "days" | "fixed";
            validDays?: number;
            /** @description ISO-8601 UTC timestamp */
            validUntil?: string;
            /** @enum {string} */
            status: "active" | "archived";
            items: {
                itemCode: string;
                itemName: string;
                sessions: number | null;
            }[];
        };
        MemberCard: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            cardProductId: string;
            name: string;
            /** @enum {string} */
            kind: "counted" | "time";
            /** @enum {string} */
            status: "active" | "paused" | "refunded";
            /** Format: uuid */
            storeId: string;
            priceCents: number;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            pausedAt: string | null;
            refundedCents: number;
            expired: boolean;
            items: {
                itemCode: string;
                itemName: string;
                sessionsTotal: number | null;
                sessionsLeft: number | null;
                /** @description Held for booked appointments (not in sessionsLeft) */
                sessionsReserved: number;
            }[];
        };
        Category: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            name: string;
            sort: number;
            /** @description Points per ¥1 paid; null = the tenant’s rate */
            pointsPerYuan: number | null;
            /** @description Products directly in this category */
            productCount: number;
        };
        Product: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "goods" | "service" | "card" | "gift_card";
            sku: string;
            name: string;
            /** @description Pinyin initials of the name (洗剪吹 → xjc) */
            nameInitials: string;
            /** Format: uuid */
            categoryId: string | null;
            unit: string;
            priceCents: number;
            memberPriceCents: number | null;
            /** @description Standard cost, fen */
            costCents: number;
            trackStock: boolean;
            /** @description Whether the member’s level discount applies */
            levelDiscount: boolean;
            durationMinutes: number | null;
            /** Format: uuid */
            cardProductId: string | null;
            lowStockThreshold: number | null;
            /** @enum {string} */
            status: "active" | "archived";
            barcodes: string[];
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        ProductLine: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "goods" | "service" | "card" | "gift_card";
            sku: string;
            name: string;
            unit: string;
            priceCents: number;
            memberPriceCents: number | null;
            levelDiscount: boolean;
            trackStock: boolean;
            /** Format: uuid */
            categoryId: string | null;
            /** Format: uuid */
            cardProductId: string | null;
            /** @enum {string} */
            matchedBy: "barcode" | "sku";
            /** @description Stock in storeId; null when not asked or not tracked */
            onHand: number | null;
        };
        CouponTemplate: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description fixed: value fen off; percent: value % off (cap maxOffCents); threshold: 满减, value fen off
             * @enum {string}
             */
            kind: "fixed" | "percent" | "threshold";
            /** @description Fen off, or percent off for kind percent */
            value: number;
            /** @description Percent coupons: the most they take off (null = no cap) */
            maxOffCents: number | null;
            /** @description The lines in scope must cost at least this (0 = none) */
            thresholdCents: number;
            /** @enum {string} */
            scope: "all" | "products" | "categories";
            scopeIds: string[];
            /** @description Stores where it can be used; [] = every store */
            storeIds: string[];
            /**
             * @description fixed: validFrom–validUntil; days: validDays from issue
             * @enum {string}
             */
            validity: "fixed" | "days";
            /** @description ISO-8601 UTC timestamp */
            validFrom: string | null;
            /** @description ISO-8601 UTC timestamp */
            validUntil: string | null;
            validDays: number | null;
            /** @description 0 = no limit */
            perMemberLimit: number;
            /** @description null = unlimited */
            totalStock: number | null;
            issuedCount: number;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        Coupon: {
            /** Format: uuid */
            id: string;
            /** @description Short code for the phone and the scanner */
            code: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            templateId: string;
            name: string;
            /** @enum {string} */
            kind: "fixed" | "percent" | "threshold";
            value: number;
            maxOffCents: number | null;
            thresholdCents: number;
            /** @enum {string} */
            scope: "all" | "products" | "categories";
            scopeIds: string[];
            storeIds: string[];
            /** @enum {string} */
            status: "issued" | "redeemed" | "void";
            /** @enum {string} */
            state: "usable" | "not_yet_valid" | "used" | "expired" | "void";
            /** @description ISO-8601 UTC timestamp */
            validFrom: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string;
            /** @enum {string} */
            source: "manual" | "recharge" | "signup" | "birthday" | "campaign" | "points" | "points_exchange";
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            redeemedAt: string | null;
            /** Format: uuid */
            redeemedOrderId: string | null;
            discountCents: number;
        };
        CartCoupon: {
            /** Format: uuid */
            id: string;
            /** @description Short code for the phone and the scanner */
            code: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            templateId: string;
            name: string;
            /** @enum {string} */
            kind: "fixed" | "percent" | "threshold";
            value: number;
            maxOffCents: number | null;
            thresholdCents: number;
            /** @enum {string} */
            scope: "all" | "products" | "categories";
            scopeIds: string[];
            storeIds: string[];
            /** @enum {string} */
            status: "issued" | "redeemed" | "void";
            /** @enum {string} */
            state: "usable" | "not_yet_valid" | "used" | "expired" | "void";
            /** @description ISO-8601 UTC timestamp */
            validFrom: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string;
            /** @enum {string} */
            source: "manual" | "recharge" | "signup" | "birthday" | "campaign" | "points" | "points_exchange";
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            redeemedAt: string | null;
            /** Format: uuid */
            redeemedOrderId: string | null;
            discountCents: number;
            applicable: boolean;
            /** @description What it would take off this cart (before points) */
            estimateCents: number;
            /** @description Why not: store, no_items_in_scope, below_threshold */
            reason: string | null;
        };
        SegmentRules: {
            levelIds?: string[];
            tagsAny?: string[];
            tagsAll?: string[];
            spendMinCents?: number;
            spendMaxCents?: number;
            visitsMin?: number;
            visitsMax?: number;
            visitWindowDays?: number;
            lastVisitWithinDays?: number;
            noVisitWithinDays?: number;
            birthdayMonths?: number[];
            homeStoreIds?: string[];
            smsConsent?: boolean;
            emailConsent?: boolean;
            rfmClasses?: ("important_value" | "important_development" | "important_retain" | "important_win_back" | "general_value" | "general_development" | "general_retain" | "general_win_back")[];
            lifecycleStages?: ("active" | "recent_churn" | "mid_churn" | "dormant")[];
            abcdClasses?: ("A" | "B" | "C" | "D")[];
        };
        Segment: {
            /** Format: uuid */
            id: string;
            name: string;
            rules: components["schemas"]["SegmentRules"];
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        Campaign: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            segmentId: string;
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            subject: string;
            body: string;
            couponTemplateId: string | null;
            reportDays: number;
            /** @enum {string} */
            status: "scheduled" | "running" | "done" | "cancelled";
            /** @description ISO-8601 UTC timestamp */
            scheduledAt: string;
            /** @description ISO-8601 UTC timestamp */
            startedAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            finishedAt: string | null;
            audience: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        Automation: {
            /** @enum {string} */
            kind: "birthday" | "win_back" | "level_up" | "balance_low" | "card_expiring" | "coupon_expiring" | "appointment_reminder" | "follow_up";
            enabled: boolean;
            params: {
                [key: string]: unknown;
            };
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string | null;
        };
        Message: {
            /** Format: uuid */
            id: string;
            memberId: string | null;
            memberName: string | null;
            /** @enum {string} */
            channel: "sms" | "email" | "inbox";
            /** @enum {string} */
            purpose: "marketing" | "transactional";
            template: string;
            recipient: string;
            subject: string;
            body: string;
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "skipped";
            reason: string | null;
            provider: string | null;
            providerId: string | null;
            providerReply: string | null;
            attempts: number;
            /** @description ISO-8601 UTC timestamp */
            nextAttemptAt: string;
            /** @enum {string} */
            sourceType: "campaign" | "automation" | "system";
            sourceId: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            sentAt: string | null;
        };
        Rating: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            orderNo: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            /** Format: uuid */
            staffUserId: string | null;
            staffName: string | null;
            score: number;
            comment: string;
            /** @enum {string} */
            channel: "staff" | "member";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        FeedbackSummary: {
            /** @description ISO-8601 UTC timestamp */
            from: string | null;
            /** @description ISO-8601 UTC timestamp */
            to: string | null;
            ratings: {
                count: number;
                scoreSum: number;
                average: number;
                byScore: {
                    [key: string]: number;
                };
            };
            byStore: {
                id: string | null;
                name: string | null;
                count: number;
                scoreSum: number;
                average: number;
            }[];
            byStaff: {
                id: string | null;
                name: string | null;
                count: number;
                scoreSum: number;
                average: number;
            }[];
            complaints: {
                total: number;
                byStatus: {
                    [key: string]: number;
                };
                byCategory: {
                    [key: string]: number;
                };
            };
        };
        Complaint: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            /** Format: uuid */
            orderId: string | null;
            orderNo: string | null;
            category: string;
            description: string;
            /** @enum {string} */
            status: "new" | "assigned" | "resolved" | "closed";
            /** Format: uuid */
            assigneeUserId: string | null;
            assigneeName: string | null;
            followUpOn: string | null;
            resolution: string;
            /** @enum {string} */
            channel: "staff" | "member";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
            /** @description ISO-8601 UTC timestamp */
            resolvedAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
        };
        ComplaintNote: {
            /** Format: uuid */
            id: string;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** Format: uuid */
            authorUserId: string | null;
            authorName: string;
            /** @enum {string} */
            kind: "created" | "note" | "assign" | "status";
            /** @enum {string|null} */
            fromStatus: "new" | "assigned" | "resolved" | "closed" | null;
            /** @enum {string|null} */
            toStatus: "new" | "assigned" | "resolved" | "closed" | null;
            /** Format: uuid */
            assigneeUserId: string | null;
            followUpOn: string | null;
            text: string;
        };
        ComplaintDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            /** Format: uuid */
            orderId: string | null;
            orderNo: string | null;
            category: string;
            description: string;
            /** @enum {string} */
            status: "new" | "assigned" | "resolved" | "closed";
            /** Format: uuid */
            assigneeUserId: string | null;
            assigneeName: string | null;
            followUpOn: string | null;
            resolution: string;
            /** @enum {string} */
            channel: "staff" | "member";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
            /** @description ISO-8601 UTC timestamp */
            resolvedAt: string | null;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
            notes: components["schemas"]["ComplaintNote"][];
        };
        FollowUp: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            orderNo: string;
            orderTotalCents: number;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            memberId: string;
            memberName: string;
            memberPhone: string | null;
            /** Format: uuid */
            staffUserId: string | null;
            staffName: string | null;
            /** @description ISO-8601 UTC timestamp */
            visitAt: string;
            /** @description ISO-8601 UTC timestamp */
            dueAt: string;
            /** @enum {string} */
            status: "open" | "done";
            /** @enum {string|null} */
            outcome: "contacted" | "no_answer" | "complaint_raised" | "declined" | "wrong_number" | null;
            note: string;
            /** Format: uuid */
            complaintId: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
        };
        GiftCard: {
            /** Format: uuid */
            id: string;
            /** @description The code’s last four digits (the code itself is never stored) */
            last4: string;
            faceValueCents: number;
            balanceCents: number;
            /** @enum {string} */
            status: "active" | "void";
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description Where it was issued or sold
             */
            storeId: string;
            /** @enum {string} */
            source: "sale" | "manual" | "points_exchange";
            /** Format: uuid */
            soldOrderId: string | null;
            soldLineNo: number | null;
            /** Format: uuid */
            memberId: string | null;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            voidedAt: string | null;
            voidReason: string;
            note: string;
        };
        GiftCardEntry: {
            /** Format: uuid */
            id: string;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** Format: uuid */
            storeId: string | null;
            /** @enum {string} */
            kind: "issue" | "spend" | "spend_reversal" | "void";
            refType: string;
            refId: string;
            deltaCents: number;
            balanceAfterCents: number;
            note: string;
            /** Format: uuid */
            createdBy: string | null;
        };
        GiftCardDetail: {
            /** Format: uuid */
            id: string;
            /** @description The code’s last four digits (the code itself is never stored) */
            last4: string;
            faceValueCents: number;
            balanceCents: number;
            /** @enum {string} */
            status: "active" | "void";
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description Where it was issued or sold
             */
            storeId: string;
            /** @enum {string} */
            source: "sale" | "manual" | "points_exchange";
            /** Format: uuid */
            soldOrderId: string | null;
            soldLineNo: number | null;
            /** Format: uuid */
            memberId: string | null;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            voidedAt: string | null;
            voidReason: string;
            note: string;
            ledger: components["schemas"]["GiftCardEntry"][];
        };
        IssuedGiftCard: {
            card: components["schemas"]["GiftCard"];
            /** @description The full code: shown once, to print or hand over */
            code: string;
        };
        GiftCardCheck: {
            /** Format: uuid */
            id: string;
            /** @description The code’s last four digits (the code itself is never stored) */
            last4: string;
            faceValueCents: number;
            balanceCents: number;
            /** @enum {string} */
            status: "active" | "void";
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description Where it was issued or sold
             */
            storeId: string;
            /** @enum {string} */
            source: "sale" | "manual" | "points_exchange";
            /** Format: uuid */
            soldOrderId: string | null;
            soldLineNo: number | null;
            /** Format: uuid */
            memberId: string | null;
            /** @description ISO-8601 UTC timestamp */
            issuedAt: string;
            /** @description ISO-8601 UTC timestamp */
            voidedAt: string | null;
            voidReason: string;
            note: string;
            usable: boolean;
            /** @description Why it cannot pay now (GIFT_CARD_NOT_ACTIVE, GIFT_CARD_EXPIRED) */
            unusableCode: string | null;
        };
        ExchangeItem: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "coupon" | "product" | "gift_card";
            /** Format: uuid */
            couponTemplateId: string | null;
            /** Format: uuid */
            productId: string | null;
            giftCardValueCents: number | null;
            pointsCost: number;
            /** @description Total units to give; null = unlimited */
            stock: number | null;
            exchangedCount: number;
            left: number | null;
            /** @enum {string} */
            status: "active" | "archived";
            sort: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        PointsExchangeRecord: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            itemName: string;
            /** @enum {string} */
            kind: "coupon" | "product" | "gift_card";
            qty: number;
            points: number;
            /** Format: uuid */
            storeId: string;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        PointsExchange: {
            /** Format: uuid */
            id: string;
            item: components["schemas"]["ExchangeItem"];
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            storeId: string;
            qty: number;
            points: number;
            /** @description The member’s points after the exchange */
            pointsBalance: number;
            coupons: components["schemas"]["Coupon"][];
            giftCards: components["schemas"]["IssuedGiftCard"][];
            /** Format: uuid */
            productId: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        GiftCardLiability: {
            activeCount: number;
            /** @description Balance of every active card: owed to card holders */
            outstandingCents: number;
            byStore: {
                /** Format: uuid */
                storeId: string;
                activeCount: number;
                outstandingCents: number;
            }[];
        };
        /** @enum {string} */
        ImportKind: "members" | "products" | "history";
        ImportJob: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ImportKind"];
            fileName: string;
            fileHash: string;
            /** @enum {string} */
            status: "uploaded" | "running" | "done" | "failed";
            dryRun: boolean;
            mapping: {
                [key: string]: string;
            } | null;
            totalRows: number;
            processedRows: number;
            /** @description Rows created */
            importedRows: number;
            /** @description Rows that changed an existing record (products: same SKU) */
            updatedRows: number;
            /** @description Rows left as they are: a member whose phone exists, a product with nothing changed */
            skippedRows: number;
            rejectedRows: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            finishedAt: string | null;
            error: string | null;
        };
        StockLevel: {
            /** Format: uuid */
            storeId: string;
            storeName: string;
            /** Format: uuid */
            productId: string;
            sku: string;
            productName: string;
            unit: string;
            /** Format: uuid */
            categoryId: string | null;
            onHand: number;
            /** @description Moving-average value of what is on hand (fen) */
            valueCents: number;
            /** @description value / on hand (fen); null with nothing on hand */
            unitCostCents: number | null;
            lowStockThreshold: number | null;
            low: boolean;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        StockEntry: {
            /** Format: uuid */
            id: string;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            productId: string;
            /** @enum {string} */
            kind: "opening" | "sale" | "refund" | "purchase" | "transfer_out" | "transfer_in" | "stocktake" | "adjustment";
            refType: string;
            refId: string;
            qtyDelta: number;
            valueDeltaCents: number;
            onHandAfter: number;
            valueAfterCents: number;
            /** Format: uuid */
            actorUserId: string | null;
            note: string;
        };
        StockProduct: {
            /** Format: uuid */
            id: string;
            sku: string;
            name: string;
            unit: string;
            /** Format: uuid */
            categoryId: string | null;
            costCents: number;
            lowStockThreshold: number | null;
        };
        Supplier: {
            /** Format: uuid */
            id: string;
            name: string;
            contact: string;
            phone: string;
            note: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        PurchaseOrder: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            storeName: string;
            /** Format: uuid */
            supplierId: string;
            supplierName: string;
            /** @enum {string} */
            status: "open" | "partial" | "received" | "cancelled";
            note: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
            totalCents: number;
            receivedCents: number;
            lines: {
                lineNo: number;
                /** Format: uuid */
                productId: string;
                sku: string;
                productName: string;
                unit: string;
                qtyOrdered: number;
                qtyReceived: number;
                unitCostCents: number;
            }[];
        };
        PurchaseReceipt: {
            /** Format: uuid */
            receiptId: string;
            lines: {
                lineNo: number;
                /** Format: uuid */
                productId: string;
                qty: number;
                valueCents: number;
            }[];
            purchaseOrder: components["schemas"]["PurchaseOrder"];
        };
        StockTransfer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromStoreId: string;
            fromStoreName: string;
            /** Format: uuid */
            toStoreId: string;
            toStoreName: string;
            /** @enum {string} */
            status: "in_transit" | "received" | "cancelled";
            note: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** Format: uuid */
            receivedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            receivedAt: string | null;
            /** @description The value the goods left the sender with (fen) */
            valueCents: number;
            lines: {
                /** Format: uuid */
                productId: string;
                sku: string;
                productName: string;
                unit: string;
                qty: number;
                valueCents: number;
            }[];
        };
        Stocktake: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            storeName: string;
            /** @enum {string} */
            status: "open" | "posted" | "cancelled";
            note: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** Format: uuid */
            postedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            postedAt: string | null;
            lines: {
                /** Format: uuid */
                productId: string;
                sku: string;
                productName: string;
                unit: string;
                countedQty: number;
                /** @description On hand when posted; until then, on hand now */
                expectedQty: number;
                difference: number;
                reason: string;
            }[];
        };
        StockAdjustment: {
            /** Format: uuid */
            adjustmentId: string;
            onHand: number;
            valueCents: number;
            valueDeltaCents: number;
        };
        Member: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Masked as 138****5678 without members.phone.unmasked */
            phone: string | null;
            phoneMasked: boolean;
            cardNo: string | null;
            qrToken: string;
            /** @enum {string} */
            gender: "male" | "female" | "unknown";
            birthday: string | null;
            /** @enum {string} */
            birthdayCalendar: "solar" | "lunar";
            email: string | null;
            /** Format: uuid */
            homeStoreId: string | null;
            /** Format: uuid */
            referrerId: string | null;
            /** Format: uuid */
            levelId: string | null;
            tags: string[];
            customFields: {
                [key: string]: string | number | boolean;
            };
            notes: string;
            smsConsent: boolean;
            emailConsent: boolean;
            /** @enum {string} */
            status: "active" | "frozen" | "erased";
            cumulativeSpendCents: number;
            rechargeTotalCents: number;
            pointsEarnedTotal: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        Level: {
            /** Format: uuid */
            id: string;
            /** @description Higher is better; unique per tenant */
            rank: number;
            name: string;
            /** @description What the level basis must reach: fen of spend or recharge, or points (tenant setting levelBasis) */
            threshold: number;
            /** @description 95 = 95折 (pays 95%); 100 = no discount */
            discountPercent: number;
            /** @description 150 = 1.5× points */
            pointsMultiplierPercent: number;
            benefits: string;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        LevelChange: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromLevelId: string | null;
            /** Format: uuid */
            toLevelId: string | null;
            /** @enum {string} */
            reason: "recharge" | "checkout" | "points" | "yearly_review";
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /**
             * Format: uuid
             * @description Null when the system made the change (yearly review)
             */
            actorUserId: string | null;
        };
        PortalProfile: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string | null;
            cardNo: string | null;
            /** @enum {string} */
            gender: "male" | "female" | "unknown";
            birthday: string | null;
            /** @enum {string} */
            birthdayCalendar: "solar" | "lunar";
            email: string | null;
            smsConsent: boolean;
            emailConsent: boolean;
            /** @enum {string} */
            status: "active" | "frozen" | "erased";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        PortalAccount: {
            profile: components["schemas"]["PortalProfile"];
            level: {
                /** @enum {string} */
                basis: "spend" | "recharge" | "points";
                /** @description Fen of spend or recharge, or points earned, by the basis */
                total: number;
                current: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    rank: number;
                    threshold: number;
                    discountPercent: number;
                    benefits: string;
                } | null;
                next: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    rank: number;
                    threshold: number;
                    discountPercent: number;
                    benefits: string;
                } | null;
                /** @description What is left to reach the next level, in the basis unit */
                toNext: number | null;
            };
            storedValue: {
                principalCents: number;
                bonusCents: number;
                totalCents: number;
            };
            points: {
                balance: number;
                nextExpiry: {
                    /** @description ISO-8601 UTC timestamp */
                    at: string;
                    points: number;
                } | null;
            };
            cards: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "counted" | "time";
                /** @enum {string} */
                status: "active" | "paused" | "refunded";
                /** @description ISO-8601 UTC timestamp */
                expiresAt: string | null;
                expired: boolean;
                items: {
                    itemName: string;
                    sessionsTotal: number | null;
                    /** @description Free to use: held by bookings not counted */
                    sessionsLeft: number | null;
                }[];
            }[];
            coupons: {
                usable: number;
                used: number;
                expired: number;
            };
            inboxUnread: number;
        };
        Promotion: {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "member_day";
            rules: {
                /** @description 0 = Sunday … 6 = Saturday */
                weekdays: number[];
                /** @description Extra percent off the order for members */
                percentOff: number;
                /** @description 200 = double points */
                pointsMultiplierPercent: number;
            };
        } | {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "special_price";
            rules: {
                items: {
                    /** Format: uuid */
                    productId: string;
                    priceCents: number;
                }[];
            };
        } | {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "order_tiers";
            rules: {
                tiers: {
                    thresholdCents: number;
                    offCents: number;
                }[];
            };
        } | {
            name: string;
            /** @description [] = every store */
            storeIds: string[];
            /** @description ISO-8601 UTC timestamp */
            startsAt: string;
            /** @description ISO-8601 UTC timestamp */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "archived";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @enum {string} */
            kind: "buy_x_get_y";
            rules: {
                productIds: string[];
                buyQty: number;
                getQty: number;
                /** @description Off each "get" unit: 100 = free */
                percentOff: number;
            };
        };
        Liability: {
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            asOf: string;
            rows: {
                /** @description Stored value principal: paid in by members, not yet spent */
                principalCents: number;
                /** @description Stored value bonus still to be honoured */
                bonusCents: number;
                points: number;
                /** @description The points at the redemption rate, rounded down */
                pointsValueCents: number;
                /** @description Unused sessions of unexpired counted cards */
                cardSessions: number;
                /** @description Their share of the card price (price × unused ÷ sold, rounded down) */
                cardValueCents: number;
                /** @description Unspent balances of unexpired gift cards */
                giftCardCents: number;
                /**
                 * Format: uuid
                 * @description null: value with no store (member without a home store)
                 */
                storeId: string | null;
                storeCode: string;
                storeName: string;
            }[];
            total: {
                /** @description Stored value principal: paid in by members, not yet spent */
                principalCents: number;
                /** @description Stored value bonus still to be honoured */
                bonusCents: number;
                points: number;
                /** @description The points at the redemption rate, rounded down */
                pointsValueCents: number;
                /** @description Unused sessions of unexpired counted cards */
                cardSessions: number;
                /** @description Their share of the card price (price × unused ÷ sold, rounded down) */
                cardValueCents: number;
                /** @description Unspent balances of unexpired gift cards */
                giftCardCents: number;
            };
        };
        Settlement: {
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            stores: {
                /** Format: uuid */
                storeId: string;
                code: string;
                name: string;
            }[];
            /** @description Recharge store × spend store; a store’s own money spent in it included */
            cells: {
                /**
                 * Format: uuid
                 * @description Where the money was recharged: it owes…
                 */
                rechargeStoreId: string;
                /**
                 * Format: uuid
                 * @description …the store where it was spent or paid back
                 */
                spendStoreId: string;
                /** @description Settled: principal spent less principal refunded back */
                principalCents: number;
                /** @description Bonus spent, shown, not settled */
                bonusCents: number;
            }[];
            nets: {
                /** Format: uuid */
                storeId: string;
                /** @description Other stores’ principal spent here */
                receivableCents: number;
                /** @description This store’s principal spent elsewhere */
                payableCents: number;
                /** @description receivable − payable: positive is paid to the store */
                netCents: number;
            }[];
            /** @description Σ net of the stores shown: 0 when every store is shown */
            totalNetCents: number;
        };
        MemberGrowth: {
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            /** @enum {string} */
            by: "day" | "month";
            series: {
                /** @description Registered in the period at this home store (history imports excluded) */
                newMembers: number;
                /** @description Distinct members with a sale order */
                activeMembers: number;
                /** @description Members with two or more orders in the bucket or period */
                repeatBuyers: number;
                /** @description YYYY-MM-DD or YYYY-MM */
                bucket: string;
            }[];
            byStore: {
                /** @description Registered in the period at this home store (history imports excluded) */
                newMembers: number;
                /** @description Distinct members with a sale order */
                activeMembers: number;
                /** @description Members with two or more orders in the bucket or period */
                repeatBuyers: number;
                /** Format: uuid */
                storeId: string;
                storeCode: string;
                storeName: string;
            }[];
            total: {
                /** @description Registered in the period at this home store (history imports excluded) */
                newMembers: number;
                /** @description Distinct members with a sale order */
                activeMembers: number;
                /** @description Members with two or more orders in the bucket or period */
                repeatBuyers: number;
            };
        };
        DashboardTotals: {
            /** @description What sales orders charged: order totals after every discount, before refunds */
            salesCents: number;
            orderCount: number;
            /** @description Refunded in the period (of orders of any day) */
            refundCents: number;
            /** @description salesCents − refundCents */
            netCents: number;
            /** @description Stored value recharged: the principal paid, bonus excluded */
            rechargeCents: number;
            rechargeCount: number;
            /** @description Principal paid back by recharge refunds in the period */
            rechargeRefundCents: number;
            /** @description Members registered in the period (history imports excluded) */
            newMembers: number;
            /** @description Distinct members who bought in the period */
            activeMembers: number;
        };
        Dashboard: {
            /** @enum {string} */
            period: "today" | "week" | "month";
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            /** @description The previous period of equal length: yesterday, last week or last month to the same day */
            previous: components["schemas"]["DashboardTotals"];
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            previousFrom: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            previousTo: string;
            totals: components["schemas"]["DashboardTotals"];
            /** @description Every day of the 30 days ending `to`, zero-filled, oldest first */
            trend: {
                /**
                 * Format: date
                 * @description A calendar day in the tenant's time zone, YYYY-MM-DD
                 */
                day: string;
                salesCents: number;
                refundCents: number;
                rechargeCents: number;
                orderCount: number;
            }[];
            /** @description The 10 products with the most sales in the period */
            topItems: {
                /** Format: uuid */
                productId: string;
                name: string;
                quantity: number;
                salesCents: number;
            }[];
            /** @description Every store in scope, by code */
            byStore: {
                /** Format: uuid */
                storeId: string;
                storeCode: string;
                storeName: string;
                salesCents: number;
                orderCount: number;
                rechargeCents: number;
            }[];
        };
        SalesReportRow: {
            /** @description The day, store id, category id, product id, staff user id or tender method; "none" for none */
            key: string;
            /** @description The day, store name, category name, product name or staff name; the method for payment; "" for none */
            label: string;
            /** @description Orders with a line (or a payment) in this row; in totals every order once */
            orderCount: number;
            /** @description Units sold; by=staff units split by share; by=payment the number of payments */
            quantity: number;
            /** @description Sold (line totals after every discount); by=payment paid with it */
            salesCents: number;
            /** @description Refunded in the period; by=payment refunded to it */
            refundCents: number;
            /** @description salesCents − refundCents */
            netCents: number;
            /** @description Net cost: moving-average cost at sale time less what refunds took back */
            costCents: number;
            /** @description netCents − costCents */
            grossProfitCents: number;
        };
        SalesReportTotals: {
            /** @description Orders with a line (or a payment) in this row; in totals every order once */
            orderCount: number;
            /** @description Units sold; by=staff units split by share; by=payment the number of payments */
            quantity: number;
            /** @description Sold (line totals after every discount); by=payment paid with it */
            salesCents: number;
            /** @description Refunded in the period; by=payment refunded to it */
            refundCents: number;
            /** @description salesCents − refundCents */
            netCents: number;
            /** @description Net cost: moving-average cost at sale time less what refunds took back */
            costCents: number;
            /** @description netCents − costCents */
            grossProfitCents: number;
        };
        SalesReport: {
            /** @enum {string} */
            by: "day" | "store" | "category" | "product" | "staff" | "payment";
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            from: string;
            /**
             * Format: date
             * @description A calendar day in the tenant's time zone, YYYY-MM-DD
             */
            to: string;
            rows: components["schemas"]["SalesReportRow"][];
            totals: components["schemas"]["SalesReportTotals"];
        };
        PricedCart: {
            lines: {
                /** Format: uuid */
                productId: string;
                sku: string;
                name: string;
                /** @enum {string} */
                kind: "goods" | "service" | "card" | "gift_card";
                qty: number;
                unitPriceCents: number;
                listCents: number;
                discountCents: number;
                totalCents: number;
                pointsRedeemed: number;
                adjustments: {
                    kind: string;
                    label: string;
                    amountCents: number;
                }[];
            }[];
            orderAdjustments: {
                kind: string;
                label: string;
                amountCents: number;
            }[];
            listCents: number;
            discountCents: number;
            totalCents: number;
            pointsRedeemed: number;
            pointsValueCents: number;
            /** @description Points if everything is paid with money */
            pointsToEarnEstimate: number;
            /** @description The member’s usable coupons, each priced on this cart */
            coupons: components["schemas"]["CartCoupon"][];
        };
        OrderSummary: {
            /** Format: uuid */
            id: string;
            orderNo: string;
            /** Format: uuid */
            storeId: string;
            till: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            cashierName: string | null;
            /** @enum {string} */
            status: "completed" | "partially_refunded" | "refunded";
            listCents: number;
            discountCents: number;
            totalCents: number;
            refundedCents: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
        };
        Order: {
            /** Format: uuid */
            id: string;
            orderNo: string;
            /** Format: uuid */
            storeId: string;
            till: string;
            /** Format: uuid */
            memberId: string | null;
            memberName: string | null;
            cashierName: string | null;
            /** @enum {string} */
            status: "completed" | "partially_refunded" | "refunded";
            listCents: number;
            discountCents: number;
            totalCents: number;
            refundedCents: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** Format: uuid */
            shiftId: string | null;
            memberPhone: string | null;
            changeCents: number;
            pointsRedeemed: number;
            pointsValueCents: number;
            pointsEarned: number;
            moneyPaidCents: number;
            note: string;
            orderAdjustments: {
                kind: string;
                label: string;
                amountCents: number;
            }[];
            lines: {
                lineNo: number;
                /** Format: uuid */
                productId: string;
                sku: string;
                name: string;
                /** @enum {string} */
                kind: "goods" | "service" | "card" | "gift_card";
                qty: number;
                unitPriceCents: number;
                listCents: number;
                discountCents: number;
                totalCents: number;
                adjustments: {
                    kind: string;
                    label: string;
                    amountCents: number;
                }[];
                pointsRedeemed: number;
                /** Format: uuid */
                memberCardId: string | null;
                /** Format: uuid */
                issuedCardId: string | null;
                refundedQty: number;
                refundedCents: number;
                staff: {
                    /** Format: uuid */
                    userId: string;
                    name: string;
                    sharePercent: number;
                    requested: boolean;
                }[];
            }[];
            payments: {
                seq: number;
                /** @enum {string} */
                method: "cash" | "stored_value" | "gift_card" | "bank_card" | "wechat" | "alipay" | "other";
                amountCents: number;
                tenderedCents: number;
                principalCents: number;
                bonusCents: number;
                ref: string;
                refundedCents: number;
            }[];
            memberBalances: {
                principalCents: number;
                bonusCents: number;
                points: number;
            } | null;
            refunds: {
                /** Format: uuid */
                id: string;
                amountCents: number;
                reason: string;
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
            }[];
            /** @description Gift cards sold on the order and the ones that paid it */
            giftCards: {
                /** Format: uuid */
                giftCardId: string;
                last4: string;
                /** @enum {string} */
                role: "sold" | "paid";
                lineNo: number | null;
                seq: number | null;
                amountCents: number;
                /** @description The card’s balance now */
                balanceCents: number;
                /** @description The full code: only in the sale’s own response, for the receipt */
                code: string | null;
            }[];
        };
        Shift: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            till: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: uuid */
            openedBy: string;
            /** @description ISO-8601 UTC timestamp */
            openedAt: string;
            floatCents: number;
            /** Format: uuid */
            closedBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            closedAt: string | null;
            orderCount: number;
            refundCount: number;
            tenders: {
                /** @enum {string} */
                method: "cash" | "stored_value" | "gift_card" | "bank_card" | "wechat" | "alipay" | "other";
                salesCents: number;
                refundsCents: number;
                netCents: number;
            }[];
            expectedCashCents: number;
            countedCashCents: number | null;
            differenceCents: number | null;
            note: string;
        };
        HeldOrder: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            storeId: string;
            label: string;
            /** Format: uuid */
            memberId: string | null;
            cart: {
                /** Format: uuid */
                memberId?: string | null;
                lines: {
                    /** Format: uuid */
                    productId: string;
                    qty: number;
                    /** @description The price the till showed; a different current price → PRICE_CHANGED */
                    unitPriceCents?: number;
                    /**
                     * Format: uuid
                     * @description Pay this line with sessions of this member card
                     */
                    cardId?: string;
                    staff?: {
                        /** Format: uuid */
                        userId: string;
                        sharePercent: number;
                        /** @description 点钟: the member asked for this person */
                        requested?: boolean;
                    }[];
                }[];
                manualDiscount?: {
                    /** @enum {string} */
                    kind: "percent" | "amount";
                    value: number;
                    reason: string;
                } | null;
                pointsToRedeem?: number;
                /**
                 * Format: uuid
                 * @description One of the member’s coupons
                 */
                couponId?: string | null;
                /** @description A coupon by its scanned code */
                couponCode?: string | null;
            };
            /** Format: uuid */
            heldBy: string | null;
            /** @description ISO-8601 UTC timestamp */
            heldAt: string;
        };
        SaleStaff: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            roleCodes: string[];
        };
        Store: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            address: string;
            phone: string;
            /**
             * @description direct = 直营, franchise = 加盟
             * @enum {string}
             */
            ownership: "direct" | "franchise";
            /** @enum {string} */
            status: "active" | "closed";
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
        };
        RechargePlan: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description fen (1/100 yuan) */
            payCents: number;
            /** @description fen (1/100 yuan) */
            bonusCents: number;
            /** @description Points credited with each recharge on this plan */
            points: number;
            /**
             * Format: uuid
             * @description Coupons given with each recharge on this plan
             */
            couponTemplateId: string | null;
            /** @description How many coupons of that template */
            couponCount: number;
            /** @enum {string} */
            status: "active" | "archived";
            sort: number;
        };
        Recharge: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            storeId: string;
            /** Format: uuid */
            planId: string | null;
            /** @description fen (1/100 yuan) */
            principalCents: number;
            /** @description fen (1/100 yuan) */
            bonusCents: number;
            points: number;
            /** @enum {string} */
            paymentMethod: "cash" | "bank_card" | "wechat" | "alipay" | "other";
            paymentRef: string;
            /** @enum {string} */
            status: "completed" | "refunded";
            /** @description fen (1/100 yuan) */
            refundedPrincipalCents: number;
            /** @description fen (1/100 yuan) */
            forfeitedBonusCents: number;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            refundedAt: string | null;
        };
        ImportKindInfo: {
            kind: components["schemas"]["ImportKind"];
            permission: string;
            fields: {
                key: string;
                required: boolean;
                /** @description Headers recognised; the first is the template’s */
                aliases: string[];
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        /** @enum {string} */
                        dialect: "sqlite" | "postgres";
                        version: string;
                    };
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Tenant code; may be left out when the deployment has one tenant */
                    tenant?: string;
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        tenant: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            /** @description IANA time zone the tenant's days (reports, expiry) are counted in */
                            timezone: string;
                        };
                        permissions: ("stores.read" | "stores.manage" | "users.read" | "users.manage" | "roles.manage" | "audit.read" | "settings.manage" | "members.read" | "members.manage" | "members.erase" | "members.phone.unmasked" | "wallet.recharge" | "wallet.refund" | "wallet.adjust" | "wallet.approve" | "wallet.plans.manage" | "cards.products.manage" | "cards.issue" | "cards.consume" | "cards.refund" | "levels.manage" | "members.import" | "members.export" | "points.adjust" | "cards.adjust" | "catalog.manage" | "inventory.read" | "inventory.manage" | "inventory.adjust" | "pos.sell" | "pos.discount" | "pos.refund" | "orders.read" | "commission.manage" | "commission.read" | "engagement.read" | "engagement.manage" | "coupons.manage" | "promotions.manage" | "feedback.read" | "feedback.record" | "feedback.manage" | "giftcards.read" | "giftcards.manage" | "exchange.manage" | "points.exchange" | "appointments.read" | "appointments.manage" | "appointments.schedule" | "history.import" | "reports.read")[];
                        stores: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "closed";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endedSessions: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        tenant: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            /** @description IANA time zone the tenant's days (reports, expiry) are counted in */
                            timezone: string;
                        };
                        permissions: ("stores.read" | "stores.manage" | "users.read" | "users.manage" | "roles.manage" | "audit.read" | "settings.manage" | "members.read" | "members.manage" | "members.erase" | "members.phone.unmasked" | "wallet.recharge" | "wallet.refund" | "wallet.adjust" | "wallet.approve" | "wallet.plans.manage" | "cards.products.manage" | "cards.issue" | "cards.consume" | "cards.refund" | "levels.manage" | "members.import" | "members.export" | "points.adjust" | "cards.adjust" | "catalog.manage" | "inventory.read" | "inventory.manage" | "inventory.adjust" | "pos.sell" | "pos.discount" | "pos.refund" | "orders.read" | "commission.manage" | "commission.read" | "engagement.read" | "engagement.manage" | "coupons.manage" | "promotions.manage" | "feedback.read" | "feedback.record" | "feedback.manage" | "giftcards.read" | "giftcards.manage" | "exchange.manage" | "points.exchange" | "appointments.read" | "appointments.manage" | "appointments.schedule" | "history.import" | "reports.read")[];
                        stores: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "closed";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ("stores.read" | "stores.manage" | "users.read" | "users.manage" | "roles.manage" | "audit.read" | "settings.manage" | "members.read" | "members.manage" | "members.erase" | "members.phone.unmasked" | "wallet.recharge" | "wallet.refund" | "wallet.adjust" | "wallet.approve" | "wallet.plans.manage" | "cards.products.manage" | "cards.issue" | "cards.consume" | "cards.refund" | "levels.manage" | "members.import" | "members.export" | "points.adjust" | "cards.adjust" | "catalog.manage" | "inventory.read" | "inventory.manage" | "inventory.adjust" | "pos.sell" | "pos.discount" | "pos.refund" | "orders.read" | "commission.manage" | "commission.read" | "engagement.read" | "engagement.manage" | "coupons.manage" | "promotions.manage" | "feedback.read" | "feedback.record" | "feedback.manage" | "giftcards.read" | "giftcards.manage" | "exchange.manage" | "points.exchange" | "appointments.read" | "appointments.manage" | "appointments.schedule" | "history.import" | "reports.read")[];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Sign-in name; stored in lower case */
                    username: string;
                    displayName: string;
                    phone?: string;
                    password: string;
                    roleIds: string[];
                    storeIds: string[];
                    allStores?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    phone?: string;
                    roleIds?: string[];
                    storeIds?: string[];
                    allStores?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    permissions: ("stores.read" | "stores.manage" | "users.read" | "users.manage" | "roles.manage" | "audit.read" | "settings.manage" | "members.read" | "members.manage" | "members.erase" | "members.phone.unmasked" | "wallet.recharge" | "wallet.refund" | "wallet.adjust" | "wallet.approve" | "wallet.plans.manage" | "cards.products.manage" | "cards.issue" | "cards.consume" | "cards.refund" | "levels.manage" | "members.import" | "members.export" | "points.adjust" | "cards.adjust" | "catalog.manage" | "inventory.read" | "inventory.manage" | "inventory.adjust" | "pos.sell" | "pos.discount" | "pos.refund" | "orders.read" | "commission.manage" | "commission.read" | "engagement.read" | "engagement.manage" | "coupons.manage" | "promotions.manage" | "feedback.read" | "feedback.record" | "feedback.manage" | "giftcards.read" | "giftcards.manage" | "exchange.manage" | "points.exchange" | "appointments.read" | "appointments.manage" | "appointments.schedule" | "history.import" | "reports.read")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    permissions?: ("stores.read" | "stores.manage" | "users.read" | "users.manage" | "roles.manage" | "audit.read" | "settings.manage" | "members.read" | "members.manage" | "members.erase" | "members.phone.unmasked" | "wallet.recharge" | "wallet.refund" | "wallet.adjust" | "wallet.approve" | "wallet.plans.manage" | "cards.products.manage" | "cards.issue" | "cards.consume" | "cards.refund" | "levels.manage" | "members.import" | "members.export" | "points.adjust" | "cards.adjust" | "catalog.manage" | "inventory.read" | "inventory.manage" | "inventory.adjust" | "pos.sell" | "pos.discount" | "pos.refund" | "orders.read" | "commission.manage" | "commission.read" | "engagement.read" | "engagement.manage" | "coupons.manage" | "promotions.manage" | "feedback.read" | "feedback.record" | "feedback.manage" | "giftcards.read" | "giftcards.manage" | "exchange.manage" | "points.exchange" | "appointments.read" | "appointments.manage" | "appointments.schedule" | "history.import" | "reports.read")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStores: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    address?: string;
                    phone?: string;
                    /**
                     * @description direct = 直营, franchise = 加盟
                     * @enum {string}
                     */
                    ownership?: "direct" | "franchise";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    address?: string;
                    phone?: string;
                    /**
                     * @description direct = 直营, franchise = 加盟
                     * @enum {string}
                     */
                    ownership?: "direct" | "franchise";
                    /** @enum {string} */
                    status?: "active" | "closed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        timezone: string;
                        settings: {
                            /** @default true */
                            shareMembersAcrossStores: boolean;
                            /** @default true */
                            crossStoreStoredValue: boolean;
                            /**
                             * @default proportional
                             * @enum {string}
                             */
                            storedValueDeductionOrder: "proportional" | "principal_first" | "bonus_first";
                            /** @default 5000 */
                            balanceLowThresholdCents: number;
                            /** @default 1 */
                            pointsPerYuan: number;
                            /** @default 100 */
                            pointsPerYuanRedeemed: number;
                            /** @default 50 */
                            pointsRedeemCapPercent: number;
                            /**
                             * @default end_of_next_year
                             * @enum {string}
                             */
                            pointsExpiry: "end_of_next_year" | "never";
                            /**
                             * @default cap_at_zero
                             * @enum {string}
                             */
                            pointsClawbackPolicy: "allow_negative" | "cap_at_zero";
                            /** @default 0 */
                            approvalThresholdCents: number;
                            /**
                             * @default spend
                             * @enum {string}
                             */
                            levelBasis: "spend" | "recharge" | "points";
                            /** @default false */
                            levelDowngradeReview: boolean;
                            /** @default false */
                            allowNegativeStock: boolean;
                            /**
                             * @default {
                             *       "owner": 100,
                             *       "store_manager": 30,
                             *       "cashier": 10
                             *     }
                             */
                            manualDiscountCapPercent: {
                                [key: string]: number;
                            };
                            /** @default 21 */
                            marketingQuietStartHour: number;
                            /** @default 9 */
                            marketingQuietEndHour: number;
                            /** @default 4 */
                            marketingCapCount: number;
                            /** @default 7 */
                            marketingCapDays: number;
                            /** @default 回T退订 */
                            smsOptOutHint: string;
                            /** @default false */
                            appointmentNoShowForfeitsSession: boolean;
                            /** @default 0 */
                            appointmentLateCancelHours: number;
                            /**
                             * @default CNY
                             * @enum {string}
                             */
                            currency: "CNY";
                            /**
                             * @default zh-CN
                             * @enum {string}
                             */
                            locale: "zh-CN" | "en";
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    timezone?: string;
                    settings?: {
                        /** @default true */
                        shareMembersAcrossStores?: boolean;
                        /** @default true */
                        crossStoreStoredValue?: boolean;
                        /**
                         * @default proportional
                         * @enum {string}
                         */
                        storedValueDeductionOrder?: "proportional" | "principal_first" | "bonus_first";
                        /** @default 5000 */
                        balanceLowThresholdCents?: number;
                        /** @default 1 */
                        pointsPerYuan?: number;
                        /** @default 100 */
                        pointsPerYuanRedeemed?: number;
                        /** @default 50 */
                        pointsRedeemCapPercent?: number;
                        /**
                         * @default end_of_next_year
                         * @enum {string}
                         */
                        pointsExpiry?: "end_of_next_year" | "never";
                        /**
                         * @default cap_at_zero
                         * @enum {string}
                         */
                        pointsClawbackPolicy?: "allow_negative" | "cap_at_zero";
                        /** @default 0 */
                        approvalThresholdCents?: number;
                        /**
                         * @default spend
                         * @enum {string}
                         */
                        levelBasis?: "spend" | "recharge" | "points";
                        /** @default false */
                        levelDowngradeReview?: boolean;
                        /** @default false */
                        allowNegativeStock?: boolean;
                        /**
                         * @default {
                         *       "owner": 100,
                         *       "store_manager": 30,
                         *       "cashier": 10
                         *     }
                         */
                        manualDiscountCapPercent?: {
                            [key: string]: number;
                        };
                        /** @default 21 */
                        marketingQuietStartHour?: number;
                        /** @default 9 */
                        marketingQuietEndHour?: number;
                        /** @default 4 */
                        marketingCapCount?: number;
                        /** @default 7 */
                        marketingCapDays?: number;
                        /** @default 回T退订 */
                        smsOptOutHint?: string;
                        /** @default false */
                        appointmentNoShowForfeitsSession?: boolean;
                        /** @default 0 */
                        appointmentLateCancelHours?: number;
                        /**
                         * @default CNY
                         * @enum {string}
                         */
                        currency?: "CNY";
                        /**
                         * @default zh-CN
                         * @enum {string}
                         */
                        locale?: "zh-CN" | "en";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        timezone: string;
                        settings: {
                            /** @default true */
                            shareMembersAcrossStores: boolean;
                            /** @default true */
                            crossStoreStoredValue: boolean;
                            /**
                             * @default proportional
                             * @enum {string}
                             */
                            storedValueDeductionOrder: "proportional" | "principal_first" | "bonus_first";
                            /** @default 5000 */
                            balanceLowThresholdCents: number;
                            /** @default 1 */
                            pointsPerYuan: number;
                            /** @default 100 */
                            pointsPerYuanRedeemed: number;
                            /** @default 50 */
                            pointsRedeemCapPercent: number;
                            /**
                             * @default end_of_next_year
                             * @enum {string}
                             */
                            pointsExpiry: "end_of_next_year" | "never";
                            /**
                             * @default cap_at_zero
                             * @enum {string}
                             */
                            pointsClawbackPolicy: "allow_negative" | "cap_at_zero";
                            /** @default 0 */
                            approvalThresholdCents: number;
                            /**
                             * @default spend
                             * @enum {string}
                             */
                            levelBasis: "spend" | "recharge" | "points";
                            /** @default false */
                            levelDowngradeReview: boolean;
                            /** @default false */
                            allowNegativeStock: boolean;
                            /**
                             * @default {
                             *       "owner": 100,
                             *       "store_manager": 30,
                             *       "cashier": 10
                             *     }
                             */
                            manualDiscountCapPercent: {
                                [key: string]: number;
                            };
                            /** @default 21 */
                            marketingQuietStartHour: number;
                            /** @default 9 */
                            marketingQuietEndHour: number;
                            /** @default 4 */
                            marketingCapCount: number;
                            /** @default 7 */
                            marketingCapDays: number;
                            /** @default 回T退订 */
                            smsOptOutHint: string;
                            /** @default false */
                            appointmentNoShowForfeitsSession: boolean;
                            /** @default 0 */
                            appointmentLateCancelHours: number;
                            /**
                             * @default CNY
                             * @enum {string}
                             */
                            currency: "CNY";
                            /**
                             * @default zh-CN
                             * @enum {string}
                             */
                            locale: "zh-CN" | "en";
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                action?: string;
                entity?: string;
                entityId?: string;
                actorUserId?: string;
                storeId?: string;
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description ISO-8601 UTC timestamp */
                            at: string;
                            /** Format: uuid */
                            actorUserId: string | null;
                            actorName: string;
                            /** Format: uuid */
                            storeId: string | null;
                            action: string;
                            entity: string;
                            entityId: string;
                            before: unknown;
                            after: unknown;
                            requestId: string;
                            ip: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchMembers: {
        parameters: {
            query?: {
                /** @description Phone, last 4 digits, card number, QR token, name, pinyin or initials */
                q?: string;
                status?: "active" | "frozen" | "erased";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description Masked as 138****5678 without members.phone.unmasked */
                            phone: string | null;
                            phoneMasked: boolean;
                            cardNo: string | null;
                            qrToken: string;
                            /** @enum {string} */
                            gender: "male" | "female" | "unknown";
                            birthday: string | null;
                            /** @enum {string} */
                            birthdayCalendar: "solar" | "lunar";
                            email: string | null;
                            /** Format: uuid */
                            homeStoreId: string | null;
                            /** Format: uuid */
                            referrerId: string | null;
                            /** Format: uuid */
                            levelId: string | null;
                            tags: string[];
                            customFields: {
                                [key: string]: string | number | boolean;
                            };
                            notes: string;
                            smsConsent: boolean;
                            emailConsent: boolean;
                            /** @enum {string} */
                            status: "active" | "frozen" | "erased";
                            cumulativeSpendCents: number;
                            rechargeTotalCents: number;
                            pointsEarnedTotal: number;
                            /** @description ISO-8601 UTC timestamp */
                            createdAt: string;
                            /** @description ISO-8601 UTC timestamp */
                            updatedAt: string;
                            /**
                             * @description Why this member matched
                             * @enum {string}
                             */
                            match: "exact" | "last4" | "name" | "prefix" | "list";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    phone: string;
                    cardNo?: string | null;
                    /** @enum {string} */
                    gender?: "male" | "female" | "unknown";
                    birthday?: string | null;
                    /** @enum {string} */
                    birthdayCalendar?: "solar" | "lunar";
                    /** Format: email */
                    email?: string | null;
                    /** Format: uuid */
                    homeStoreId?: string | null;
                    /** Format: uuid */
                    referrerId?: string | null;
                    tags?: string[];
                    customFields?: {
                        [key: string]: string | number | boolean;
                    };
                    notes?: string;
                    smsConsent?: boolean;
                    emailConsent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    phone?: string;
                    cardNo?: string | null;
                    /** @enum {string} */
                    gender?: "male" | "female" | "unknown";
                    birthday?: string | null;
                    /** @enum {string} */
                    birthdayCalendar?: "solar" | "lunar";
                    /** Format: email */
                    email?: string | null;
                    /** Format: uuid */
                    homeStoreId?: string | null;
                    /** Format: uuid */
                    referrerId?: string | null;
                    tags?: string[];
                    customFields?: {
                        [key: string]: string | number | boolean;
                    };
                    notes?: string;
                    smsConsent?: boolean;
                    emailConsent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMemberTimeline: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description ISO-8601 UTC timestamp */
                            at: string;
                            /** @enum {string} */
                            source: "stored_value" | "points" | "card" | "level" | "adjustment" | "order" | "refund" | "message" | "complaint" | "rating" | "follow_up" | "coupon" | "history";
                            /** @description Per source: the ledger kind; order status; refund; message status; complaint status; rated; follow-up outcome or status; coupon issued/redeemed */
                            kind: string;
                            /** Format: uuid */
                            storeId: string | null;
                            /** @description fen for stored value (principal), orders, refunds and coupon discounts; points; sessions; stars */
                            amount: number;
                            /** @description fen of bonus for stored value */
                            bonusAmount: number;
                            /** @description What refId names (order, …); a message’s channel; a complaint’s category; a coupon’s source */
                            refType: string;
                            refId: string;
                            note: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    freezeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unfreezeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eraseMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The member id again, to confirm
                     */
                    confirm: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLevels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Level"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createLevel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Higher is better; unique per tenant */
                    rank: number;
                    name: string;
                    /** @description What the level basis must reach: fen of spend or recharge, or points (tenant setting levelBasis) */
                    threshold: number;
                    /** @description 95 = 95折 (pays 95%); 100 = no discount */
                    discountPercent?: number;
                    /** @description 150 = 1.5× points */
                    pointsMultiplierPercent?: number;
                    benefits?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Level"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Higher is better; unique per tenant */
                    rank?: number;
                    name?: string;
                    /** @description What the level basis must reach: fen of spend or recharge, or points (tenant setting levelBasis) */
                    threshold?: number;
                    /** @description 95 = 95折 (pays 95%); 100 = no discount */
                    discountPercent?: number;
                    /** @description 150 = 1.5× points */
                    pointsMultiplierPercent?: number;
                    benefits?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Level"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMemberLevelHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LevelChange"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRechargePlans: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargePlan"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRechargePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    payCents: number;
                    bonusCents: number;
                    points?: number;
                    sort?: number;
                    /** Format: uuid */
                    couponTemplateId?: string | null;
                    couponCount?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargePlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRechargePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    sort?: number;
                    /** @enum {string} */
                    status?: "active" | "archived";
                    /** Format: uuid */
                    couponTemplateId?: string | null;
                    couponCount?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargePlan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMemberRecharges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recharge"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rechargeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    /** Format: uuid */
                    planId?: string;
                    /** @description Custom amount (principal only), instead of a plan */
                    amountCents?: number;
                    /** @enum {string} */
                    paymentMethod: "cash" | "bank_card" | "wechat" | "alipay" | "other";
                    /** @description Terminal or QR-payment reference */
                    paymentRef?: string;
                    /** @description Who served it (commission); shares add up to 100 */
                    staff?: {
                        /** Format: uuid */
                        userId: string;
                        sharePercent: number;
                        /** @description 点钟: the member asked for this person */
                        requested?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recharge: components["schemas"]["Recharge"];
                        balances: {
                            /** @description fen (1/100 yuan) */
                            principalCents: number;
                            /** @description fen (1/100 yuan) */
                            bonusCents: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refundRecharge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recharge: components["schemas"]["Recharge"];
                        balances: {
                            /** @description fen (1/100 yuan) */
                            principalCents: number;
                            /** @description fen (1/100 yuan) */
                            bonusCents: number;
                        };
                        refundedPrincipalCents: number;
                        forfeitedBonusCents: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStoredValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description fen (1/100 yuan) */
                        principalCents: number;
                        /** @description fen (1/100 yuan) */
                        bonusCents: number;
                        /** @description fen (1/100 yuan) */
                        totalCents: number;
                        /** @description Below the tenant’s balance-low threshold */
                        low: boolean;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStoredValueEntries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description ISO-8601 UTC timestamp */
                            at: string;
                            /** Format: uuid */
                            storeId: string | null;
                            kind: string;
                            refType: string;
                            refId: string;
                            /** @description fen (1/100 yuan) */
                            principalDelta: number;
                            /** @description fen (1/100 yuan) */
                            bonusDelta: number;
                            /** @description fen (1/100 yuan) */
                            principalAfter: number;
                            /** @description fen (1/100 yuan) */
                            bonusAfter: number;
                            note: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adjustStoredValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    principalDeltaCents: number;
                    bonusDeltaCents: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adjustPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    pointsDelta: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adjustCardSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                cardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    itemCode: string;
                    sessionsDelta: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdjustments: {
        parameters: {
            query?: {
                status?: "pending" | "applied" | "rejected";
                memberId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approveAdjustment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rejectAdjustment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        balance: number;
                        lots: {
                            /** Format: uuid */
                            id: string;
                            /** @description ISO-8601 UTC timestamp */
                            earnedAt: string;
                            /** @description ISO-8601 UTC timestamp */
                            expiresAt: string | null;
                            original: number;
                            remaining: number;
                        }[];
                        nextExpiry: {
                            /** @description ISO-8601 UTC timestamp */
                            at: string;
                            points: number;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPointsEntries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description ISO-8601 UTC timestamp */
                            at: string;
                            /** Format: uuid */
                            storeId: string | null;
                            kind: string;
                            refType: string;
                            refId: string;
                            delta: number;
                            balanceAfter: number;
                            note: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCardProducts: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardProduct"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCardProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "counted" | "time";
                    priceCents: number;
                    /** @enum {string} */
                    validity: "days" | "fixed";
                    validDays?: number;
                    /** Format: date-time */
                    validUntil?: string;
                    items: {
                        itemCode: string;
                        itemName: string;
                        sessions: number | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardProduct"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCardProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardProduct"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMemberCards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCard"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    cardProductId: string;
                    /** Format: uuid */
                    storeId: string;
                    /** @enum {string} */
                    paymentMethod: "cash" | "bank_card" | "wechat" | "alipay" | "other";
                    paymentRef?: string;
                    /** @description Who served it (commission); shares add up to 100 */
                    staff?: {
                        /** Format: uuid */
                        userId: string;
                        sharePercent: number;
                        /** @description 点钟: the member asked for this person */
                        requested?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    consumeCardSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemCode: string;
                    /** Format: uuid */
                    storeId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionsLeft: number | null;
                        useId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pauseCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumeCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refundCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        memberId: string;
                        /** Format: uuid */
                        cardProductId: string;
                        name: string;
                        /** @enum {string} */
                        kind: "counted" | "time";
                        /** @enum {string} */
                        status: "active" | "paused" | "refunded";
                        /** Format: uuid */
                        storeId: string;
                        priceCents: number;
                        /** @description ISO-8601 UTC timestamp */
                        issuedAt: string;
                        /** @description ISO-8601 UTC timestamp */
                        expiresAt: string | null;
                        /** @description ISO-8601 UTC timestamp */
                        pausedAt: string | null;
                        refundedCents: number;
                        expired: boolean;
                        items: {
                            itemCode: string;
                            itemName: string;
                            sessionsTotal: number | null;
                            sessionsLeft: number | null;
                            /** @description Held for booked appointments (not in sessionsLeft) */
                            sessionsReserved: number;
                        }[];
                        refundCents: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    quoteCart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    /** Format: uuid */
                    memberId?: string | null;
                    lines: {
                        /** Format: uuid */
                        productId: string;
                        qty: number;
                        /** @description The price the till showed; a different current price → PRICE_CHANGED */
                        unitPriceCents?: number;
                        /**
                         * Format: uuid
                         * @description Pay this line with sessions of this member card
                         */
                        cardId?: string;
                        staff?: {
                            /** Format: uuid */
                            userId: string;
                            sharePercent: number;
                            /** @description 点钟: the member asked for this person */
                            requested?: boolean;
                        }[];
                    }[];
                    manualDiscount?: {
                        /** @enum {string} */
                        kind: "percent" | "amount";
                        value: number;
                        reason: string;
                    } | null;
                    pointsToRedeem?: number;
                    /**
                     * Format: uuid
                     * @description One of the member’s coupons
                     */
                    couponId?: string | null;
                    /** @description A coupon by its scanned code */
                    couponCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricedCart"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSaleStaff: {
        parameters: {
            query: {
                storeId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaleStaff"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                storeId?: string;
                memberId?: string;
                from?: string;
                to?: string;
                /** @description An order number */
                q?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrderSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description A client-generated UUIDv7 (offline tills name their orders)
                     */
                    orderId?: string;
                    /** Format: uuid */
                    storeId: string;
                    /** @description The till (register) name, e.g. T1 */
                    till: string;
                    /** Format: uuid */
                    memberId?: string | null;
                    lines: {
                        /** Format: uuid */
                        productId: string;
                        qty: number;
                        /** @description The price the till showed; a different current price → PRICE_CHANGED */
                        unitPriceCents?: number;
                        /**
                         * Format: uuid
                         * @description Pay this line with sessions of this member card
                         */
                        cardId?: string;
                        staff?: {
                            /** Format: uuid */
                            userId: string;
                            sharePercent: number;
                            /** @description 点钟: the member asked for this person */
                            requested?: boolean;
                        }[];
                    }[];
                    manualDiscount?: {
                        /** @enum {string} */
                        kind: "percent" | "amount";
                        value: number;
                        reason: string;
                    } | null;
                    pointsToRedeem?: number;
                    /**
                     * Format: uuid
                     * @description One of the member’s coupons
                     */
                    couponId?: string | null;
                    /** @description A coupon by its scanned code */
                    couponCode?: string | null;
                    payments: {
                        /** @enum {string} */
                        method: "cash" | "stored_value" | "gift_card" | "bank_card" | "wechat" | "alipay" | "other";
                        amountCents: number;
                        /** @description Cash handed over; change = tendered − amount */
                        tenderedCents?: number;
                        ref?: string;
                        /** @description Gift card tender: the code the scanner read (19 digits) */
                        giftCardCode?: string;
                    }[];
                    expectedTotalCents?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refundOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The till (register) name, e.g. T1 */
                    till: string;
                    /** @description Omit to refund everything not yet refunded */
                    lines?: {
                        lineNo: number;
                        qty: number;
                    }[];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listShifts: {
        parameters: {
            query: {
                storeId: string;
                till?: string;
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openShift: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    /** @description The till (register) name, e.g. T1 */
                    till: string;
                    floatCents: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeShift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    countedCashCents: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listHeldOrders: {
        parameters: {
            query: {
                storeId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldOrder"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    holdOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    label?: string;
                    cart: {
                        /** Format: uuid */
                        memberId?: string | null;
                        lines: {
                            /** Format: uuid */
                            productId: string;
                            qty: number;
                            /** @description The price the till showed; a different current price → PRICE_CHANGED */
                            unitPriceCents?: number;
                            /**
                             * Format: uuid
                             * @description Pay this line with sessions of this member card
                             */
                            cardId?: string;
                            staff?: {
                                /** Format: uuid */
                                userId: string;
                                sharePercent: number;
                                /** @description 点钟: the member asked for this person */
                                requested?: boolean;
                            }[];
                        }[];
                        manualDiscount?: {
                            /** @enum {string} */
                            kind: "percent" | "amount";
                            value: number;
                            reason: string;
                        } | null;
                        pointsToRedeem?: number;
                        /**
                         * Format: uuid
                         * @description One of the member’s coupons
                         */
                        couponId?: string | null;
                        /** @description A coupon by its scanned code */
                        couponCode?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumeHeldOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    voidHeldOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCommissionRules: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionRule"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCommissionRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    scope: "product" | "category" | "kind" | "recharge";
                    /**
                     * Format: uuid
                     * @description The product or category (scope product / category)
                     */
                    targetId?: string | null;
                    /**
                     * @description The kind (scope kind)
                     * @enum {string|null}
                     */
                    kind?: "goods" | "service" | "card" | "gift_card" | null;
                    /** @enum {string} */
                    basis: "percent" | "fixed";
                    /** @description percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit */
                    assignedValue: number;
                    /** @description 点钟 value; the assigned value when omitted */
                    requestedValue?: number;
                    tiers?: components["schemas"]["CommissionTierInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionRule"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCommissionRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionRule"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCommissionRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCommissionRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    basis?: "percent" | "fixed";
                    /** @description percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit */
                    assignedValue?: number;
                    /** @description percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit */
                    requestedValue?: number;
                    tiers?: components["schemas"]["CommissionTierInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionRule"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCommissionStatement: {
        parameters: {
            query?: {
                /** @description Yourself when omitted */
                staffUserId?: string;
                /** @description Inclusive; the current month by default */
                from?: string;
                /** @description Exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionStatement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportCommissionStatement: {
        parameters: {
            query?: {
                /** @description Yourself when omitted */
                staffUserId?: string;
                /** @description Inclusive; the current month by default */
                from?: string;
                /** @description Exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCommissionSummary: {
        parameters: {
            query?: {
                storeId?: string;
                /** @description Inclusive; the current month by default */
                from?: string;
                /** @description Exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCouponTemplates: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponTemplate"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCouponTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description fixed: value fen off; percent: value % off (cap maxOffCents); threshold: 满减, value fen off
                     * @enum {string}
                     */
                    kind: "fixed" | "percent" | "threshold";
                    /** @description Fen off, or percent off for kind percent */
                    value: number;
                    /** @description Percent coupons: the most they take off (null = no cap) */
                    maxOffCents: number | null;
                    /** @description The lines in scope must cost at least this (0 = none) */
                    thresholdCents: number;
                    /** @enum {string} */
                    scope: "all" | "products" | "categories";
                    scopeIds: string[];
                    /** @description Stores where it can be used; [] = every store */
                    storeIds: string[];
                    /**
                     * @description fixed: validFrom–validUntil; days: validDays from issue
                     * @enum {string}
                     */
                    validity: "fixed" | "days";
                    /** Format: date-time */
                    validFrom: string | null;
                    /** Format: date-time */
                    validUntil: string | null;
                    validDays: number | null;
                    /** @description 0 = no limit */
                    perMemberLimit: number;
                    /** @description null = unlimited */
                    totalStock: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponTemplate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCouponTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description fixed: value fen off; percent: value % off (cap maxOffCents); threshold: 满减, value fen off
                     * @enum {string}
                     */
                    kind?: "fixed" | "percent" | "threshold";
                    /** @description Fen off, or percent off for kind percent */
                    value?: number;
                    /** @description Percent coupons: the most they take off (null = no cap) */
                    maxOffCents?: number | null;
                    /** @description The lines in scope must cost at least this (0 = none) */
                    thresholdCents?: number;
                    /** @enum {string} */
                    scope?: "all" | "products" | "categories";
                    scopeIds?: string[];
                    /** @description Stores where it can be used; [] = every store */
                    storeIds?: string[];
                    /**
                     * @description fixed: validFrom–validUntil; days: validDays from issue
                     * @enum {string}
                     */
                    validity?: "fixed" | "days";
                    /** Format: date-time */
                    validFrom?: string | null;
                    /** Format: date-time */
                    validUntil?: string | null;
                    validDays?: number | null;
                    /** @description 0 = no limit */
                    perMemberLimit?: number;
                    /** @description null = unlimited */
                    totalStock?: number | null;
                    /** @enum {string} */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponTemplate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMemberCoupons: {
        parameters: {
            query?: {
                usable?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueCoupons: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    templateId: string;
                    /** @default 1 */
                    count?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPromotions: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPromotion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description [] = every store */
                    storeIds: string[];
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string | null;
                    /** @enum {string} */
                    kind: "member_day";
                    rules: {
                        /** @description 0 = Sunday … 6 = Saturday */
                        weekdays: number[];
                        /** @description Extra percent off the order for members */
                        percentOff: number;
                        /** @description 200 = double points */
                        pointsMultiplierPercent: number;
                    };
                } | {
                    name: string;
                    /** @description [] = every store */
                    storeIds: string[];
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string | null;
                    /** @enum {string} */
                    kind: "special_price";
                    rules: {
                        items: {
                            /** Format: uuid */
                            productId: string;
                            priceCents: number;
                        }[];
                    };
                } | {
                    name: string;
                    /** @description [] = every store */
                    storeIds: string[];
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string | null;
                    /** @enum {string} */
                    kind: "order_tiers";
                    rules: {
                        tiers: {
                            thresholdCents: number;
                            offCents: number;
                        }[];
                    };
                } | {
                    name: string;
                    /** @description [] = every store */
                    storeIds: string[];
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string | null;
                    /** @enum {string} */
                    kind: "buy_x_get_y";
                    rules: {
                        productIds: string[];
                        buyQty: number;
                        getQty: number;
                        /** @description Off each "get" unit: 100 = free */
                        percentOff: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePromotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description New terms (the kind stays) */
                    promotion?: {
                        name: string;
                        /** @description [] = every store */
                        storeIds: string[];
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string | null;
                        /** @enum {string} */
                        kind: "member_day";
                        rules: {
                            /** @description 0 = Sunday … 6 = Saturday */
                            weekdays: number[];
                            /** @description Extra percent off the order for members */
                            percentOff: number;
                            /** @description 200 = double points */
                            pointsMultiplierPercent: number;
                        };
                    } | {
                        name: string;
                        /** @description [] = every store */
                        storeIds: string[];
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string | null;
                        /** @enum {string} */
                        kind: "special_price";
                        rules: {
                            items: {
                                /** Format: uuid */
                                productId: string;
                                priceCents: number;
                            }[];
                        };
                    } | {
                        name: string;
                        /** @description [] = every store */
                        storeIds: string[];
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string | null;
                        /** @enum {string} */
                        kind: "order_tiers";
                        rules: {
                            tiers: {
                                thresholdCents: number;
                                offCents: number;
                            }[];
                        };
                    } | {
                        name: string;
                        /** @description [] = every store */
                        storeIds: string[];
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string | null;
                        /** @enum {string} */
                        kind: "buy_x_get_y";
                        rules: {
                            productIds: string[];
                            buyQty: number;
                            getQty: number;
                            /** @description Off each "get" unit: 100 = free */
                            percentOff: number;
                        };
                    };
                    /** @enum {string} */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listGiftCards: {
        parameters: {
            query?: {
                /** @description The last four digits of the code */
                last4?: string;
                status?: "active" | "void";
                storeId?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["GiftCard"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueGiftCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    faceValueCents: number;
                    /** Format: uuid */
                    storeId: string;
                    /** Format: date-time */
                    expiresAt?: string | null;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedGiftCard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportGiftCards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getGiftCardLiability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GiftCardLiability"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGiftCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GiftCardDetail"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    voidGiftCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GiftCard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkGiftCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the scanner read */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GiftCardCheck"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExchangeItems: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeItem"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createExchangeItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    pointsCost: number;
                    stock?: number | null;
                    sort?: number;
                    /** @enum {string} */
                    kind: "coupon" | "product" | "gift_card";
                    /** Format: uuid */
                    couponTemplateId?: string | null;
                    /** Format: uuid */
                    productId?: string | null;
                    giftCardValueCents?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateExchangeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    pointsCost?: number;
                    stock?: number | null;
                    sort?: number;
                    /** @enum {string} */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMemberExchanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsExchangeRecord"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exchangePoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    itemId: string;
                    /** Format: uuid */
                    storeId: string;
                    qty?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsExchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                kind?: components["schemas"]["ImportKindInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadImport: {
        parameters: {
            query: {
                fileName: string;
                /** @description What the file holds; members when left out */
                kind?: components["schemas"]["ImportKindInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        job: components["schemas"]["ImportJob"];
                        headers: string[];
                        sample: string[][];
                        mapping: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        mappingSource: "saved" | "guessed";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImportKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportKindInfo"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping: {
                        [key: string]: string;
                    };
                    dryRun: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadImportRejections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportStoredValueLedger: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listStock: {
        parameters: {
            query?: {
                storeId?: string;
                categoryId?: string;
                q?: string;
                lowOnly?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StockLevel"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportStock: {
        parameters: {
            query?: {
                storeId?: string;
                categoryId?: string;
                q?: string;
                lowOnly?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listStockLedger: {
        parameters: {
            query: {
                productId: string;
                storeId?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StockEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchStockProducts: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockProduct"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adjustStock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    /** Format: uuid */
                    productId: string;
                    qtyDelta: number;
                    reason: string;
                    unitCostCents?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockAdjustment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSuppliers: {
        parameters: {
            query?: {
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    contact?: string;
                    phone?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSupplier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    contact?: string;
                    phone?: string;
                    note?: string;
                    /** @enum {string} */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPurchaseOrders: {
        parameters: {
            query?: {
                storeId?: string;
                status?: "open" | "partial" | "received" | "cancelled";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PurchaseOrder"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    /** Format: uuid */
                    supplierId: string;
                    note?: string;
                    lines: {
                        /** Format: uuid */
                        productId: string;
                        qty: number;
                        unitCostCents: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receivePurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines?: {
                        lineNo: number;
                        qty: number;
                    }[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseReceipt"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTransfers: {
        parameters: {
            query?: {
                storeId?: string;
                status?: "in_transit" | "received" | "cancelled";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StockTransfer"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    fromStoreId: string;
                    /** Format: uuid */
                    toStoreId: string;
                    note?: string;
                    lines: {
                        /** Format: uuid */
                        productId: string;
                        qty: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockTransfer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockTransfer"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockTransfer"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockTransfer"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStocktakes: {
        parameters: {
            query?: {
                storeId?: string;
                status?: "open" | "posted" | "cancelled";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Stocktake"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    storeId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveStocktakeLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines: {
                        /** Format: uuid */
                        productId: string;
                        countedQty: number | null;
                        reason?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelStocktake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stocktake"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: uuid */
                    parentId?: string | null;
                    sort?: number;
                    pointsPerYuan?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** Format: uuid */
                    parentId?: string | null;
                    sort?: number;
                    pointsPerYuan?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Name, SKU prefix, pinyin initials prefix or barcode */
                q?: string;
                /** @description This category and every category under it */
                categoryId?: string;
                kind?: "goods" | "service" | "card" | "gift_card";
                status?: "active" | "archived";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Product"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "goods" | "service" | "card" | "gift_card";
                    sku: string;
                    name: string;
                    /** Format: uuid */
                    categoryId?: string | null;
                    unit?: string;
                    /** @description Required except for a card product (defaults to its price) */
                    priceCents?: number;
                    memberPriceCents?: number | null;
                    costCents?: number;
                    trackStock?: boolean;
                    levelDiscount?: boolean;
                    durationMinutes?: number | null;
                    /** Format: uuid */
                    cardProductId?: string | null;
                    lowStockThreshold?: number | null;
                    barcodes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku?: string;
                    name?: string;
                    /** Format: uuid */
                    categoryId?: string | null;
                    unit?: string;
                    /** @description Required except for a card product (defaults to its price) */
                    priceCents?: number;
                    memberPriceCents?: number | null;
                    costCents?: number;
                    trackStock?: boolean;
                    levelDiscount?: boolean;
                    durationMinutes?: number | null;
                    /** Format: uuid */
                    cardProductId?: string | null;
                    lowStockThreshold?: number | null;
                    barcodes?: string[];
                    /** @enum {string} */
                    status?: "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lookupProduct: {
        parameters: {
            query: {
                /** @description A barcode or a SKU, exactly */
                code: string;
                /** @description Also answer this store’s stock on hand */
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLine"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listSegments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    rules: components["schemas"]["SegmentRulesInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    rules: components["schemas"]["SegmentRulesInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: components["schemas"]["SegmentRulesInput"];
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            phone: string | null;
                            levelId: string | null;
                            homeStoreId: string | null;
                            cumulativeSpendCents: number;
                            birthday: string | null;
                            smsConsent: boolean;
                            emailConsent: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: uuid */
                    segmentId: string;
                    /** @enum {string} */
                    channel: "sms" | "email" | "inbox";
                    subject?: string;
                    /** @description Text with {{name}} */
                    body: string;
                    /** Format: uuid */
                    couponTemplateId?: string | null;
                    reportDays?: number;
                    /**
                     * Format: date-time
                     * @description Omit to send now
                     */
                    scheduledAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCampaignReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: components["schemas"]["Campaign"];
                        recipients: number;
                        queued: number;
                        sent: number;
                        failed: number;
                        skipped: {
                            noConsent: number;
                            frequencyCap: number;
                            other: number;
                        };
                        coupons: {
                            issued: number;
                            notIssued: number;
                            redeemed: number;
                            redeemers: number;
                            redeemerRevenueCents: number;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAutomations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "birthday" | "win_back" | "level_up" | "balance_low" | "card_expiring" | "coupon_expiring" | "appointment_reminder" | "follow_up";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                    params?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                channel?: "sms" | "email" | "inbox";
                status?: "queued" | "sent" | "failed" | "skipped";
                memberId?: string;
                sourceType?: "campaign" | "automation" | "system";
                sourceId?: string;
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMemberInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            body: string;
                            /** @description ISO-8601 UTC timestamp */
                            createdAt: string;
                            read: boolean;
                        }[];
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAppointments: {
        parameters: {
            query: {
                storeId: string;
                from: string;
                /** @description Exclusive; at most 42 days after from */
                to: string;
                staffUserId?: string;
                /** @description 我的预约: only the bookings you serve (instead of staffUserId) */
                mine?: "true" | "false";
                status?: "booked" | "arrived" | "cancelled" | "no_show";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bookAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Client-chosen UUIDv7 (optional)
                     */
                    id?: string;
                    /** Format: uuid */
                    storeId: string;
                    /** Format: uuid */
                    memberId: string;
                    /**
                     * Format: uuid
                     * @description A catalog product of kind service; its duration sets the length
                     */
                    serviceId: string;
                    /**
                     * Format: uuid
                     * @description Who serves; omitted = whoever is free
                     */
                    staffUserId?: string | null;
                    /**
                     * Format: date-time
                     * @description On the store’s slot grid, in its working hours
                     */
                    startsAt: string;
                    /**
                     * Format: uuid
                     * @description A member card to hold one session until arrival
                     */
                    cardId?: string | null;
                    cardItemCode?: string | null;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMemberAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markAppointmentArrived: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markAppointmentNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAppointmentSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                storeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentSchedule"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveAppointmentSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                storeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hours: components["schemas"]["WeekHoursInput"];
                    slotMinutes: 10 | 15 | 20 | 30 | 60;
                    /** @description Bookings one person takes at once */
                    staffCapacity: number;
                    /** @description Bookings the store takes at once; null = no limit */
                    storeCapacity: number | null;
                    /** @default [] */
                    staffHours?: {
                        /** Format: uuid */
                        userId: string;
                        hours: components["schemas"]["WeekHoursInput"];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentSchedule"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAppointmentStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                storeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookableStaff"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRatings: {
        parameters: {
            query?: {
                storeId?: string;
                staffUserId?: string;
                memberId?: string;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Rating"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordRating: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    orderId: string;
                    score: number;
                    comment?: string;
                    /**
                     * Format: uuid
                     * @description Omit: whoever served most of the visit; null: nobody
                     */
                    staffUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeedbackSummary: {
        parameters: {
            query?: {
                storeId?: string;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComplaints: {
        parameters: {
            query?: {
                status?: "new" | "assigned" | "resolved" | "closed";
                storeId?: string;
                category?: "service" | "staff" | "product" | "price" | "wait" | "environment" | "billing" | "other";
                assigneeUserId?: string;
                memberId?: string;
                /** @description Open complaints due for follow-up on or before this day */
                followUpBy?: string;
                /** @description Inclusive */
                from?: string;
                /** @description Exclusive */
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Complaint"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fileComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Required unless orderId names the visit
                     */
                    storeId?: string;
                    /** Format: uuid */
                    memberId?: string | null;
                    /** Format: uuid */
                    orderId?: string | null;
                    /** @enum {string} */
                    category: "service" | "staff" | "product" | "price" | "wait" | "environment" | "billing" | "other";
                    description: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    followUpOn?: string | null;
                    /** Format: uuid */
                    assigneeUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeComplaintStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "new" | "assigned" | "resolved" | "closed";
                    /**
                     * Format: uuid
                     * @description Required for assigned
                     */
                    assigneeUserId?: string;
                    /** @description Required for resolved */
                    resolution?: string;
                    note?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    followUpOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addComplaintNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    followUpOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Complaint"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFollowUps: {
        parameters: {
            query?: {
                /** @description mine (default) or everyone’s in your stores */
                scope?: "mine" | "store";
                storeId?: string;
                staffUserId?: string;
                status?: "open" | "done";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FollowUp"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "contacted" | "no_answer" | "complaint_raised" | "declined" | "wrong_number";
                    note?: string;
                    /** @description With outcome complaint_raised: log the complaint in the same step */
                    complaint?: {
                        /** @enum {string} */
                        category: "service" | "staff" | "product" | "price" | "wait" | "environment" | "billing" | "other";
                        description: string;
                    };
                    /** @description The member rated the visit on the call */
                    rating?: {
                        score: number;
                        comment?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRfm: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; today in the tenant's time zone by default */
                asOf?: string;
                /** @description Only purchases of the N days ending with asOf; all history by default */
                windowDays?: string;
                /** @description Amounts net of returns; purchases only by default */
                net?: "true" | "false";
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Rows of this class only (the counts cover every class) */
                rfmClass?: "important_value" | "important_development" | "important_retain" | "important_win_back" | "general_value" | "general_development" | "general_retain" | "general_win_back";
                /** @description Cursor: the memberRef of the last row of the previous page */
                after?: string;
                /** @description Rows per page, 1000 by default */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RfmReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportRfm: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; today in the tenant's time zone by default */
                asOf?: string;
                /** @description Only purchases of the N days ending with asOf; all history by default */
                windowDays?: string;
                /** @description Amounts net of returns; purchases only by default */
                net?: "true" | "false";
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Rows of this class only (the counts cover every class) */
                rfmClass?: "important_value" | "important_development" | "important_retain" | "important_win_back" | "general_value" | "general_development" | "general_retain" | "general_win_back";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getLifecycle: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; today in the tenant's time zone by default */
                asOf?: string;
                /** @description Active up to this many days since the last purchase (30) */
                activeDays?: string;
                /** @description Recently lapsed up to this many days (90) */
                recentDays?: string;
                /** @description Lapsing up to this many days (180); dormant beyond */
                midDays?: string;
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Rows of this stage only (the counts cover every stage) */
                stage?: "active" | "recent_churn" | "mid_churn" | "dormant";
                /** @description Cursor: the memberRef of the last row of the previous page */
                after?: string;
                /** @description Rows per page, 1000 by default */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportLifecycle: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; today in the tenant's time zone by default */
                asOf?: string;
                /** @description Active up to this many days since the last purchase (30) */
                activeDays?: string;
                /** @description Recently lapsed up to this many days (90) */
                recentDays?: string;
                /** @description Lapsing up to this many days (180); dormant beyond */
                midDays?: string;
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Rows of this stage only (the counts cover every stage) */
                stage?: "active" | "recent_churn" | "mid_churn" | "dormant";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAbcd: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; today in the tenant's time zone by default */
                asOf?: string;
                /** @description Only purchases of the N days ending with asOf; all history by default */
                windowDays?: string;
                /** @description Amounts net of returns; purchases only by default */
                net?: "true" | "false";
                /** @description High frequency is more purchase orders than this; the median member’s by default */
                frequencyAbove?: string;
                /** @description High amount is more than this (fen); the median member’s by default */
                amountAboveCents?: string;
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Rows of this class only (the counts cover every class) */
                abcdClass?: "A" | "B" | "C" | "D";
                /** @description Cursor: the memberRef of the last row of the previous page */
                after?: string;
                /** @description Rows per page, 1000 by default */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbcdReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAbcd: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; today in the tenant's time zone by default */
                asOf?: string;
                /** @description Only purchases of the N days ending with asOf; all history by default */
                windowDays?: string;
                /** @description Amounts net of returns; purchases only by default */
                net?: "true" | "false";
                /** @description High frequency is more purchase orders than this; the median member’s by default */
                frequencyAbove?: string;
                /** @description High amount is more than this (fen); the median member’s by default */
                amountAboveCents?: string;
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Rows of this class only (the counts cover every class) */
                abcdClass?: "A" | "B" | "C" | "D";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAffinity: {
        parameters: {
            query?: {
                /** @description First day (tenant time zone); all history by default */
                from?: string;
                /** @description Last day, inclusive; today by default */
                to?: string;
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Baskets a product and a pair must be in; 1% of the baskets (at least 2) by default */
                minSupport?: string;
                /** @description Best first by this; lift by default */
                sort?: "lift" | "confidence" | "support";
                /** @description Pairs to return, 100 by default */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AffinityReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAffinity: {
        parameters: {
            query?: {
                /** @description First day (tenant time zone); all history by default */
                from?: string;
                /** @description Last day, inclusive; today by default */
                to?: string;
                /** @description Only this store's live orders (imported history belongs to no store); your stores by default */
                storeId?: string;
                /** @description Baskets a product and a pair must be in; 1% of the baskets (at least 2) by default */
                minSupport?: string;
                /** @description Best first by this; lift by default */
                sort?: "lift" | "confidence" | "support";
                /** @description Pairs to return, 100 by default */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description today, this week (from Monday) or this month, to today */
                period?: "today" | "week" | "month";
                /** @description One store; all the stores you may see when omitted */
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSalesReport: {
        parameters: {
            query: {
                /** @description First day, inclusive */
                from: string;
                /** @description Last day, inclusive */
                to: string;
                by?: "day" | "store" | "category" | "product" | "staff" | "payment";
                /** @description One store; all the stores you may see when omitted */
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportSalesReport: {
        parameters: {
            query: {
                /** @description First day, inclusive */
                from: string;
                /** @description Last day, inclusive */
                to: string;
                by?: "day" | "store" | "category" | "product" | "staff" | "payment";
                /** @description One store; all the stores you may see when omitted */
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getLiability: {
        parameters: {
            query?: {
                /** @description One store; all the stores you may see when omitted */
                storeId?: string;
                /** @description Balances at the end of this day; today when omitted */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liability"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportLiability: {
        parameters: {
            query?: {
                /** @description One store; all the stores you may see when omitted */
                storeId?: string;
                /** @description Balances at the end of this day; today when omitted */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getSettlement: {
        parameters: {
            query?: {
                /** @description First day; the 1st of this month when omitted */
                from?: string;
                /** @description Last day, inclusive; today when omitted */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportSettlement: {
        parameters: {
            query?: {
                /** @description First day; the 1st of this month when omitted */
                from?: string;
                /** @description Last day, inclusive; today when omitted */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMemberGrowth: {
        parameters: {
            query?: {
                /** @description First day; the 1st of this month when omitted */
                from?: string;
                /** @description Last day, inclusive; today when omitted */
                to?: string;
                by?: "day" | "month";
                /** @description One store; all the stores you may see when omitted */
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberGrowth"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportMemberGrowth: {
        parameters: {
            query?: {
                /** @description First day; the 1st of this month when omitted */
                from?: string;
                /** @description Last day, inclusive; today when omitted */
                to?: string;
                by?: "day" | "month";
                /** @description One store; all the stores you may see when omitted */
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receiveInboundSms: {
        parameters: {
            query?: {
                secret?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        /** @description A reply: `phone` and `text` (or Tencent Cloud’s `mobile`, `nationcode` and `text`) */
        requestBody: {
            content: {
                "application/json": {
                    phone?: string;
                    mobile?: string;
                    nationcode?: string;
                    text?: string;
                    content?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        result: 0;
                        errmsg: string;
                        stop: boolean;
                        optedOut: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestPortalCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Merchant code; may be left out when the deployment has one merchant */
                    tenant?: string;
                    /** @description Mainland mobile number; +86, spaces and dashes allowed */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresInSeconds: number;
                        resendAfterSeconds: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signInMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Merchant code; may be left out when the deployment has one merchant */
                    tenant?: string;
                    /** @description Mainland mobile number; +86, spaces and dashes allowed */
                    phone: string;
                    code: string;
                    /** @description Joining: the store of the QR code scanned */
                    storeCode?: string;
                    /** @description Joining: the new member’s name */
                    name?: string;
                    /** @description Joining: marketing SMS wanted */
                    smsConsent?: boolean;
                    /** @description Joining: marketing e-mail wanted */
                    emailConsent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        memberId: string;
                        /** @description True when this sign-in made the phone a new member */
                        joined: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOutMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalMemberCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Show as a QR code; the counter accepts it about a minute */
                        token: string;
                        /** @description ISO-8601 UTC timestamp */
                        expiresAt: string;
                        refreshAfterSeconds: number;
                        cardNo: string | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalAccount"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePortalProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    gender?: "male" | "female" | "unknown";
                    birthday?: string | null;
                    /** @enum {string} */
                    birthdayCalendar?: "solar" | "lunar";
                    /** Format: email */
                    email?: string | null;
                    /** @description False opts out of marketing SMS */
                    smsConsent?: boolean;
                    /** @description False opts out of marketing e-mail */
                    emailConsent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalProfile"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPortalCoupons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        usable: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            kind: "fixed" | "percent" | "threshold";
                            value: number;
                            maxOffCents: number | null;
                            thresholdCents: number;
                            /** @enum {string} */
                            state: "usable" | "not_yet_valid" | "used" | "expired" | "void";
                            /** @description ISO-8601 UTC timestamp */
                            validFrom: string;
                            /** @description ISO-8601 UTC timestamp */
                            expiresAt: string;
                            /** @description ISO-8601 UTC timestamp */
                            redeemedAt: string | null;
                        }[];
                        used: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            kind: "fixed" | "percent" | "threshold";
                            value: number;
                            maxOffCents: number | null;
                            thresholdCents: number;
                            /** @enum {string} */
                            state: "usable" | "not_yet_valid" | "used" | "expired" | "void";
                            /** @description ISO-8601 UTC timestamp */
                            validFrom: string;
                            /** @description ISO-8601 UTC timestamp */
                            expiresAt: string;
                            /** @description ISO-8601 UTC timestamp */
                            redeemedAt: string | null;
                        }[];
                        expired: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            kind: "fixed" | "percent" | "threshold";
                            value: number;
                            maxOffCents: number | null;
                            thresholdCents: number;
                            /** @enum {string} */
                            state: "usable" | "not_yet_valid" | "used" | "expired" | "void";
                            /** @description ISO-8601 UTC timestamp */
                            validFrom: string;
                            /** @description ISO-8601 UTC timestamp */
                            expiresAt: string;
                            /** @description ISO-8601 UTC timestamp */
                            redeemedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPortalOrders: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            orderNo: string;
                            /** Format: uuid */
                            storeId: string;
                            /** @enum {string} */
                            status: "completed" | "partially_refunded" | "refunded";
                            listCents: number;
                            discountCents: number;
                            totalCents: number;
                            refundedCents: number;
                            /** @description ISO-8601 UTC timestamp */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        orderNo: string;
                        /** Format: uuid */
                        storeId: string;
                        /** @enum {string} */
                        status: "completed" | "partially_refunded" | "refunded";
                        listCents: number;
                        discountCents: number;
                        totalCents: number;
                        refundedCents: number;
                        /** @description ISO-8601 UTC timestamp */
                        createdAt: string;
                        pointsRedeemed: number;
                        pointsEarned: number;
                        lines: {
                            lineNo: number;
                            name: string;
                            qty: number;
                            unitPriceCents: number;
                            listCents: number;
                            discountCents: number;
                            totalCents: number;
                            refundedQty: number;
                            refundedCents: number;
                        }[];
                        payments: {
                            method: string;
                            amountCents: number;
                            refundedCents: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPortalRecharges: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            storeId: string;
                            principalCents: number;
                            bonusCents: number;
                            points: number;
                            paymentMethod: string;
                            /** @enum {string} */
                            status: "completed" | "refunded";
                            refundedPrincipalCents: number;
                            forfeitedBonusCents: number;
                            /** @description ISO-8601 UTC timestamp */
                            createdAt: string;
                            /** @description ISO-8601 UTC timestamp */
                            refundedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPortalInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            body: string;
                            /** @description ISO-8601 UTC timestamp */
                            createdAt: string;
                            read: boolean;
                        }[];
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markPortalInboxRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
