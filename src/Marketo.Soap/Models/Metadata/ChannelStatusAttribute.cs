namespace Marketo.Soap.Models;

/// <summary>One name/value pair of a channel's progression status (an <c>attrib</c> on the wire).</summary>
/// <param name="Name">The pair's name, for example <c>Step</c> or <c>Webinar Behavior</c>.</param>
/// <param name="Value">The value as Marketo sent it; empty when it sent none.</param>
public sealed record ChannelStatusAttribute(string Name, string Value);
