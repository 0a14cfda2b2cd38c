import { datastoreSharingRestrictDestinations } from "../../../policypack/policies/datastore/sharing/datastore-sharing-restrict-destinations";
import { datastoreTagsRequireClassification } from "../../../policypack/policies/datastore/tags/datastore-tags-require-classification";
import { PII_TAGS } from "../fixtures/compliant-stack";
import { ResourceSpec } from "../support/harness";
import { describeEntry, fixtureWith, props } from "../support/entries";

const VM_CLUSTER = "aws:odb/cloudVmCluster:CloudVmCluster";
const AUTONOMOUS = "aws:odb/cloudAutonomousVmCluster:CloudAutonomousVmCluster";

const odb = (): ResourceSpec[] =>
    fixtureWith([
        {
            type: VM_CLUSTER,
            name: "orders-exadata",
            props: {
                displayName: "orders-exadata",
                cloudExadataInfrastructureId: "exa-1",
                odbNetworkId: "odbnet-1",
                cpuCoreCount: 16,
                dataStorageSizeInTbs: 2,
                dbServers: ["db-1"],
                giVersion: "19.0.0.0",
                hostnamePrefix: "orders",
                sshPublicKeys: ["ssh-ed25519 AAAA"],
                dataCollectionOptions: {
                    isDiagnosticsEventsEnabled: false,
                    isHealthMonitoringEnabled: false,
                    isIncidentLogsEnabled: false,
                },
                tags: PII_TAGS,
            },
        },
        {
            type: AUTONOMOUS,
            name: "orders-adb",
            props: {
                displayName: "orders-adb",
                cloudExadataInfrastructureId: "exa-1",
                odbNetworkId: "odbnet-1",
                autonomousDataStorageSizeInTbs: 1,
                cpuCoreCountPerNode: 4,
                dbServers: ["db-1"],
                memoryPerOracleComputeUnitInGbs: 2,
                scanListenerPortTls: 2484,
                scanListenerPortNonTls: 1521,
                totalContainerDatabases: 1,
                maintenanceWindow: { preference: "NO_PREFERENCE" },
                tags: PII_TAGS,
            },
        },
    ]);

describe("catalogue: Oracle Database@AWS", () => {
    describeEntry(
        VM_CLUSTER,
        odb,
        [
            {
                title: "incident logs sent to Oracle",
                change: props("orders-exadata", (p) => {
                    p.dataCollectionOptions.isIncidentLogsEnabled = true;
                }),
                policy: datastoreSharingRestrictDestinations,
                at: [VM_CLUSTER, "orders-exadata"],
                message: /sends incident logs \(trace files that may quote personal data\) to Oracle, outside AWS/,
            },
            {
                title: "unclassified",
                change: props("orders-exadata", (p) => {
                    delete p.tags;
                }),
                policy: datastoreTagsRequireClassification,
                at: [VM_CLUSTER, "orders-exadata"],
                message: /tag "data-classification" must be one of/,
            },
        ],
        [
            {
                title: "incident logs on a confidential cluster",
                change: props("orders-exadata", (p) => {
                    p.dataCollectionOptions.isIncidentLogsEnabled = true;
                    p.tags = { "data-classification": "confidential", "retention-days": "30", owner: "x" };
                }),
            },
        ],
    );

    describeEntry(AUTONOMOUS, odb, [
        {
            title: "unclassified",
            change: props("orders-adb", (p) => {
                delete p.tags;
            }),
            policy: datastoreTagsRequireClassification,
            at: [AUTONOMOUS, "orders-adb"],
            message: /tag "data-classification" must be one of/,
        },
    ]);
});
