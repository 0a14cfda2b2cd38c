/** AWS Chatbot: deliveries of SNS topics' messages into Slack and Microsoft Teams channels. */
import type { SlackChannelConfigurationArgs } from "@pulumi/aws/chatbot/slackChannelConfiguration";
import type { TeamsChannelConfigurationArgs } from "@pulumi/aws/chatbot/teamsChannelConfiguration";
import { entry } from "../entry";
import { TOPIC_TYPES } from "./sns";

const NOTHING_STORED = { notOffered: "the configuration stores nothing; messages are kept by the chat service, outside AWS" };

export const chatbotSlackChannelConfiguration = entry<SlackChannelConfigurationArgs>()({
    types: ["aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration"],
    holds: "its topics' messages, posted to a Slack channel",
    tagging: "copy",
    sources: [{ path: "snsTopicArns", types: TOPIC_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: { notOffered: "Chatbot posts to Slack over HTTPS" },
    retention: NOTHING_STORED,
    destinations: [{ what: "posts messages to the Slack channel", endpoint: "slackChannelId" }],
});

export const chatbotTeamsChannelConfiguration = entry<TeamsChannelConfigurationArgs>()({
    types: ["aws:chatbot/teamsChannelConfiguration:TeamsChannelConfiguration"],
    holds: "its topics' messages, posted to a Microsoft Teams channel",
    tagging: "copy",
    sources: [{ path: "snsTopicArns", types: TOPIC_TYPES }],
    atRest: NOTHING_STORED,
    inTransit: { notOffered: "Chatbot posts to Teams over HTTPS" },
    retention: NOTHING_STORED,
    destinations: [{ what: "posts messages to the Teams channel", endpoint: "channelId" }],
});
