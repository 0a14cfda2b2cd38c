/** Cloud9: EC2-backed development environments. */
import type { EnvironmentEC2Args } from "@pulumi/aws/cloud9/environmentEC2";
import { entry } from "../entry";
import { regionDefaultEncryption } from "./ebs";

export const cloud9EnvironmentEC2 = entry<EnvironmentEC2Args>()({
    types: ["aws:cloud9/environmentEC2:EnvironmentEC2"],
    holds: "a developer's instance and its volume (code, and whatever data is loaded onto it)",
    tagging: "carrier",
    names: ["name"],
    atRest: [regionDefaultEncryption("the environment's volume")],
    inTransit: { notOffered: "the IDE is reached over HTTPS and the instance over SSH or Session Manager, with no TLS setting" },
    retention: { notOffered: "the volume lives as long as the environment; automaticStopTimeMinutes only stops the instance" },
});
