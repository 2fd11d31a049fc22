using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>One progression status of a <see cref="StoredChannel"/>, answered as the <c>Status</c>, <c>Step</c> and <c>Success</c> pairs plus any channel-specific ones.</summary>
public sealed record StoredChannelStatus
{
    /// <summary>The status's name, for example <c>Attended</c>.</summary>
    /// <value>Default empty; must not be blank when stored.</value>
    public string Name { get; init; } = string.Empty;

    /// <summary>The status's step in the channel's progression.</summary>
    /// <value>Default 0.</value>
    public int Step { get; init; }

    /// <summary>Whether reaching the status counts as a success.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Success { get; init; }

    /// <summary>Channel-specific pairs, for example <c>Webinar Behavior</c> → <c>Attended</c>, answered between <c>Step</c> and <c>Success</c>.</summary>
    /// <value>Default empty. When stored, none may be named <c>Status</c>, <c>Step</c> or <c>Success</c>.</value>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;
}
