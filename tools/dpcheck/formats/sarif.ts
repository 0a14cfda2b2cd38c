/** SARIF 2.1.0, for code-scanning tools: one rule per policy, one result per violation. */
import { Report, scrubReport } from "../report";

const LEVELS: Record<string, string> = { mandatory: "error", advisory: "warning", disabled: "none", remediate: "error" };

/** JSON needs no escaping; the values are scrubbed of secrets like every format's. */
export function renderSarif(unscrubbed: Report): object {
    const report = scrubReport(unscrubbed);
    const rules = [...new Map(report.violations.map((v) => [v.policy, v])).values()].map((v) => ({
        id: v.policy,
        name: v.policy,
        shortDescription: { text: v.policy },
        help: { text: v.remediation },
        properties: { tags: v.clauses, severity: v.severity },
    }));
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "dpcheck",
                        semanticVersion: report.policyPack.version,
                        informationUri: "https://www.pulumi.com/docs/iac/crossguard/",
                        rules,
                        properties: { policyPack: report.policyPack.name, reviewDate: report.policyPack.reviewDate },
                    },
                },
                results: report.violations.map((v) => ({
                    ruleId: v.policy,
                    ruleIndex: rules.findIndex((r) => r.id === v.policy),
                    level: LEVELS[v.enforcementLevel] ?? "warning",
                    message: { text: `${v.resourceName} (${v.resourceType}): ${v.message}` },
                    locations: [
                        {
                            // The program's line that declared the resource, so that code scanning annotates it (a preview only).
                            ...(v.location
                                ? {
                                      physicalLocation: {
                                          artifactLocation: { uri: encodeURI(v.location.file) },
                                          region: { startLine: v.location.line, startColumn: v.location.column },
                                      },
                                  }
                                : {}),
                            logicalLocations: [{ name: v.resourceName, fullyQualifiedName: v.urn, kind: "resource" }],
                        },
                    ],
                    properties: { clauses: v.clauses, resourceType: v.resourceType, severity: v.severity },
                })),
                properties: { stack: report.source.stack, project: report.source.project, resources: report.resources },
            },
        ],
    };
}
