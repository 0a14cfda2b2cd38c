/**
 * One deserialisation of each resource per AnalyzeStack call, however many stack policies.
 *
 * @pulumi/policy's server (server.js, `makeAnalyzeStackRpcFun`) deserialises the properties of
 * every resource of the request again for each stack policy, so with this pack's 25 stack
 * policies a preview paid 25 deserialisations of the whole stack: 9 of every 10 seconds of
 * AnalyzeStack. Every policy of one call reads the same request, whose protobuf `Struct` of a
 * resource is one object for all of them (jspb caches wrapper fields), so the result is cached
 * per Struct in a WeakMap: it lives as long as the request. Policies then see the same plain
 * objects, which the stack index uses to recognise the call (`stack-index.ts`).
 *
 * The policies never write to what they read, which is what makes sharing the objects safe.
 * This reaches into the SDK's module: if its shape is not the one expected, nothing is
 * changed and the pack runs as before, only slower (a test pins the expected shape).
 */
type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;
interface DeserializeModule {
    deserializeProperties: Deserialize & { deserializesOnce?: true };
}

/** Installs the cache; returns whether it is in place. */
export function deserializeOncePerRequest(module: DeserializeModule = require("@pulumi/policy/deserialize")): boolean {
    const original = module?.deserializeProperties;
    if (typeof original !== "function") return false;
    if (original.deserializesOnce) return true;
    const cache = new WeakMap<object, Record<string, unknown>>();
    const once: Deserialize & { deserializesOnce: true } = Object.assign(
        (struct: object, proxySecrets: boolean) => {
            // Secret-preserving proxies are built for remediation, per call: not cached.
            if (proxySecrets || struct === null || typeof struct !== "object") return original(struct, proxySecrets);
            let props = cache.get(struct);
            if (props === undefined) {
                props = original(struct, proxySecrets);
                cache.set(struct, props);
            }
            return props;
        },
        { deserializesOnce: true as const },
    );
    module.deserializeProperties = once;
    return true;
}
