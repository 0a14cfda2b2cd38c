/**
 * Elastic Beanstalk: an environment is configured through option settings (`settings`, and
 * those of the configuration template it names): environment properties, log streaming and
 * publication, the listeners of the load balancer it creates, and a coupled database.
 * Applications, application versions (code bundles) and configuration templates (read here
 * through the environment that uses them) hold no customer data of their own.
 */
import type { EnvironmentArgs } from "@pulumi/aws/elasticbeanstalk/environment";
import { referencedResources } from "../../lib/monitoring";
import { Res } from "../../lib/stack-index";
import { asList, isObject, isUnknown } from "../../lib/values";
import { StoreContext } from "../context";
import { entry } from "../entry";

const TEMPLATE_TYPES = ["aws:elasticbeanstalk/configurationTemplate:ConfigurationTemplate"];
const ENVIRONMENT_PROPERTIES = "aws:elasticbeanstalk:application:environment";

interface Settings {
    readonly list: { namespace: string; name: string; value: unknown; from: string }[];
    readonly unknown: boolean;
}

/** The option settings of the environment, after those of its configuration template (the environment's win). */
function settingsOf(context: StoreContext): Settings {
    const { index, store } = context;
    const list: Settings["list"] = [];
    let unknown = false;
    const add = (res: Res, label: string) => {
        if (isUnknown(res.props.settings)) unknown = true;
        for (const setting of asList(res.props.settings)) {
            if (!isObject(setting) || isUnknown(setting.namespace) || isUnknown(setting.name)) {
                unknown = true;
                continue;
            }
            list.push({ namespace: String(setting.namespace), name: String(setting.name), value: setting.value, from: label });
        }
    };
    for (const template of referencedResources(index, TEMPLATE_TYPES, store.res, "templateName", [store.res.props.templateName]))
        add(template, `configuration template ${template.name}`);
    add(store.res, "settings");
    return { list, unknown };
}

function valueOf(settings: Settings, namespace: string, name: string): unknown {
    const found = settings.list.filter((s) => s.namespace === namespace && s.name === name);
    return found.length > 0 ? found[found.length - 1].value : undefined;
}

const isFalse = (value: unknown) => value === false || (typeof value === "string" && value.toLowerCase() === "false");
const isOn = (value: unknown) => value === true || (typeof value === "string" && value.toLowerCase() === "true");

/** Environment properties of a PII environment are plain values in the environment's configuration. */
function checkEnvironmentProperties(context: StoreContext): void {
    if (!context.store.isPii) return;
    const settings = settingsOf(context);
    const properties = settings.list.filter(
        (s) => s.namespace === ENVIRONMENT_PROPERTIES && (isUnknown(s.value) || (s.value !== undefined && s.value !== "")),
    );
    if (properties.length > 0)
        context.report(
            `holds personal data (${context.store.classifiedBy}) but sets environment properties (${ENVIRONMENT_PROPERTIES}: ${properties.map((p) => `${p.name} in ${p.from}`).join(", ")}), plain values readable by anyone who may describe the environment: pass references to Secrets Manager or SecureString parameters`,
        );
    else if (settings.unknown)
        context.report(
            `holds personal data (${context.store.classifiedBy}) and its settings are not known during preview, so plain environment properties cannot be ruled out`,
        );
}

/** Streamed instance logs are kept RetentionInDays (default 7); published logs go to Beanstalk's own bucket, kept until deleted. */
function checkLogRetention(context: StoreContext): void {
    const limit = context.retentionLimitDays;
    if (limit === undefined) return;
    const settings = settingsOf(context);
    if (isOn(valueOf(settings, "aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs"))) {
        const raw = valueOf(settings, "aws:elasticbeanstalk:cloudwatch:logs", "RetentionInDays");
        const days = raw === undefined ? 7 : Number(raw);
        if (isUnknown(raw)) context.report("aws:elasticbeanstalk:cloudwatch:logs RetentionInDays is not known during preview");
        else if (!(days <= limit))
            context.report(
                `streams instance logs to CloudWatch and keeps them ${days} days${raw === undefined ? " (RetentionInDays is not set: 7 by default)" : ""}, more than the ${limit}-day retention of personal data`,
            );
    }
    const published = valueOf(settings, "aws:elasticbeanstalk:hostmanager", "LogPublicationControl");
    if (isUnknown(published)) context.report("aws:elasticbeanstalk:hostmanager LogPublicationControl is not known during preview");
    else if (isOn(published))
        context.report(
            "copies rotated instance logs to Elastic Beanstalk's own S3 bucket (aws:elasticbeanstalk:hostmanager LogPublicationControl), which keeps them until they are deleted",
        );
}

/** A coupled database is created by Beanstalk with no storage-encryption option. */
function checkCoupledDatabase(context: StoreContext): void {
    const settings = settingsOf(context);
    const coupled = settings.list.filter(
        (s) => s.namespace === "aws:rds:dbinstance" && !(s.name === "HasCoupledDatabase" && isFalse(s.value)),
    );
    if (coupled.length > 0)
        context.report(
            `couples a database (aws:rds:dbinstance ${coupled.map((s) => s.name).join(", ")}) that Elastic Beanstalk creates without a customer-managed key (the namespace offers no encryption option): define an aws.rds.Instance and pass its endpoint instead`,
        );
}

/** Listeners of the load balancer Beanstalk creates: the default port-80 listener is plain HTTP unless disabled. */
function checkListeners(context: StoreContext): void {
    const settings = settingsOf(context);
    const props = context.store.res.props;
    if (isUnknown(props.tier) || settings.unknown) {
        context.report("its tier or settings are not known during preview, so the load balancer's listeners cannot be verified");
        return;
    }
    if (typeof props.tier === "string" && props.tier.toLowerCase() === "worker") return;
    const environmentType = valueOf(settings, "aws:elasticbeanstalk:environment", "EnvironmentType");
    if (typeof environmentType === "string" && environmentType.toLowerCase() === "singleinstance") return;
    const lbType = String(valueOf(settings, "aws:elasticbeanstalk:environment", "LoadBalancerType") ?? "classic").toLowerCase();
    const prefix = lbType === "classic" ? "aws:elb:listener" : "aws:elbv2:listener";
    const defaultListener = lbType === "classic" ? "aws:elb:listener:80" : "aws:elbv2:listener:default";
    const namespaces = new Set([defaultListener, ...settings.list.map((s) => s.namespace).filter((n) => n.startsWith(`${prefix}:`))]);
    for (const namespace of namespaces) {
        const enabled =
            valueOf(settings, namespace, "ListenerEnabled") ??
            (namespace === "aws:elb:listener:80" ? valueOf(settings, "aws:elb:listener", "ListenerEnabled") : undefined);
        if (isFalse(enabled)) continue;
        const protocol = String(
            valueOf(settings, namespace, lbType === "classic" ? "ListenerProtocol" : "Protocol") ?? (lbType === "network" ? "TCP" : "HTTP"),
        ).toUpperCase();
        if (protocol === "HTTP" || protocol === "TCP") {
            context.report(
                `the ${lbType} load balancer Elastic Beanstalk creates keeps ${protocol === "HTTP" ? "an" : "a"} ${protocol} listener (${namespace}${namespace === defaultListener ? ", on by default" : ""}) that does not encrypt traffic: set its ListenerEnabled to false and serve HTTPS${lbType === "network" ? " or TLS" : ""} listeners only`,
            );
        }
    }
}

export const elasticbeanstalkEnvironment = entry<EnvironmentArgs>()({
    types: ["aws:elasticbeanstalk/environment:Environment"],
    holds: "a running application: environment properties, instance logs, a load balancer and optionally a coupled database",
    tagging: "carrier",
    names: ["name"],
    atRest: [{ custom: checkCoupledDatabase, summary: "no coupled database (aws:rds:dbinstance offers no customer-managed key)" }],
    inTransit: [
        {
            custom: checkListeners,
            summary:
                "the load balancer's listeners (aws:elbv2:listener:* / aws:elb:listener:*) are HTTPS; the default port-80 listener is disabled",
        },
    ],
    exposure: [
        {
            custom: checkEnvironmentProperties,
            summary: "no environment properties (aws:elasticbeanstalk:application:environment) on a PII environment",
        },
    ],
    retention: [
        {
            custom: checkLogRetention,
            summary:
                "a PII environment streams logs for at most its retention (RetentionInDays, default 7) and does not publish them to Beanstalk's bucket",
        },
    ],
    notes: "Instance volumes follow the account's EBS encryption-by-default setting, which the pack cannot see. The settings of the configuration template named by templateName are read with the environment's own.",
});
