/**
 * Lake Formation: grants on databases, tables, columns and data locations (to principals that
 * may be other accounts or organisations), and the account's data lake settings (admins,
 * trusted resource owners, accounts allowed to filter data).
 */
import type { DataLakeSettingsArgs } from "@pulumi/aws/lakeformation/dataLakeSettings";
import type { PermissionsArgs } from "@pulumi/aws/lakeformation/permissions";
import { ownAccounts } from "../../lib/accounts";
import { BUCKET_TYPES } from "../../lib/stack-index";
import { asList, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";
import { read } from "../read";
import { GLUE_DATABASE_TYPES, GLUE_TABLE_TYPES } from "./glue";

const ACCOUNT_ID = /^\d{12}$/;
const ARN_ACCOUNT = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/;

/** The account a principal (account ID or ARN) belongs to, if it names one. */
export function principalAccountOf(principal: string): string | undefined {
    if (ACCOUNT_ID.test(principal)) return principal;
    return ARN_ACCOUNT.exec(principal)?.[1];
}

/**
 * Principals (account IDs or ARNs) under `paths` must belong to this stack's accounts or the
 * shipping provider's; organisations and OUs are judged by their management account.
 */
export function principalsInOwnAccounts(what: string, paths: readonly string[]): CustomCheck {
    return {
        summary: `${paths.join(", ")}: only this stack's accounts and the shipping provider's`,
        custom: ({ index, store, config, report }: StoreContext) => {
            const own = ownAccounts(index, config);
            for (const path of paths) {
                const readings = read(store.res.props, path);
                if (readings.some((r) => r.state === "unknown")) {
                    report(`${path} is not known during preview, so ${what} cannot be verified`);
                    continue;
                }
                for (const principal of readings.flatMap((r) => (r.state === "known" ? asList(r.value) : []))) {
                    if (isUnknown(principal)) {
                        report(`${path} is not known during preview, so ${what} cannot be verified`);
                        continue;
                    }
                    if (typeof principal !== "string") continue;
                    const account = principalAccountOf(principal);
                    if (account !== undefined && !own.has(account) && !config.shippingProviderAccountIds.includes(account)) {
                        report(
                            `${what} ${principal === account ? `account ${account}` : `${principal} of account ${account}`} (${path}), which is neither this stack's nor a shipping provider's`,
                        );
                    }
                }
            }
        },
    };
}

const GRANT = { notOffered: "a grant stores no data" };

export const lakeformationPermissions = entry<PermissionsArgs>()({
    types: ["aws:lakeformation/permissions:Permissions"],
    holds: "access to databases, tables, columns and data locations",
    tagging: "carrier",
    judgedWithSource: true,
    sources: [
        { path: "database.name", types: GLUE_DATABASE_TYPES },
        { path: "table.name", types: GLUE_TABLE_TYPES },
        { path: "table.databaseName", types: GLUE_DATABASE_TYPES },
        { path: "tableWithColumns.name", types: GLUE_TABLE_TYPES },
        { path: "tableWithColumns.databaseName", types: GLUE_DATABASE_TYPES },
        { path: "dataLocation.arn", types: BUCKET_TYPES },
    ],
    atRest: GRANT,
    inTransit: GRANT,
    retention: GRANT,
    destinations: [principalsInOwnAccounts("grants Lake Formation permissions to", ["principal"])],
    notes: "Cross-account grants reach the other account through RAM; an organisation or OU principal is judged by the management account in its ARN.",
});

export const lakeformationDataLakeSettings = entry<DataLakeSettingsArgs>()({
    types: ["aws:lakeformation/dataLakeSettings:DataLakeSettings"],
    holds: "who administers the data lake and which outside accounts it trusts",
    tagging: "carrier",
    atRest: GRANT,
    inTransit: GRANT,
    retention: GRANT,
    destinations: [
        principalsInOwnAccounts("makes a data lake administrator of", ["admins", "readOnlyAdmins"]),
        principalsInOwnAccounts("trusts", ["trustedResourceOwners"]),
        principalsInOwnAccounts("lets EMR clusters filter the data lake's data in", ["externalDataFilteringAllowLists"]),
    ],
});
