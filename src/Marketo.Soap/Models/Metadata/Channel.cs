namespace Marketo.Soap.Models;

/// <summary>One program channel and the progression statuses a member of its programs can reach (<c>TagStatus</c> on the wire).</summary>
public sealed record Channel
{
    internal Channel(string name, IReadOnlyList<ChannelStatus> statuses)
    {
        Name = name;
        Statuses = statuses;
    }

    /// <summary>The channel's name, for example <c>Webinar</c>.</summary>
    public string Name { get; }

    /// <summary>The channel's statuses, in the order Marketo sent them, which is not step order: sort by <see cref="ChannelStatus.Step"/> when it matters.</summary>
    public IReadOnlyList<ChannelStatus> Statuses { get; }
}
