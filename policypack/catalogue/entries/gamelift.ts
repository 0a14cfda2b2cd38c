/** GameLift: fleets of game servers. */
import type { FleetArgs } from "@pulumi/aws/gamelift/fleet";
import { asList, isObject } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

/** Game servers admit players from anywhere; a fleet with personal data must not. */
function checkInbound({ store, report }: StoreContext): void {
    if (!store.isPii) return;
    for (const permission of asList(store.res.props.ec2InboundPermissions)) {
        if (isObject(permission) && (permission.ipRange === "0.0.0.0/0" || permission.ipRange === "::/0"))
            report(
                `holds personal data (${store.classifiedBy}) and admits ${permission.protocol} ${permission.fromPort}-${permission.toPort} from ${permission.ipRange} (ec2InboundPermissions)`,
            );
    }
}

export const gameliftFleet = entry<FleetArgs>()({
    types: ["aws:gamelift/fleet:Fleet"],
    holds: "game server processes and player sessions (and what the servers write)",
    tagging: "carrier",
    names: ["name"],
    atRest: { notOffered: "instance storage is managed by GameLift, with no key setting" },
    inTransit: [
        {
            what: "player connections",
            setting: {
                path: "certificateConfiguration.certificateType",
                on: ["GENERATED"],
                absent: false,
                absentMeans: "DISABLED: no TLS certificate for the servers",
            },
        },
    ],
    exposure: [{ custom: checkInbound, summary: "no ec2InboundPermissions from 0.0.0.0/0 on a PII fleet" }],
    retention: [{ what: "uploaded game session logs (14 days)", awsKeepsDays: 14 }],
});
