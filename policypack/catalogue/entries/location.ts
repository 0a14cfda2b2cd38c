/**
 * Location: trackers (position history of devices), geofence collections, and place indexes and route calculators
 * (queries sent to a data provider).
 */
import type { GeofenceCollectionArgs } from "@pulumi/aws/location/geofenceCollection";
import type { PlaceIndexArgs } from "@pulumi/aws/location/placeIndex";
import type { RouteCalculationArgs } from "@pulumi/aws/location/routeCalculation";
import type { TrackerArgs } from "@pulumi/aws/location/tracker";
import { isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { CustomCheck, entry } from "../entry";

const HTTPS_ONLY = { notOffered: "Amazon Location's endpoints accept HTTPS only" };
const AWS_OWNED = "an AWS-owned key";

/** Esri, HERE and Grab process the queries they receive (addresses, positions), possibly outside the region: a third party. */
function dataProvider(what: string): CustomCheck {
    return {
        summary: "no personal data in queries to a third-party data provider (Esri, HERE, Grab)",
        custom: ({ store, report }: StoreContext) => {
            if (!store.isPii) return;
            const provider = store.res.props.dataSource;
            if (isUnknown(provider)) report("dataSource is not known during preview");
            else if (typeof provider === "string" && provider !== "")
                report(
                    `sends ${what} to the data provider ${provider}, a third party that processes them possibly outside the region: personal data may go only to the shipping provider's account`,
                );
        },
    };
}

export const locationTracker = entry<TrackerArgs>()({
    types: ["aws:location/tracker:Tracker"],
    holds: "the position history of devices (people, vehicles, parcels)",
    tagging: "store",
    names: ["trackerName"],
    atRest: [{ what: "position history", key: "kmsKeyId", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    retention: [{ what: "device positions (30 days of history)", awsKeepsDays: 30 }],
    notes: "Amazon Location keeps 30 days of position history whatever the settings; only BatchDeleteDevicePositionHistory removes it sooner.",
});

export const locationGeofenceCollection = entry<GeofenceCollectionArgs>()({
    types: ["aws:location/geofenceCollection:GeofenceCollection"],
    holds: "geofences (areas, e.g. around customers' addresses) and their properties",
    tagging: "store",
    names: ["collectionName"],
    atRest: [{ what: "geofences", key: "kmsKeyId", keyAbsentMeans: AWS_OWNED }],
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "geofences live until the application deletes them" },
});

export const locationPlaceIndex = entry<PlaceIndexArgs>()({
    types: ["aws:location/placeIndex:PlaceIndex"],
    holds: "addresses and places searched (geocoding), sent to its data provider",
    tagging: "carrier",
    names: ["indexName"],
    atRest: { notOffered: "keeps no queries; with intendedUse Storage the caller may keep results, in its own store" },
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "keeps no queries" },
    destinations: [dataProvider("addresses")],
});

export const locationRouteCalculation = entry<RouteCalculationArgs>()({
    types: ["aws:location/routeCalculation:RouteCalculation"],
    holds: "origins and destinations of routes (customers' locations), sent to its data provider",
    tagging: "carrier",
    names: ["calculatorName"],
    atRest: { notOffered: "keeps no queries" },
    inTransit: HTTPS_ONLY,
    retention: { notOffered: "keeps no queries" },
    destinations: [dataProvider("route positions")],
});
