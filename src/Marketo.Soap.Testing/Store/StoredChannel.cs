namespace Marketo.Soap.Testing;

/// <summary>A program channel in a <see cref="MarketoEmulatorStore"/>, with the progression statuses getChannels reports.</summary>
public sealed record StoredChannel
{
    /// <summary>The channel's name, for example <c>Webinar</c>; unique in the store, ignoring case.</summary>
    /// <value>Default empty; must not be blank when stored.</value>
    public string Name { get; init; } = string.Empty;

    /// <summary>The statuses a program member can reach.</summary>
    /// <value>Default empty. When stored, names must be unique within the channel, ignoring case.</value>
    public IReadOnlyList<StoredChannelStatus> Statuses { get; init; } = [];
}
