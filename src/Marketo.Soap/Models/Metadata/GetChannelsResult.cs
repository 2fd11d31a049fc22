namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>getChannels</c> call.</summary>
public sealed class GetChannelsResult
{
    internal GetChannelsResult(IReadOnlyList<Channel> channels) => Channels = channels;

    /// <summary>The channels, in the order Marketo sent them (alphabetical in its documentation's sample).</summary>
    public IReadOnlyList<Channel> Channels { get; }
}
