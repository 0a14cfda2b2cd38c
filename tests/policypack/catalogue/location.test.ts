import { datastoreEncryptionRequireCustomerKey } from "../../../policypack/policies/datastore/encryption/datastore-encryption-require-customer-key";
import { datastoreRetentionLimitCopies } from "../../../policypack/policies/datastore/retention/datastore-retention-limit-copies";
import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { CONFIDENTIAL_TAGS, KEY_ARN, PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const TRACKER = "aws:location/tracker:Tracker";
const GEOFENCES = "aws:location/geofenceCollection:GeofenceCollection";
const PLACES = "aws:location/placeIndex:PlaceIndex";
const ROUTES = "aws:location/routeCalculation:RouteCalculation";
const VEHICLE_TAGS = { ...CONFIDENTIAL_TAGS, "retention-days": "30" };

const location = (): ResourceSpec[] =>
    fixtureWith([
        { type: TRACKER, name: "vans", props: { trackerName: "vans", kmsKeyId: KEY_ARN, tags: VEHICLE_TAGS } },
        { type: GEOFENCES, name: "depots", props: { collectionName: "depots", kmsKeyId: KEY_ARN, tags: PII_TAGS } },
        { type: PLACES, name: "geocoder", props: { indexName: "geocoder", dataSource: "Esri" } },
        { type: ROUTES, name: "router", props: { calculatorName: "router", dataSource: "Here" } },
    ]);

describe("catalogue: Location", () => {
    describeEntry("tracker, geofence collection, place index, route calculator", location, [
        {
            title: "a tracker under an AWS-owned key",
            change: props("vans", (p) => {
                delete p.kmsKeyId;
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [TRACKER, "vans"],
            message: /position history: has no kmsKeyId, so .* an AWS-owned key/,
        },
        {
            title: "a tracker of people (PII): AWS keeps 30 days of positions",
            change: props("vans", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreRetentionLimitCopies,
            at: [TRACKER, "vans"],
            message: /AWS keeps device positions \(30 days of history\) for 30 days/,
        },
        {
            title: "an unclassified tracker",
            change: props("vans", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [TRACKER, "vans"],
            message: /tag "data-classification" must be one of/,
        },
        {
            title: "geofences under an aws/ alias",
            change: props("depots", (p) => {
                p.kmsKeyId = "alias/aws/geo";
            }),
            policy: datastoreEncryptionRequireCustomerKey,
            at: [GEOFENCES, "depots"],
            message: /names the AWS-managed key alias\/aws\/geo/,
        },
        {
            title: "customers' addresses geocoded by Esri",
            change: props("geocoder", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [PLACES, "geocoder"],
            message: /sends addresses to the data provider Esri, a third party/,
        },
        {
            title: "customers' locations routed by HERE",
            change: props("router", (p) => {
                p.tags = PII_TAGS;
            }),
            policy: datastoreSharingRestrictDestinations,
            at: [ROUTES, "router"],
            message: /sends route positions to the data provider Here/,
        },
    ]);
});
