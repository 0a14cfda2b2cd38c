"use strict";
// The floor of the benchmark: one resource policy that does nothing and one stack policy that
// touches every resource's properties. What it costs, every pack pays.
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("null-pack", {
    enforcementLevel: "advisory",
    policies: [
        { name: "null-resource", description: "Does nothing", validateResource: () => {} },
        {
            name: "null-stack",
            description: "Reads each resource's property names",
            validateStack: (args) => {
                let keys = 0;
                for (const resource of args.resources) keys += Object.keys(resource.props).length;
                if (keys < 0) throw new Error("unreachable");
            },
        },
    ],
});
