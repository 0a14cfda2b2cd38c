import * as aws from "@pulumi/aws";

export type RdsEngine = "postgres" | "mysql";

/** What differs between the engines: port, versions, the logs to export, and the parameters that force TLS and turn auditing on. */
export interface EngineProfile {
    /** The version used when none is given. */
    readonly defaultVersion: string;
    /** The engine's port, the only one the security group opens. */
    readonly port: number;
    /** What a version of this engine looks like. */
    readonly versionPattern: RegExp;
    /** The parameter group family of a version. */
    readonly family: (version: string) => string;
    /** The logs exported to CloudWatch, each into a log group the component makes first. */
    readonly logExports: readonly string[];
    /** The parameter group's parameters: TLS required, activity audited (DP-2.3, DP-4.3). */
    readonly parameters: readonly aws.types.input.rds.ParameterGroupParameter[];
}

/** The engines AuditedRdsInstance supports. */
export const ENGINES: Readonly<Record<RdsEngine, EngineProfile>> = {
    postgres: {
        defaultVersion: "17",
        port: 5432,
        versionPattern: /^\d+(\.\d+)?$/,
        family: (version) => `postgres${version.split(".")[0]}`,
        logExports: ["postgresql", "upgrade"],
        parameters: [
            { name: "rds.force_ssl", value: "1" },
            { name: "ssl_min_protocol_version", value: "TLSv1.2" },
            { name: "shared_preload_libraries", value: "pgaudit", applyMethod: "pending-reboot" },
            { name: "pgaudit.log", value: "all" },
            // Statements are logged, their bound values (personal data) are not.
            { name: "pgaudit.log_parameter", value: "0" },
            { name: "log_connections", value: "1" },
            { name: "log_disconnections", value: "1" },
        ],
    },
    mysql: {
        defaultVersion: "8.4",
        port: 3306,
        versionPattern: /^\d+\.\d+(\.\d+)?$/,
        family: (version) => `mysql${version.split(".").slice(0, 2).join(".")}`,
        logExports: ["audit", "error", "slowquery"],
        parameters: [
            { name: "require_secure_transport", value: "1" },
            { name: "tls_version", value: "TLSv1.2,TLSv1.3" },
        ],
    },
};
