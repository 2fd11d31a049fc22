namespace Marketo.Soap.Models;

/// <summary>
/// One progression status of a channel (<c>ProgressionStatus</c> on the wire): a set of name/value
/// pairs of which <c>Status</c>, <c>Step</c> and <c>Success</c> are read into properties.
/// </summary>
public sealed record ChannelStatus
{
    internal ChannelStatus(string name, int? step, bool? success, IReadOnlyList<ChannelStatusAttribute> attributes)
    {
        Name = name;
        Step = step;
        Success = success;
        Attributes = attributes;
    }

    /// <summary>The status's name (the <c>Status</c> pair), for example <c>Attended</c>; empty when Marketo sent none.</summary>
    public string Name { get; }

    /// <summary>The status's place in the channel's progression (the <c>Step</c> pair); <see langword="null"/> when absent or not a number.</summary>
    public int? Step { get; }

    /// <summary>Whether reaching the status counts as a success (the <c>Success</c> pair); <see langword="null"/> when absent or not a boolean.</summary>
    public bool? Success { get; }

    /// <summary>
    /// Every pair Marketo sent, in its order, including <c>Status</c>, <c>Step</c>, <c>Success</c>
    /// and channel-specific ones such as <c>Webinar Behavior</c> or <c>Check-in Status</c>.
    /// </summary>
    public IReadOnlyList<ChannelStatusAttribute> Attributes { get; }
}
