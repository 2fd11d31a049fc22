namespace Marketo.Soap.Models;

/// <summary>The input of one <c>getChannels</c> call: which program channels to describe.</summary>
public sealed record GetChannelsRequest
{
    /// <summary>
    /// The channels' names, for example <c>Webinar</c>. <see langword="null"/> (the default) describes
    /// every channel. Marketo does not document what it answers for a name it does not know.
    /// </summary>
    public IReadOnlyList<string>? Channels { get; init; }
}
